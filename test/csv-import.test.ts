import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, writeCsv } from "../src/csv/rfc4180.js";
import { importCsv, ladderToCsv, loadLadder, parseLadder, validateLadder } from "../src/index.js";
import { canonical } from "./helpers/canonical.js";
import { runCli } from "./helpers/cli.js";

const SMALL = "ladders/small-company.yaml";
const base = (await loadLadder(SMALL)).ladder!;
const csv = ladderToCsv(base);

/** The CSV's cells, changed by `edit`, written again. */
function edited(edit: (rows: string[][]) => void): string {
  const parsed = parseCsv(csv);
  if ("error" in parsed) throw new Error(parsed.error.message);
  const rows = parsed.rows.map((r) => r.cells.map((c) => c.text));
  edit(rows);
  return writeCsv(rows);
}
/** Sets the cell of a competency's row (by id) and a column (by header name). */
const set = (competency: string, column: string, value: string) => (rows: string[][]) => {
  rows.find((r) => r[0] === competency)![rows[0]!.indexOf(column)] = value;
};
/** Where the cell of a competency (its last row) and column is in `text`, as the reader places it. */
function cellAt(text: string, competency: string, column: string): { line: number; column: number } {
  const parsed = parseCsv(text);
  if ("error" in parsed) throw new Error(parsed.error.message);
  const index = parsed.rows[0]!.cells.findIndex((c) => c.text === column);
  const cell = parsed.rows.findLast((r) => r.cells[0]!.text === competency)!.cells[index]!;
  return { line: cell.line, column: cell.column };
}

describe("importCsv reads each header name once", () => {
  it("takes a step whose id ends a competency column's name for no duplicate of that column", () => {
    // 'step:s' and 'tracks' share 's' past the prefix's length: the duplicate check took the step
    // column's id for a second 'tracks' column ('column 'tracks' appears twice').
    const text = readFileSync(SMALL, "utf8").replace(/\bstarting\b/g, "s");
    const small = parseLadder(text).ladder!;
    const moved = (rows: string[][]) => {
      const from = rows[0]!.indexOf("step:s");
      const to = rows[0]!.indexOf("weight");
      for (const row of rows) row.splice(to, 0, ...row.splice(from, 1));
    };
    const parsed = parseCsv(ladderToCsv(small));
    if ("error" in parsed) throw new Error(parsed.error.message);
    const rows = parsed.rows.map((r) => r.cells.map((c) => c.text));
    moved(rows);
    expect(rows[0]!.slice(4, 7)).toEqual(["step:s", "weight", "tracks"]);
    const { ladder, diagnostics } = importCsv(writeCsv(rows), small);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(canonical(validateLadder(ladder).ladder!)).toEqual(canonical(small));
  });
});

describe("importCsv finds the info rows by the id column, wherever it is", () => {
  /** The CSV with its first two columns swapped: `name,id,...`. */
  const swapped = (text: string): string => {
    const parsed = parseCsv(text);
    if ("error" in parsed) throw new Error(parsed.error.message);
    return writeCsv(parsed.rows.map((r) => {
      const cells = r.cells.map((c) => c.text);
      [cells[0], cells[1]] = [cells[1]!, cells[0]!];
      return cells;
    }));
  };

  it("imports a CSV whose id column is not the first as the same ladder", async () => {
    // The info rows were recognised by the first physical cell only: with 'name' first they were
    // read as competencies ("'#title' is not an id", "'Engineer' is not a step of the scale").
    const minimal = (await loadLadder("test/fixtures/valid/minimal.yaml")).ladder!;
    const text = swapped(ladderToCsv(minimal));
    expect(text.split("\r\n")[1]!.startsWith(",#title,")).toBe(true);
    const { ladder, diagnostics } = importCsv(text, minimal);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(canonical(validateLadder(ladder).ladder!)).toEqual(canonical(minimal));
  });

  it("still checks the info rows against the base ladder", () => {
    const text = swapped(edited((rows) => {
      rows[1]![rows[0]!.indexOf("cto")] = "Chief Technology Officer";
    }));
    const result = importCsv(text, base);
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([["csv-info-row", "warning", 2]]);
    expect(result.ladder).toBeDefined();
  });

  it("reads a competency whose name starts with '#' in the first column as a competency", () => {
    const text = swapped(edited(set("culture", "name", "#culture")));
    const { ladder, diagnostics } = importCsv(text, base);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(ladder!.competencies.find((c) => c.id === "culture")).toMatchObject({ name: "#culture" });
  });
});

describe("importCsv of a sheet saved with another separator", () => {
  it.each([
    ["semicolons", ";"],
    ["tabs", "\t"],
  ])("says the header has %s, not commas, in one error at 1:1", (name, separator) => {
    // As a spreadsheet in some locales saves it: every comma between cells another separator.
    const rows = parseCsv(csv);
    if ("error" in rows) throw new Error(rows.error.message);
    const text = rows.rows.map((row) => row.cells.map((c) => (/[";\t\n]/.test(c.text) ? `"${c.text.replaceAll('"', '""')}"` : c.text)).join(separator)).join("\r\n");
    expect(importCsv(text, base, { filename: "ladder.csv" }).diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ["csv-header", 1, 1, `the header row has no comma but has ${name}: save the sheet as comma-separated CSV (a spreadsheet in some locales writes ${name} by default)`],
    ]);
  });
});

describe("importCsv reports problems at their cell, with a rule id", () => {
  it.each<[string, string, string, string, string, string | undefined]>([
    ["an unknown step in a cell", "culture", "cto", "leadng", "csv-reference", "leading"],
    ["an unknown category", "culture", "category", "impct", "csv-reference", "impact"],
    ["an unknown track", "culture", "tracks", "engineering managment", "csv-reference", "management"],
    ["a cell where the competency does not apply", "technical-direction", "engineer", "capable", "csv-not-applicable", undefined],
    ["a weight of zero", "culture", "weight", "0", "csv-value", undefined],
    ["a weight that is not a number", "culture", "weight", "heavy", "csv-value", undefined],
    ["an id used twice", "culture", "id", "delivery", "csv-value", undefined],
    ["an id with a space", "culture", "id", "two words", "csv-value", undefined],
    ["a blank name", "culture", "name", " ", "csv-value", undefined],
    ["an expectation that drops along a promotion (a ladder rule)", "coding", "senior-engineer", "starting", "no-expectation-drop", undefined],
  ])("%s", (_, competency, column, value, rule, suggestion) => {
    const text = edited(set(competency, column, value));
    const result = importCsv(text, base, { filename: "ladder.csv" });
    expect(result.ladder).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    const found = errors.find((d) => d.rule === rule);
    expect(found, JSON.stringify(errors)).toBeDefined();
    const at = cellAt(text, value === "delivery" || value === "two words" ? value : competency, column);
    expect(found).toMatchObject({ file: "ladder.csv", line: at.line, column: at.column });
    if (suggestion !== undefined) expect(found).toMatchObject({ suggestion, message: expect.stringContaining(`did you mean '${suggestion}'?`) });
  });

  it.each<[string, string, string, number, number, string | undefined]>([
    ["an unknown level column", "lead-engineer", "lead-engneer", 1, csv.indexOf("lead-engineer") + 1, "lead-engineer"],
    ["an unknown step column", "step:strong", "step:strng", 1, csv.indexOf("step:strong") + 1, "step:strong"],
  ])("%s, in the header", (_, from, to, line, column, suggestion) => {
    const result = importCsv(csv.replace(from, to), base, { filename: "ladder.csv" });
    expect(result.diagnostics.find((d) => d.severity === "error")).toMatchObject({ rule: "csv-header", line, column, suggestion });
  });

  it.each<[string, string, string, number, number]>([
    ["an unclosed quote", csv.replace('"Writes clear', "Writes clear").replace("review", '"review'), "csv-syntax", 5, 0],
    ["no category column", csv.replace("id,name,category,", "id,name,kategorie,"), "csv-header", 1, 1],
    ["an empty file", "", "csv-header", 1, 1],
  ])("%s", (_, text, rule, line, column) => {
    const result = importCsv(text, base, { filename: "ladder.csv" });
    expect(result.ladder).toBeUndefined();
    expect(result.diagnostics.find((d) => d.rule === rule)).toMatchObject({ severity: "error", line, ...(column > 0 ? { column } : {}) });
  });

  it("answers a hostile file quickly, stopping after 100 problems", () => {
    const started = performance.now();
    // Within the bound on columns (6 + maxScaleSteps + maxLevels); past it, see limits-surfaces.test.ts.
    const columns = Array.from({ length: 500 }, (_, i) => `levle-${i}`).join(",");
    const rows = Array.from({ length: 2_000 }, (_, i) => `c${i},Name,nowhere,Text`).join("\r\n");
    const result = importCsv(`id,name,category,description,${columns}\r\n${rows}\r\n`, base);
    // 100 problems, a warning per level of the base with no column, and the note that it stopped.
    expect(result.diagnostics.length).toBe(100 + base.levels.length + 1);
    expect(result.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^stopped after 100 problems/));
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("warns that a changed title is not used, and still imports", () => {
    const text = edited((rows) => {
      rows[1]![rows[0]!.indexOf("cto")] = "Chief Technology Officer";
    });
    const result = importCsv(text, base);
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([["csv-info-row", "warning", 2]]);
    expect(result.ladder).toBeDefined();
  });

  it("warns of a level with no column, whose expectations the ladder rules then find missing", () => {
    const text = edited((rows) => {
      const at = rows[0]!.indexOf("lead-engineer");
      for (const row of rows) row.splice(at, 1);
    });
    const result = importCsv(text, base, { filename: "ladder.csv" });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(["csv-missing-level", "expectation-coverage"]));
    expect(result.ladder).toBeUndefined();
  });

  it("writes each competency's steps in the scale's order, whatever the order of the columns", () => {
    // Found by the fuzz target csv-import: with the step: columns shuffled, the steps came out in
    // column order, so the ladder written back differed from the same CSV exported and imported again.
    const parsed = parseCsv(ladderToCsv(base));
    if ("error" in parsed) throw new Error(parsed.error.message);
    const rows = parsed.rows.map((row) => row.cells.map((cell) => cell.text));
    const header = rows[0]!;
    const [first, last] = [header.findIndex((c) => c.startsWith("step:")), header.findLastIndex((c) => c.startsWith("step:"))];
    const swapped = rows.map((row) => {
      const cells = [...row];
      [cells[first], cells[last]] = [cells[last]!, cells[first]!];
      return cells;
    });
    const { ladder, diagnostics } = importCsv(writeCsv(swapped), base);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const order = base.scale.map((s) => s.id);
    for (const c of ladder!.competencies) expect(Object.keys(c.steps ?? {})).toEqual(order.filter((id) => c.steps?.[id] !== undefined));
  });

  it("reads an emptied cell as 'inherit from the level below'", () => {
    const result = importCsv(edited(set("coding", "senior-engineer", "")), base);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    const senior = parseLadder(JSON.stringify(result.ladder)).ladder!.levelById.get("senior-engineer")!;
    expect(senior.expectations.get("coding")).toMatchObject({ step: "capable", definedAt: "engineer" });
  });
});

describe("ladderkit export and import", () => {
  const dir = mkdtempSync(join(tmpdir(), "ladderkit-csv-"));

  it("round-trips a sample through files, rebasing the schema line to where the ladder is written", async () => {
    const file = join(dir, "small.csv");
    const exported = await runCli(["export", SMALL, "--format", "csv", "--out", file]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(csv);
    const out = join(dir, "nested", "..", "small.yaml");
    const imported = await runCli(["import", file, "--ladder", SMALL, "--out", out]);
    expect(imported.code, imported.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*\/schema\/ladder\.schema\.json$/);
    expect(canonical(parseLadder(text).ladder!)).toEqual(canonical(base));
  });

  it("reads the CSV from standard input and reports problems at their line in it", async () => {
    const bad = edited(set("culture", "cto", "leadng"));
    const run = await runCli(["import", "-", "--ladder", SMALL], { stdin: bad });
    expect(run.code).toBe(1);
    const at = cellAt(bad, "culture", "cto");
    expect(run.stderr).toContain(`<stdin>:${at.line}:${at.column} error 'leadng' is not a step of the scale (did you mean 'leading'?)  csv-reference`);
    expect(run.stdout).toBe("");
  });

  it.each<[string, string[], RegExp]>([
    ["export without --format", ["export", SMALL], /--format is required/],
    ["export to an unknown format", ["export", SMALL, "--format", "xlsx"], /unknown format 'xlsx'/],
    ["export with a bad --date", ["export", SMALL, "--format", "case", "--date", "April"], /--date must be/],
    // The shape of a date, but none the calendar has.
    ["export with --date 2026-13-45", ["export", SMALL, "--format", "case", "--date", "2026-13-45"], /--date must be .*, a real one; got '2026-13-45'/],
    ["export with --date 2026-02-30", ["export", SMALL, "--format", "case", "--date", "2026-02-30"], /a real one/],
    ["export with --date at 25:61", ["export", SMALL, "--format", "case", "--date", "2026-02-28T25:61:00Z"], /a real one/],
    ["import without --ladder", ["import", "x.csv"], /--ladder is required/],
    ["import over its base", ["import", join(dir, "small.csv"), "--ladder", SMALL, "--out", SMALL], /would overwrite an input/],
  ])("%s is a usage error (exit 2)", async (_, argv, message) => {
    writeFileSync(join(dir, "small.csv"), csv);
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("import of a missing CSV is an I/O error (exit 2)", async () => {
    const run = await runCli(["import", "missing.csv", "--ladder", SMALL]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing.csv:1:1 error file not found  file-read");
  });
});
