// The hostile CSV corpus: each file under test/fixtures/bad-csv/ (broken quoting, a row past the
// cell bound, an Excel save with a BOM and CRLF, a lone-CR file, an empty one...) gets the located
// diagnostics listed here, in order and all of them, from importCsv and from `ladderkit import`,
// which writes nothing and exits 1. Positions are 1-based lines and columns of the CSV's text.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importCsv, parseLadder } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const DIR = fileURLToPath(new URL("./fixtures/bad-csv/", import.meta.url));
const BASE = "test/fixtures/valid/minimal.yaml";
const base = parseLadder(readFileSync(BASE, "utf8")).ladder!;

/** rule, severity, line, column, a fragment of the message. */
type Expected = readonly [string, "error" | "warning", number, number, string];

const CASES: Record<string, readonly Expected[]> = {
  "empty.csv": [["csv-header", "error", 1, 1, "the file is empty: it needs a header row"]],
  "blank-lines.csv": [["csv-header", "error", 1, 1, "the file is empty: it needs a header row"]],
  "header-only.csv": [["csv-header", "error", 1, 1, "no competency rows under the header"]],
  "quote-closed-early.csv": [["csv-syntax", "error", 5, 22, "a quoted field must end at a comma or the end of the line"]],
  "text-after-quote.csv": [["csv-syntax", "error", 5, 52, "a quoted field must end at a comma or the end of the line"]],
  "quote-in-field.csv": [["csv-syntax", "error", 5, 11, "a double quote inside a field that is not quoted"]],
  // Line 8: the architect's cell on line 5 holds two lines.
  "unclosed-at-end.csv": [["csv-syntax", "error", 8, 1, "a quoted field is not closed"]],
  // 14 columns, then 701 more cells: the 607th, past 6 + maxScaleSteps + maxLevels, stops the parse.
  "too-many-cells.csv": [["limit", "error", 1, 1300, "a row of more than 606 cells (6 competency columns, a column per scale step and one per level; raise it with the maxLevels limit"]],
  // Saved by Excel: a BOM (not counted in columns) and CRLF.
  "excel-bom-crlf-unknown-column.csv": [
    ["csv-missing-level", "warning", 1, 1, "level 'engineer' has no column"],
    ["csv-header", "error", 1, 78, "'enginer' is neither a competency column, a step: column nor a level of the base ladder (did you mean 'engineer'?)"],
  ],
  "lone-cr-unknown-step.csv": [["csv-reference", "error", 5, 166, "'masterful' is not a step of the scale"]],
  "lf-bad-weight.csv": [["csv-value", "error", 5, 53, "weight '1e999' must be a number above 0 and at most 100"]],
  "no-id-column.csv": [
    ["csv-header", "error", 1, 1, "'ident' is neither a competency column"],
    ["csv-header", "error", 1, 1, "the header has no 'id' column"],
  ],
  "duplicate-column.csv": [["csv-header", "error", 1, 87, "column 'engineer' appears twice"]],
  "unknown-category-track.csv": [
    ["csv-info-row", "warning", 4, 22, "'managment' in the #track row is not used"],
    ["csv-reference", "error", 5, 15, "'tek' is not a category of the base ladder"],
  ],
};

describe("the hostile CSV corpus", () => {
  it("lists every file of the folder, and only those", () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))("%s: importCsv reports each problem at its cell", (name, expected) => {
    const { ladder, diagnostics } = importCsv(readFileSync(DIR + name, "utf8"), base, { filename: name });
    expect(ladder).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.column])).toEqual(expected.map(([rule, severity, line, column]) => [rule, severity, line, column]));
    diagnostics.forEach((d, i) => {
      expect(d.file).toBe(name);
      expect(d.message).toContain(expected[i]![4]);
      expect(d.message).not.toMatch(/\n|undefined/);
    });
  });

  it.each(Object.entries(CASES))("%s: ladderkit import prints the first error at file:line:column and exits 1", async (name, expected) => {
    const error = expected.find((e) => e[1] === "error")!;
    const run = await runCli(["import", `test/fixtures/bad-csv/${name}`, "--ladder", BASE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`test/fixtures/bad-csv/${name}:${error[2]}:${error[3]} error ${error[4]}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
