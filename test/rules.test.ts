import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { formatPath, loadLadder, loadProfile, parseLadder, parseProfile, resolveLadder, rules, validateLadder, type Diagnostic, type Ladder, type PathKey, type ResolvedLadder, type RuleId } from "../src/index.js";
import {
  FIXTURES_DIR,
  diagnoseFixture,
  expectedLines,
  isRuleDiagnostic,
  loadProfileLadder,
  messageIdOf,
  readFixture,
  reportedLines,
  ruleFixtures,
} from "./helpers/fixtures.js";

const ids = Object.keys(rules) as RuleId[];

/** The diagnostics of one rule on one of its fixtures. */
const reportsOf = (id: RuleId, file: string): Diagnostic[] => diagnoseFixture(id, file).filter((d) => d.rule === id);

describe.each(ids)("rule %s", (id) => {
  const rule = rules[id];
  const { valid, invalid } = ruleFixtures(id);

  it.each(invalid)("%s: reports exactly the marked lines", (file) => {
    const expected = expectedLines(readFixture(file), id);
    expect(Object.keys(expected), `${file} marks no line with # expect: ${id}`).not.toHaveLength(0);
    const diagnostics = diagnoseFixture(id, file);
    // Rules only run on a document that reads and fits the schema.
    expect(diagnostics.filter((d) => !isRuleDiagnostic(d))).toEqual([]);
    expect(reportedLines(diagnostics, id)).toEqual(expected);
    for (const d of diagnostics.filter((d) => d.rule === id)) {
      expect(d.severity).toBe(rule.meta.severity);
      expect(d.file).toBe(file);
      expect(d.message).toMatch(/\S/);
      expect(d.message, "every placeholder is filled").not.toMatch(/\{\{|\}\}/);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.endLine).toBeGreaterThanOrEqual(d.line!);
      // The end is exclusive, so a span on one line ends after it starts.
      if (d.endLine === d.line) expect(d.endColumn).toBeGreaterThan(d.column!);
      else expect(d.endColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it("produces every message id in its invalid fixtures", () => {
    expect(invalid, `no invalid*.yaml under test/fixtures/rules/${id}`).not.toHaveLength(0);
    const produced = new Set(invalid.flatMap((file) => reportsOf(id, file).map((d) => messageIdOf(id, d.message))));
    expect([...produced].sort()).toEqual(Object.keys(rule.meta.messages).sort());
  });

  it("reports nothing on valid.yaml", () => {
    expect(valid, `no test/fixtures/rules/${id}/valid.yaml`).toBeDefined();
    const diagnostics = diagnoseFixture(id, valid!);
    expect(diagnostics.filter((d) => !isRuleDiagnostic(d))).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === id)).toEqual([]);
  });
});

describe("one mistake, one report", () => {
  it("a technical-leadership track whose level ids all repeat earlier ones gets unique-id errors, not 'no technical-leadership track'", () => {
    const file = "cascade/duplicate-technical-levels.yaml";
    const diagnostics = diagnoseFixture("unique-id", file);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ["unique-id", 86],
      ["unique-id", 94],
      ["unique-id", 98],
    ]);
  });

  it("a track that repeats an earlier track's id gets a unique-id error, and its levels are not judged as the earlier track's", () => {
    const file = "cascade/duplicate-track-id.yaml";
    const diagnostics = diagnoseFixture("unique-id", file);
    // The competency that names the track by its lost id still says so: that is where the id is missing.
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ["unresolved-reference", 39, "track 'tech-lead' does not exist"],
      ["unique-id", 90, "duplicate track id 'management': already used at tracks[1].id"],
    ]);
  });

  // A link that names no level, or a level of its own track, is the report of the rule that says so;
  // the graph and inheritance rules take the track as not linked there rather than judge the link.
  it.each([
    ["branch-typo", "a track that branches from a misspelt level", [["unresolved-reference", 92, "level 'senoir' does not exist (did you mean 'senior'?)"]]],
    ["leads-typo", "a track that leads to a misspelt level", [["unresolved-reference", 93, "level 'cot' does not exist (did you mean 'cto'?)"]]],
    [
      "leads-own",
      "a track that leads to its own level",
      [["track-link", 93, "track 'tech-lead' leads to its own level 'architect'; a convergence leads into another track"]],
    ],
    [
      "branch-own",
      "a track that branches from its own level",
      [["track-link", 92, "track 'tech-lead' branches from its own level 'principal'; a branch grows out of another track"]],
    ],
  ])("%s: %s gets that one report", (name, _, want) => {
    const diagnostics = diagnoseFixture("unique-id", `cascade/${name}.yaml`);
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual(want);
  });

  it("a level that repeats the id of the level before it gets a unique-id error, not a cycle and a band out of order", () => {
    const diagnostics = diagnoseFixture("unique-id", "cascade/duplicate-level-id.yaml");
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ["unique-id", 81, "duplicate level id 'manager': already used at tracks[1].levels[0].id"],
    ]);
  });

  it("a scale step that repeats the id of another gets a unique-id error, not an unknown-step error at each use of the id it lost", () => {
    const diagnostics = diagnoseFixture("unique-id", "cascade/duplicate-step-id.yaml");
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ["unique-id", 14, "duplicate scale step id 'basic': already used at scale[0].id"],
    ]);
  });

  it("a competency whose id is misspelt gets one report at that id, pointing at the id the levels use", () => {
    const diagnostics = diagnoseFixture("unique-id", "cascade/misspelt-competency-id.yaml");
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ["unresolved-reference", 34, "levels expect competency 'architecture', which does not exist, and no level expects 'architecure' (did you mean 'architecture'?)"],
    ]);
  });
});

describe("a mistake inside an anchored node, repeated by an alias", () => {
  // The engineer's expectations anchored (line 51) and reused by the CTO (line 94): each finding in
  // them is found once per level, at the same place, and must be shown once.
  const aliased = (coding: string): string => {
    const lines = readFixture("valid/minimal.yaml").split("\n");
    expect([lines[50], lines[51], lines[93], lines[94]]).toEqual(["        expectations:", "          coding: basic", "        expectations:", "          coding: strong"]);
    lines.splice(93, 2, "        expectations: *e");
    lines.splice(50, 2, "        expectations: &e", `          coding: ${coding}`);
    return lines.join("\n");
  };

  it("is reported once by a rule", async () => {
    const text = aliased("basc");
    const want = [["unknown-step", 52, 19, "step 'basc' is not on the scale (basic, solid, strong) (did you mean 'basic'?)"]];
    const where = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => [d.rule, d.line, d.column, d.message]);
    expect(where(parseLadder(text, { filename: "x.yaml" }).diagnostics)).toEqual(want);
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-alias-"));
    try {
      writeFileSync(join(dir, "x.yaml"), text);
      expect(where((await loadLadder(join(dir, "x.yaml"))).diagnostics)).toEqual(want);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("in plain data, which has no lines, is reported at each path that holds it", () => {
    const { diagnostics } = validateLadder(parseYaml(aliased("basc")));
    expect(diagnostics.map((d) => [d.rule, formatPath(d.path)])).toEqual([
      ["unknown-step", "tracks[0].levels[0].expectations.coding"],
      ["unknown-step", "tracks[3].levels[0].expectations.coding"],
    ]);
  });

  it("is reported once by the schema", () => {
    const { diagnostics } = parseLadder(aliased("[basic]"), { filename: "x.yaml" });
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([["schema", 52, 11]]);
  });
});

describe("rule messages", () => {
  it("unresolved-reference suggests what a near miss meant, and nothing for a far one", () => {
    const reports = reportsOf("unresolved-reference", "rules/unresolved-reference/invalid.yaml");
    expect(reports.map((d) => [d.message, d.suggestion])).toEqual([
      ["category 'tecj' does not exist (did you mean 'tech'?)", "tech"],
      ["track 'managment' does not exist (did you mean 'management'?)", "management"],
      ["level 'senoir' does not exist (did you mean 'senior'?)", "senior"],
      ["level 'chief-technology-officer' does not exist", undefined],
      ["competency 'codng' does not exist (did you mean 'coding'?)", "coding"],
    ]);
  });

  it("track-parity names the band that has no technical peer, and how high the technical track goes", () => {
    const messages = reportsOf("track-parity", "rules/track-parity/invalid.yaml").map((d) => d.message);
    expect(messages).toEqual([
      "management band 4 ('Director of Engineering') has no technical-leadership level of band 4",
      "management band 6 ('VP Engineering') has no technical-leadership level of band 6: the technical track stops at band 5",
    ]);
  });

  it("no-cycle names the levels of the cycle in order, back to the first", () => {
    const messages = reportsOf("no-cycle", "rules/no-cycle/invalid.yaml").map((d) => d.message);
    expect(messages).toEqual(["promotions form a cycle: 'engineer' -> 'senior' -> 'manager' -> 'cto' -> 'engineer'"]);
  });

  it("profile fixtures name the shared ladder, which loads from their ladder field", async () => {
    const { ladder, diagnostics } = await loadProfile(join(FIXTURES_DIR, "rules/profile-level/valid.yaml"));
    expect(diagnostics).toEqual([]);
    expect(ladder?.id).toBe("minimal");
  });
});

describe("rules about an id written as a key point at the key, whatever its value", () => {
  const MINIMAL = readFixture("valid/minimal.yaml");
  /** The text with line `n` (1-based) edited: `from` replaced by `to`, which may add lines. */
  const edit = (text: string, n: number, from: string, to: string): string => {
    const lines = text.split("\n");
    expect(lines[n - 1], `line ${n}`).toContain(from);
    lines[n - 1] = lines[n - 1]!.replace(from, to);
    return lines.join("\n");
  };
  /** Where each diagnostic of a rule is: `line:column-endLine:endColumn`. */
  const spans = (diagnostics: readonly Diagnostic[], rule: string): string[] =>
    diagnostics.filter((d) => d.rule === rule).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
  const ladderSpans = (text: string, rule: string) => spans(parseLadder(text).diagnostics, rule);

  it("unresolved-reference: an expectation of an unknown competency, as a step and as a mapping", () => {
    // Line 52 is `          coding: basic`, line 82 `          coding:` over `step:` and `description:`.
    expect(ladderSpans(edit(MINIMAL, 52, "coding: basic", "codng: basic"), "unresolved-reference")).toEqual(["52:11-52:16"]);
    expect(ladderSpans(edit(MINIMAL, 82, "coding:", "codng:"), "unresolved-reference")).toEqual(["82:11-82:16"]);
  });

  it("unknown-step: a competency's descriptor of an unknown step points at the step, an expectation's unknown step at the step too", () => {
    // A descriptor is always a string: the key is the step, the value its words.
    expect(ladderSpans(edit(MINIMAL, 30, "basic: Ships", "basc: Ships"), "unknown-step")).toEqual(["30:7-30:11"]);
    // In an expectation the step is the value, in the short form and the long one.
    expect(ladderSpans(edit(MINIMAL, 52, "coding: basic", "coding: basc"), "unknown-step")).toEqual(["52:19-52:23"]);
    expect(ladderSpans(edit(MINIMAL, 83, "step: strong", "step: strnog"), "unknown-step")).toEqual(["83:19-83:25"]);
  });

  it("expectation-not-applicable: an expectation of a competency of another track, as a step and as a mapping", () => {
    // Line 58 is senior's `          coding: solid`, on track ic; coaching is for management only.
    const short = edit(MINIMAL, 58, "coding: solid", "coding: solid\n          coaching: basic");
    expect(ladderSpans(short, "expectation-not-applicable")).toEqual(["59:11-59:19"]);
    const long = edit(MINIMAL, 58, "coding: solid", "coding: solid\n          coaching:\n            step: basic\n            description: Gives feedback.");
    expect(ladderSpans(long, "expectation-not-applicable")).toEqual(["59:11-59:19"]);
  });

  it("profile-competency: a rating of an unknown competency, as a step and as a mapping; a goal's competency is a value", () => {
    const profile = [
      "apiVersion: ladderkit/v1",
      "kind: Profile",
      "person:",
      "  name: Sam Rivera",
      "ladder: ../profile-ladder.yaml",
      "level: senior",
      "date: 2026-03-02",
      "ratings:",
      "  coding: solid",
      "  codng: solid",
      "  testng:",
      "    agreed: solid",
      "goals:",
      "  - title: Mentor a new hire",
      "    competency: mentoring",
      "",
    ].join("\n");
    const { diagnostics } = parseProfile(profile, { ladder: loadProfileLadder() });
    expect(spans(diagnostics, "profile-competency")).toEqual(["10:3-10:8", "11:3-11:9", "15:17-15:26"]);
  });

  it("a ladder that extends another: the key in the file that writes it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-key-"));
    try {
      writeFileSync(join(dir, "base.yaml"), MINIMAL);
      const extension = [
        "apiVersion: ladderkit/v1",
        "kind: Ladder",
        "extends: ./base.yaml",
        "id: keyed",
        "name: keyed",
        'version: "1.0"',
        "tracks:",
        "  - id: ic",
        "    levels:",
        "      - id: senior",
        "        expectations:",
        "          codng: solid",
        "          testng:",
        "            step: solid",
        "",
      ].join("\n");
      writeFileSync(join(dir, "ext.yaml"), extension);
      const { diagnostics } = await loadLadder(join(dir, "ext.yaml"));
      expect(spans(diagnostics, "unresolved-reference")).toEqual(["12:11-12:16", "13:11-13:17"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const LADDERS_DIR = fileURLToPath(new URL("../ladders/", import.meta.url));
const yamlIn = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
};

describe("sample ladders", () => {
  const samples = [join(FIXTURES_DIR, "valid/minimal.yaml"), ...yamlIn(LADDERS_DIR)];

  it.each(samples)("%s resolves with no error", async (path) => {
    // loadLadder, which reads the base of a ladder that extends another.
    const { ladder, diagnostics } = await loadLadder(path);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(ladder).toBeDefined();
  });

  it.each(yamlIn(join(LADDERS_DIR, "profiles")))("%s fits its ladder with no error", async (path) => {
    const { profile, diagnostics } = await loadProfile(path);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(profile).toBeDefined();
  });
});

describe("redundant-expectation flags exactly the restatements that can be left out", () => {
  /** Every level's resolved matrix: step and words per competency. */
  const matrix = (ladder: ResolvedLadder) =>
    ladder.levels.map((l) => [l.id, [...l.expectations].map(([c, e]) => [c, e.step, e.description])]);
  /** The ladder with the expectation at `path` (tracks.i.levels.j.expectations.c) left out. */
  const without = (source: Ladder, path: readonly PathKey[]): ResolvedLadder => {
    const copy = structuredClone(source) as Ladder & { tracks: { levels: { expectations?: Record<string, unknown> }[] }[] };
    delete copy.tracks[path[1] as number]!.levels[path[3] as number]!.expectations![path[5] as string];
    return resolveLadder(copy);
  };
  /** Every expectation a level writes with no words of its own that restates the step of the level below. */
  const restatements = (ladder: ResolvedLadder): PathKey[][] =>
    ladder.source.tracks.flatMap((track, t) =>
      track.levels.flatMap((level, l) => {
        const below = ladder.levelById.get(l > 0 ? track.levels[l - 1]!.id : (track.branchesFrom ?? ""));
        return Object.entries(level.expectations ?? {})
          .filter(([c, e]) => (typeof e === "string" ? below?.expectations.get(c)?.step === e : e.description === undefined && below?.expectations.get(c)?.step === e.step))
          .map(([c]) => ["tracks", t, "levels", l, "expectations", c]);
      }),
    );

  it.each(["invalid.yaml", "invalid-long-form.yaml", "invalid-own-words.yaml", "valid.yaml"])("%s", (file) => {
    const { ladder, diagnostics } = parseLadder(readFixture(`rules/redundant-expectation/${file}`));
    const flagged = diagnostics.filter((d) => d.rule === "redundant-expectation").map((d) => JSON.stringify(d.path));
    for (const path of restatements(ladder!)) {
      const unchanged = JSON.stringify(matrix(without(ladder!.source, path))) === JSON.stringify(matrix(ladder!));
      expect(flagged.includes(JSON.stringify(path)), `${path.join(".")}: left out, the resolved ladder is ${unchanged ? "the same" : "different"}`).toBe(unchanged);
    }
  });

  it("does not flag a plain restatement that puts back the competency's words after a level's own", () => {
    // The senior engineer's 'coding: basic' drops the engineer's own words; left out, the senior
    // engineer, and the manager above, would say them instead.
    const { ladder, diagnostics } = parseLadder(readFixture("rules/redundant-expectation/invalid-own-words.yaml"));
    expect(diagnostics.filter((d) => d.rule === "redundant-expectation").map((d) => d.message)).toEqual([
      "'coding' restates 'basic', already inherited from 'senior'; it can be left out",
    ]);
    expect(ladder!.levelById.get("senior")!.expectations.get("coding")).toMatchObject({ step: "basic", description: "Ships small changes with review help." });
    expect(without(ladder!.source, ["tracks", 0, "levels", 1, "expectations", "coding"]).levelById.get("senior")!.expectations.get("coding")).toMatchObject({
      description: "Ships small changes, with a reviewer at hand.",
    });
  });
});
