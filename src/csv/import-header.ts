import type { Finding } from "../diagnostic.js";
import { didYouMean, didYouMeanText, MAX_SUGGESTED_FINDINGS } from "../load/suggest.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { COMPETENCY_COLUMNS, MAX_FINDINGS, REQUIRED_COLUMNS, STEP_PREFIX, type CompetencyColumn } from "./layout.js";
import { restore } from "./neutralise.js";
import type { CsvCell, CsvRow } from "./rfc4180.js";

/** A finding at a cell of the CSV. */
export interface CellFinding extends Finding {
  readonly at: { readonly line: number; readonly column: number };
}

/** "Did you mean" for one of the first findings of an import; none once there are many (see `MAX_SUGGESTED_FINDINGS`). */
export function suggestFor(findings: readonly CellFinding[], word: string, candidates: Iterable<string>): string | undefined {
  return findings.length < MAX_SUGGESTED_FINDINGS ? didYouMean(word, candidates) : undefined;
}

/** What each column of the CSV holds. */
export interface Columns {
  readonly fixed: ReadonlyMap<CompetencyColumn, number>;
  /** Step id to column index. */
  readonly steps: ReadonlyMap<string, number>;
  /** Level id to column index. */
  readonly levels: ReadonlyMap<string, number>;
  readonly header: readonly CsvCell[];
}

/** Reads the header row against the base ladder: competency columns, `step:<id>` columns, level columns. */
export function readHeader(row: CsvRow, base: ResolvedLadder, findings: CellFinding[]): Columns {
  const fixed = new Map<CompetencyColumn, number>();
  const steps = new Map<string, number>();
  const levels = new Map<string, number>();
  const known = [...COMPETENCY_COLUMNS, ...base.scale.map((s) => `${STEP_PREFIX}${s.id}`), ...base.levels.map((l) => l.id)];
  const error = (cell: CsvCell, message: string, suggestion?: string) =>
    findings.push({ rule: "csv-header", severity: "error", message: `${message}${didYouMeanText(suggestion)}`, path: [], suggestion, at: cell });
  row.cells.forEach((cell, index) => {
    if (findings.length >= MAX_FINDINGS) return;
    const name = restore(cell.text).trim();
    if ((COMPETENCY_COLUMNS as readonly string[]).includes(name)) {
      if (fixed.has(name as CompetencyColumn)) error(cell, `column '${name}' appears twice`);
      else fixed.set(name as CompetencyColumn, index);
    } else if (name.startsWith(STEP_PREFIX)) {
      const step = name.slice(STEP_PREFIX.length);
      if (!base.stepById.has(step)) error(cell, `'${step}' is not a step of the base ladder's scale`, suggestFor(findings, name, known));
      else if (steps.has(step)) error(cell, `column '${name}' appears twice`);
      else steps.set(step, index);
    } else if (base.levelById.has(name)) {
      if (levels.has(name)) error(cell, `column '${name}' appears twice`);
      else levels.set(name, index);
    } else if (name !== "") error(cell, `'${name}' is neither a competency column, a step: column nor a level of the base ladder`, suggestFor(findings, name, known));
  });
  for (const column of REQUIRED_COLUMNS)
    if (!fixed.has(column)) error(row.cells[0]!, `the header has no '${column}' column (expected: ${COMPETENCY_COLUMNS.join(", ")}, step:<id>..., <level id>...)`);
  for (const level of base.levels)
    if (!levels.has(level.id))
      findings.push({ rule: "csv-missing-level", severity: "warning", message: `level '${level.id}' has no column: it writes no expectation and inherits them all`, path: [], at: row.cells[0]! });
  return { fixed, steps, levels, header: row.cells };
}

/** Warns where a `#title`, `#band` or `#track` row (`kind`, the word in its id cell) says something else than the base ladder, which wins. */
export function checkInfoRow(row: CsvRow, kind: string, columns: Columns, base: ResolvedLadder, findings: CellFinding[]): void {
  const expected = (id: string, isStep: boolean): string | undefined => {
    if (isStep) return kind === "#title" ? base.stepById.get(id)?.label : "";
    const level = base.levelById.get(id)!;
    return kind === "#title" ? level.title : kind === "#band" ? String(level.band) : kind === "#track" ? level.track : undefined;
  };
  const check = (id: string, index: number, isStep: boolean) => {
    const cell = row.cells[index];
    const want = expected(id, isStep);
    if (cell === undefined || want === undefined || restore(cell.text) === want || cell.text === "") return;
    findings.push({
      rule: "csv-info-row",
      severity: "warning",
      message: `'${restore(cell.text)}' in the ${kind} row is not used: the base ladder says '${want}', and titles, bands and tracks come from it`,
      path: [],
      at: cell,
    });
  };
  for (const [id, index] of columns.steps) check(id, index, true);
  for (const [id, index] of columns.levels) check(id, index, false);
}
