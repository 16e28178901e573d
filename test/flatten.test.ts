// flattenLadder and stringifyLadder: a ladder resolved with its extends, written back as one
// standalone document, reads back as the same resolved ladder. A property over generated overlays
// (with text YAML must quote), and the samples.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { flattenLadder, loadLadder, parseLadder, stringifyLadder, type ResolvedLadder } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

/** A resolved ladder as plain data, `source` left out: what "the same resolved ladder" compares. */
function canonical(ladder: ResolvedLadder): unknown {
  const { source: _source, stepById: _s, competencyById: _c, trackById: _t, levelById: _l, levels, ...rest } = ladder;
  return { ...rest, description: ladder.source.description, levels: levels.map((level) => ({ ...level, expectations: [...level.expectations] })) };
}

/** Loads, flattens, writes, parses again: the same resolved ladder, and writing it again gives the same bytes. */
async function expectRoundTrip(path: string): Promise<string> {
  const loaded = await loadLadder(path);
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const text = stringifyLadder(flattenLadder(loaded.ladder!));
  expect(text).not.toMatch(/^extends:/m);
  const again = parseLadder(text, { filename: "flat.yaml" });
  expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(canonical(again.ladder!)).toEqual(canonical(loaded.ladder!));
  expect(stringifyLadder(flattenLadder(again.ladder!))).toBe(text);
  return text;
}

describe("flattenLadder", () => {
  it.each(["ladders/acme.yaml", "ladders/dual-track.yaml", "ladders/small-company.yaml", "ladders/large-company.yaml", "test/fixtures/extends/company.yaml", "test/fixtures/extends/chain.yaml"])(
    "round-trips %s",
    async (path) => {
      await expectRoundTrip(path);
    },
  );

  it("writes only what each level sets, and no default", async () => {
    const { ladder } = await loadLadder("test/fixtures/extends/company.yaml");
    const flat = flattenLadder(ladder!);
    expect(flat).not.toHaveProperty("extends");
    const ic = flat.tracks.find((t) => t.id === "ic")!;
    expect(ic.levels.map((l) => l.id)).toEqual(["engineer", "mid", "senior"]);
    expect(ic.levels[1]).toEqual({ id: "mid", title: "Engineer", band: 2, summary: "Builds features with some guidance." });
    // The architect's own coding expectation was removed: it inherits, so it writes nothing.
    expect(flat.tracks.find((t) => t.id === "tech-lead")!.levels[0]).toEqual({ id: "architect", title: "Architect", band: 4, summary: "Keeps the software healthy." });
    expect(flat.tracks.find((t) => t.id === "exec")!.levels[0]!.top).toBe(true);
    expect(flat.competencies.find((c) => c.id === "coding")).not.toHaveProperty("weight");
  });
});

// Text that YAML must quote or escape, and text it need not.
const TRICKY = ["#x", "- a", "a: b", "true", "1.0", "null", "~", "'q'", '"', "@x", "`x", "|", ">", "{a}", "[b]", "&a", "*a", "!tag", "%x", " lead", "trail ", "a\nb", "a\tb", "é😀", "<script>"];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ minLength: 1, maxLength: 24 }).filter((s) => /\S/.test(s)));
const levelIds = fc.constantFrom("engineer", "senior", "manager", "architect", "cto");
const stepIds = fc.constantFrom("basic", "solid", "strong");

const overlayArb = fc.record({
  name: text,
  version: text,
  description: fc.option(text, { nil: undefined }),
  titles: fc.dictionary(levelIds, text),
  summaries: fc.dictionary(levelIds, text),
  dropScope: fc.boolean(),
  labels: fc.dictionary(stepIds, text),
  codingSteps: fc.dictionary(stepIds, text),
  // Own words for coding at a level, at the base's step there.
  describe: fc.dictionary(fc.constantFrom("engineer", "senior", "cto"), text),
  competency: fc.option(fc.record({ name: text, description: text, weight: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }) }), { nil: undefined }),
  removeArchitectCoding: fc.boolean(),
  insert: fc.boolean(),
});

type Overlay = typeof overlayArb extends fc.Arbitrary<infer T> ? T : never;

/** The extending ladder an overlay stands for, over test/fixtures/extends/base.yaml. */
function extension(o: Overlay): Record<string, unknown> {
  const codingStep = { engineer: "basic", senior: "solid", cto: "strong" } as const;
  const trackOf = { engineer: "ic", senior: "ic", manager: "management", architect: "tech-lead", cto: "exec" } as const;
  const band = o.insert ? { engineer: 1, senior: 3, manager: 4, architect: 4, cto: 5 } : {};
  const levels = new Map<string, Record<string, unknown>[]>();
  for (const id of Object.keys(trackOf) as Array<keyof typeof trackOf>) {
    const level: Record<string, unknown> = { id };
    if (o.titles[id] !== undefined) level.title = o.titles[id];
    if (o.summaries[id] !== undefined) level.summary = o.summaries[id];
    if (id in band) level.band = band[id as keyof typeof band];
    if (id === "manager" && o.dropScope) level.scope = null;
    const expectations: Record<string, unknown> = {};
    if (id in o.describe) expectations.coding = { step: codingStep[id as keyof typeof codingStep], description: o.describe[id as keyof typeof o.describe] };
    if (o.competency && (id === "engineer" || id === "cto")) expectations.craft = "basic";
    if (Object.keys(expectations).length > 0) level.expectations = expectations;
    const track = trackOf[id];
    levels.set(track, [...(levels.get(track) ?? []), level]);
  }
  if (o.insert) levels.get("ic")!.push({ id: "mid", after: "engineer", title: "Engineer", band: 2, summary: "Builds features." });
  return {
    apiVersion: "ladderkit/v1",
    kind: "Ladder",
    extends: "./base.yaml",
    id: "generated",
    name: o.name,
    version: o.version,
    ...(o.description === undefined ? {} : { description: o.description }),
    scale: Object.entries(o.labels).map(([id, label]) => ({ id, label })),
    competencies: [
      { id: "coding", steps: o.codingSteps },
      ...(o.competency ? [{ id: "craft", category: "tech", ...o.competency }] : []),
    ].map((c) => JSON.parse(JSON.stringify(c)) as unknown),
    tracks: [...levels].map(([id, trackLevels]) => ({ id, levels: trackLevels })),
    ...(o.removeArchitectCoding ? { remove: { expectations: { architect: ["coding"] } } } : {}),
  };
}

describe("the round trip, as a property", () => {
  it("extends resolved -> flattened YAML -> the same resolved ladder, for generated overlays", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-flatten-"));
    copyFileSync("test/fixtures/extends/base.yaml", join(dir, "base.yaml"));
    const path = join(dir, "generated.yaml");
    let titled = 0;
    await fc.assert(
      fc.asyncProperty(overlayArb, async (overlay) => {
        writeFileSync(path, stringify(extension(overlay)));
        const text = await expectRoundTrip(path);
        if (Object.keys(overlay.titles).length > 0) titled++;
        // What the overlay wrote is in the standalone text's ladder.
        const flat = parseLadder(text).ladder!;
        for (const [id, title] of Object.entries(overlay.titles)) expect(flat.levelById.get(id)!.title).toBe(title);
        expect(flat.levelById.has("mid")).toBe(overlay.insert);
      }),
      { numRuns: 120 },
    );
    expect(titled).toBeGreaterThan(10);
  });
});

describe("ladderkit export --format yaml", () => {
  it("writes the company ladder standalone, with its schema line rebased to the full ladder's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-export-yaml-"));
    const out = join(dir, "acme-flat.yaml");
    const run = await runCli(["export", "ladders/acme.yaml", "--format", "yaml", "--out", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const text = readFileSync(out, "utf8");
    // The sample names ../schema/ladder-extension.schema.json; the flat file is a full ladder.
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${relative(dir, resolve("schema/ladder.schema.json"))}`);
    expect(text).not.toMatch(/^extends:/m);
    const loaded = await loadLadder("ladders/acme.yaml");
    expect(canonical(parseLadder(text, { filename: out }).ladder!)).toEqual(canonical(loaded.ladder!));
    expect(text).toBe(stringifyLadder(flattenLadder(loaded.ladder!), { schema: relative(dir, resolve("schema/ladder.schema.json")) }));
  });

  it("takes --schema as given", async () => {
    const run = await runCli(["export", "ladders/small-company.yaml", "--format", "yaml", "--schema", "https://example.com/ladder.json"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=https://example.com/ladder.json");
  });
});
