// The limits on what the newer inputs can multiply cheaply, each at its boundary (accepted) and one
// past it (one located diagnostic that names the limit and says how to raise it): the length of an
// extends chain, the lists of an extending file and of every ladder along the chain, and a CSV's
// bytes, rows and columns, through the API and the CLI.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCsv, ladderToCsv, loadLadder, parseLadder, type Diagnostic, type Limits, type ResolvedLadder } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const MINIMAL = readFileSync("test/fixtures/valid/minimal.yaml", "utf8");
const HEADER = (id: string, base: string) => `apiVersion: ladderkit/v1\nkind: Ladder\nextends: ${base}\nid: ${id}\nname: ${id}\nversion: "1"\n`;
const hint = (name: keyof Limits) => `raise it with the ${name} limit: limits.${name} in the API, --limit ${name}=<n> in the CLI`;
const limitsOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.rule === "limit" || d.rule === "file-size");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ladderkit-limits2-"));
  // l0 is the minimal ladder; each l<k> extends l<k-1> and renames the ladder.
  writeFileSync(join(dir, "l0.yaml"), MINIMAL);
  for (let k = 1; k <= 6; k++) writeFileSync(join(dir, `l${k}.yaml`), HEADER(`l${k}`, `./l${k - 1}.yaml`));
  // Each adds two competencies to the minimal ladder's two: 4 in a1, 6 in a2, then a3 removes two.
  const added = (ids: string[]) => `competencies:\n${ids.map((id) => `  - { id: ${id}, name: N, category: tech, description: d }`).join("\n")}\n`;
  writeFileSync(join(dir, "a1.yaml"), HEADER("a1", "./l0.yaml") + added(["x1", "x2"]));
  writeFileSync(join(dir, "a2.yaml"), HEADER("a2", "./a1.yaml") + added(["x3", "x4"]));
  writeFileSync(join(dir, "a3.yaml"), `${HEADER("a3", "./a2.yaml")}remove:\n  competencies: [x3, x4]\n`);
  // big is a ladder of its own (it extends nothing) with six competencies; trim takes two away.
  writeFileSync(join(dir, "big.yaml"), MINIMAL.replace("competencies:\n", `competencies:\n${added(["z1", "z2", "z3", "z4"]).slice("competencies:\n".length)}`));
  writeFileSync(join(dir, "trim.yaml"), `${HEADER("trim", "./big.yaml")}remove:\n  competencies: [z3, z4]\n`);
  writeFileSync(join(dir, "wide.yaml"), HEADER("wide", "./l0.yaml") + added(["y1", "y2", "y3", "y4", "y5", "y6"]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extends", () => {
  it("maxExtendsDepth: a chain of that many bases loads; one more is refused at the extends of the file that would read it", async () => {
    expect((await loadLadder(join(dir, "l5.yaml"), { limits: { maxExtendsDepth: 5 } })).diagnostics).toEqual([]);
    const { ladder, diagnostics } = await loadLadder(join(dir, "l6.yaml"), { filename: "l6.yaml", limits: { maxExtendsDepth: 5 } });
    expect(ladder).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([["limit", "l1.yaml", 3, 10]]);
    expect(diagnostics[0]!.message).toBe(`more than 5 base ladders in one extends chain (${hint("maxExtendsDepth")})`);
  });

  it("maxExtendsDepth: the default lets the chains people write load, and the CLI takes --limit", async () => {
    expect((await loadLadder(join(dir, "l6.yaml"))).diagnostics).toEqual([]);
    const run = await runCli(["validate", "l6.yaml", "--limit", "maxExtendsDepth=2"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`l4.yaml:3:10 error more than 2 base ladders in one extends chain (${hint("maxExtendsDepth")})`);
  });

  it("holds an extending file's own lists to the limits before merging them", async () => {
    // Found at the first competency past the limit, in the extending file, before any merge work.
    const { diagnostics } = await loadLadder(join(dir, "wide.yaml"), { filename: "wide.yaml", limits: { maxCompetencies: 5 } });
    expect(diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([["limit", "wide.yaml", 13]]);
    expect(diagnostics[0]!.message).toContain(hint("maxCompetencies"));
    // Within the limit no limit is reported (the rules still say no level expects the new ones).
    const within = await loadLadder(join(dir, "wide.yaml"), { limits: { maxCompetencies: 8 } });
    expect(limitsOf(within.diagnostics)).toEqual([]);
    expect(within.diagnostics.map((d) => d.rule)).toContain("expectation-coverage");
  });

  it("holds every ladder along the chain to the limits, not only the last", async () => {
    // a3 has 4 competencies, within 5; a2, its base, has 6: the sixth, x4, is past the limit.
    // Before, only a3 was counted and it loaded.
    const { diagnostics } = await loadLadder(join(dir, "a3.yaml"), { filename: "a3.yaml", limits: { maxCompetencies: 5 } });
    expect(diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([["limit", "a2.yaml", 9]]);
    expect(diagnostics[0]!.message).toBe(`more than 5 competencies (${hint("maxCompetencies")})`);
    const within = await loadLadder(join(dir, "a3.yaml"), { limits: { maxCompetencies: 6 } });
    expect(limitsOf(within.diagnostics)).toEqual([]);
    expect(within.diagnostics.map((d) => d.rule)).toContain("expectation-coverage");
  });

  it("holds a base that extends nothing to the limits before merging it", async () => {
    // trim has 4 competencies, within 5; big, its base, has 6 of its own: refused in big, at the
    // sixth (coaching, line 37). Before, only the merged total was counted, and trim loaded.
    const { ladder, diagnostics } = await loadLadder(join(dir, "trim.yaml"), { filename: "trim.yaml", limits: { maxCompetencies: 5 } });
    expect(ladder).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([["limit", "big.yaml", 37, 5]]);
    expect(diagnostics[0]!.message).toBe(`more than 5 competencies (${hint("maxCompetencies")})`);
    const within = await loadLadder(join(dir, "trim.yaml"), { limits: { maxCompetencies: 6 } });
    expect(limitsOf(within.diagnostics)).toEqual([]);
    // The same through the CLI, with the code frame from the base.
    const run = await runCli(["validate", "trim.yaml", "--limit", "maxCompetencies=5"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`big.yaml:37:5 error more than 5 competencies (${hint("maxCompetencies")})  limit`);
  });
});

describe("CSV import", () => {
  let base: ResolvedLadder;
  let csv: string;
  beforeAll(() => {
    base = parseLadder(MINIMAL).ladder!;
    csv = ladderToCsv(base);
  });
  // The minimal ladder: 3 scale steps, 5 levels, 2 competencies; its CSV has 14 columns and 6 rows.
  const tight = { maxScaleSteps: 3, maxLevels: 5, maxCompetencies: 2 };

  it("accepts the export at the limits that bound its rows and columns", () => {
    expect(importCsv(csv, base, { limits: tight }).diagnostics).toEqual([]);
  });

  it("maxLevels: a row of more cells than the competency, step and level columns is refused where it starts", () => {
    const wider = csv.replace("\r\n", ",extra\r\n");
    const { ladder, diagnostics } = importCsv(wider, base, { filename: "l.csv", limits: tight });
    expect(ladder).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([["limit", "l.csv", 1, wider.indexOf(",extra") + 2]]);
    expect(diagnostics[0]!.message).toBe(`a row of more than 14 cells (6 competency columns, a column per scale step and one per level; ${hint("maxLevels")})`);
  });

  it("maxCompetencies: a row past the header, the info rows and one row per competency is refused", () => {
    const longer = `${csv}extra,Extra,tech,Words,1,,,,,basic,,,,\r\n`;
    const { ladder, diagnostics } = importCsv(longer, base, { filename: "l.csv", limits: tight });
    expect(ladder).toBeUndefined();
    // Line 8: the architect's cell above holds two lines.
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([["limit", 8, 1]]);
    expect(diagnostics[0]!.message).toBe(`more than 6 rows (a header, 3 info rows and a row per competency; ${hint("maxCompetencies")})`);
  });

  it("maxBytes: a CSV over it is refused before it is read, from the API and from standard input", async () => {
    const size = Buffer.byteLength(csv);
    expect(limitsOf(importCsv(csv, base, { limits: { maxBytes: size } }).diagnostics)).toEqual([]);
    const over = importCsv(csv, base, { filename: "l.csv", limits: { maxBytes: size - 1 } }).diagnostics;
    expect(over.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([["file-size", 1, 1, `file is ${size} bytes, over the limit of ${size - 1} bytes (${hint("maxBytes")})`]]);
    // Through the CLI, the limit must let the base ladder in: the CSV grows past it by blank lines.
    writeFileSync(join(dir, "base.yaml"), MINIMAL);
    const limit = Buffer.byteLength(MINIMAL);
    const padded = csv + "\r\n".repeat(limit);
    const run = await runCli(["import", "-", "--ladder", "base.yaml", "--limit", `maxBytes=${limit}`], { cwd: dir, stdin: padded });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`<stdin>:1:1 error file is ${Buffer.byteLength(padded)} bytes, over the limit of ${limit} bytes`);
  });

  it("holds the ladder it makes to the limits it was given", () => {
    // Two competencies under maxCompetencies 1: the rows bound says so first (4 + 1 rows).
    const { diagnostics } = importCsv(csv, base, { limits: { maxCompetencies: 1 } });
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([["limit", 7]]);
    // Fewer levels allowed than the base has: the ladder the CSV makes is held to it too.
    const made = importCsv(csv, base, { limits: { maxLevels: 4, maxScaleSteps: 100 } }).diagnostics;
    expect(made.map((d) => d.rule)).toContain("limit");
  });
});
