import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCsv, ladderToCsv, stringifyLadder, LadderSchema, loadLadder, parseLadder, resolveLadder, type Ladder, type ResolvedLadder } from "../src/index.js";
import { parseCsv } from "../src/csv/rfc4180.js";
import { canonical } from "./helpers/canonical.js";

const SAMPLES = ["dual-track", "small-company", "large-company"] as const;
const samples = Object.fromEntries(await Promise.all(SAMPLES.map(async (name) => [name, (await loadLadder(`ladders/${name}.yaml`)).ladder!] as const)));
const dual = samples["dual-track"]!;

/** YAML -> CSV -> YAML: a ladder through a spreadsheet and back, against itself as the base. */
function throughCsv(ladder: ResolvedLadder, base = ladder): ResolvedLadder {
  const imported = importCsv(ladderToCsv(ladder), base, { filename: "ladder.csv" });
  expect(imported.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  const reparsed = parseLadder(stringifyLadder(imported.ladder!), { filename: "imported.yaml" });
  expect(reparsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return reparsed.ladder!;
}

describe("ladderToCsv", () => {
  const csv = ladderToCsv(dual);
  const lines = csv.split("\r\n");

  it("writes a header of competency, step and level columns, then rows for people", () => {
    expect(lines[0]).toBe(
      "id,name,category,description,weight,tracks,step:learning,step:developing,step:practitioner,step:expert,step:leader," +
        dual.levels.map((l) => l.id).join(","),
    );
    expect(lines[1]!.startsWith("#title,,,,,,Learning,Developing,Practitioner,Expert,Leader,Software Engineer I,")).toBe(true);
    expect(lines[2]!.startsWith("#band,,,,,,,,,,,1,2,3,4,")).toBe(true);
    expect(lines[3]!.startsWith("#track,,,,,,,,,,,engineering,engineering,engineering,management,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("holds the resolved matrix: inherited steps, a level's own words on a second line, nothing where a competency does not apply", () => {
    const rows = importable(csv);
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    const column = (level: string) => rows[0]!.indexOf(level);
    expect(row("code-quality")[column("senior-engineer")]).toBe("expert\nThe team's reference for clean, maintainable code; their reviews teach.");
    expect(row("operations")[column("engineering-manager")]).toBe("expert");
    expect(row("communication")[column("senior-engineer")]).toBe("practitioner"); // inherited from engineer-2
    expect(row("people-management")[column("senior-engineer")]).toBe(""); // management and executive only
    expect(row("people-management")[5]).toBe("management executive");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const ladder = edited(dual.source, (l) => {
      l.competencies[0]!.name = "=HYPERLINK(\"http://evil.example\",\"click\")";
      l.competencies[0]!.description = "+1 for readable code";
      l.competencies[1]!.description = "@SUM(A1:A2)";
      l.competencies[2]!.description = "-ops";
    });
    const csvText = ladderToCsv(ladder);
    expect(csvText).toContain(`code-quality,"'=HYPERLINK(""http://evil.example"",""click"")",technology,'+1 for readable code,`);
    expect(csvText).toContain(",'@SUM(A1:A2),");
    expect(csvText).toContain(",'-ops,");
    expect(canonical(throughCsv(ladder))).toEqual(canonical(ladder));
  });

  it("is byte-identical for the same ladder", () => {
    expect(ladderToCsv(samples["dual-track"]!)).toBe(csv);
  });
});

describe("YAML -> CSV -> YAML round trips", () => {
  it.each(SAMPLES)("%s comes back as the same resolved ladder, writing only what changes from the level below", (name) => {
    const ladder = samples[name]!;
    const back = throughCsv(ladder);
    expect(canonical(back)).toEqual(canonical(ladder));
    expect(ladderToCsv(back)).toBe(ladderToCsv(ladder));
    const text = stringifyLadder(importCsv(ladderToCsv(ladder), ladder).ladder!, { schema: "../schema/ladder.schema.json" });
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/ladder.schema.json");
    expect(parseLadder(text).diagnostics.filter((d) => d.rule === "redundant-expectation")).toEqual([]);
  });

  // Text a spreadsheet and a YAML file both have to carry: separators, quotes, line breaks,
  // formula triggers, apostrophes, non-ASCII; never blank (the model refuses blank text).
  const text = fc
    .array(fc.oneof(fc.constantFrom(",", '"', "\n", "\r\n", "=", "+", "-", "@", "'", "\t", " ", "#", ":", "é", "🙂", "日"), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(""))
    .filter((s) => /\S/.test(s));

  /** A sample ladder with its competencies' texts and weights, and some levels' own words, changed. */
  const mutated = (base: ResolvedLadder) =>
    fc
      .record({
        names: fc.array(text, { minLength: base.competencies.length, maxLength: base.competencies.length }),
        descriptions: fc.array(text, { minLength: base.competencies.length, maxLength: base.competencies.length }),
        weights: fc.array(fc.option(fc.double({ min: 0.01, max: 100, noNaN: true }), { nil: undefined }), { minLength: base.competencies.length, maxLength: base.competencies.length }),
        stepWords: fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 10 }),
        levelWords: fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 10 }),
      })
      .map((m) =>
        edited(base.source, (l) => {
          l.competencies.forEach((c, i) => {
            c.name = m.names[i]!;
            c.description = m.descriptions[i]!;
            if (m.weights[i] === undefined) delete c.weight;
            else c.weight = m.weights[i];
          });
          for (const [c, s, words] of m.stepWords) {
            const competency = l.competencies[c % l.competencies.length]!;
            competency.steps = { ...competency.steps, [l.scale[s % l.scale.length]!.id]: words };
          }
          const levels = l.tracks.flatMap((t) => t.levels).filter((level) => Object.keys(level.expectations ?? {}).length > 0);
          for (const [at, c, words] of m.levelWords) {
            const level = levels[at % levels.length]!;
            const id = Object.keys(level.expectations!)[c % Object.keys(level.expectations!).length]!;
            const e = level.expectations![id]!;
            level.expectations![id] = { step: typeof e === "string" ? e : e.step, description: words };
          }
        }),
      );

  it.each([["small-company", 40], ["dual-track", 8]] as const)("holds for generated changes of %s, imported against the unchanged sample", (name, numRuns) => {
    const base = samples[name]!;
    fc.assert(
      fc.property(mutated(base), (ladder) => {
        // YAML first, so the ladder is one a file can hold; then through the spreadsheet.
        const fromYaml = parseLadder(stringifyLadder(ladder.source)).ladder!;
        expect(canonical(throughCsv(fromYaml, base))).toEqual(canonical(fromYaml));
      }),
      { numRuns, seed: 20261125 },
    );
  });
});

/** A ladder changed by `edit`, resolved. */
function edited(source: Ladder, edit: (l: Ladder) => void): ResolvedLadder {
  const copy = structuredClone(source);
  edit(copy);
  return resolveLadder(LadderSchema.parse(copy));
}

/** The cells of a CSV, read by the library's own reader (tested in csv-format.test.ts). */
function importable(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if ("error" in parsed) throw new Error(parsed.error.message);
  return parsed.rows.map((row) => row.cells.map((cell) => cell.text));
}
