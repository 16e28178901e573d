import { didYouMeanText } from "../load/suggest.js";
import type { Competency } from "../model/competency.js";
import { ID_PATTERN, ID_WORDS } from "../model/id.js";
import type { ResolvedLadder } from "../model/resolved.js";
import type { Expectation } from "../model/track.js";
import { suggestFor, type CellFinding, type Columns } from "./import-header.js";
import { MAX_FINDINGS, splitCell } from "./layout.js";
import { restore } from "./neutralise.js";
import type { CsvCell, CsvRow } from "./rfc4180.js";

/** One competency row read: the competency, and its expectation per level id. */
export interface CompetencyRow {
  readonly competency: Competency;
  readonly expectations: ReadonlyMap<string, Expectation>;
  readonly row: CsvRow;
}

/** Reads one competency row; its problems go to `findings`, located at their cells. */
export function readRow(row: CsvRow, columns: Columns, base: ResolvedLadder, seen: Set<string>, findings: CellFinding[]): CompetencyRow | undefined {
  const cellOf = (index: number | undefined): CsvCell => row.cells[index ?? -1] ?? { text: "", line: row.line, column: 1 };
  const text = (index: number | undefined) => restore(cellOf(index).text);
  const fail = (rule: string, cell: CsvCell, message: string, suggestion?: string) =>
    findings.push({ rule, severity: "error", message: `${message}${didYouMeanText(suggestion)}`, path: [], suggestion, at: cell });
  const errors = findings.length;

  const columnOf = (name: Parameters<Columns["fixed"]["get"]>[0]) => columns.fixed.get(name);
  const id = text(columnOf("id")).trim();
  if (!ID_PATTERN.test(id)) fail("csv-value", cellOf(columnOf("id")), `'${id}' is not an id: ${ID_WORDS}`);
  else if (seen.has(id)) fail("csv-value", cellOf(columnOf("id")), `competency '${id}' appears twice`);
  seen.add(id);
  for (const name of ["name", "description"] as const)
    if (!/\S/.test(text(columnOf(name)))) fail("csv-value", cellOf(columnOf(name)), `competency '${id}' has no ${name}`);
  const category = text(columnOf("category")).trim();
  if (!base.source.categories.some((c) => c.id === category))
    fail("csv-reference", cellOf(columnOf("category")), `'${category}' is not a category of the base ladder`, suggestFor(findings, category, base.categories.map((c) => c.id)));
  const weightText = text(columnOf("weight")).trim();
  const weight = weightText === "" ? undefined : Number(weightText);
  if (weight !== undefined && !(Number.isFinite(weight) && weight > 0 && weight <= 100)) fail("csv-value", cellOf(columnOf("weight")), `weight '${weightText}' must be a number above 0 and at most 100`);
  const tracks = text(columnOf("tracks")).split(/\s+/).filter((t) => t !== "");
  for (const track of tracks) {
    // One cell can name thousands of tracks: the import stops at MAX_FINDINGS all the same.
    if (findings.length >= MAX_FINDINGS) break;
    if (!base.trackById.has(track)) fail("csv-reference", cellOf(columnOf("tracks")), `'${track}' is not a track of the base ladder`, suggestFor(findings, track, base.trackById.keys()));
  }

  const steps: Record<string, string> = {};
  // In the scale's order, whatever the order of the columns: the ladder reads as its export would.
  for (const { id: step } of base.scale) {
    const index = columns.steps.get(step);
    if (index !== undefined && /\S/.test(text(index))) steps[step] = text(index);
  }
  const applies = tracks.length === 0 ? undefined : new Set(tracks);
  const expectations = new Map<string, Expectation>();
  for (const [level, index] of columns.levels) {
    const cell = cellOf(index);
    if (text(index).trim() === "") continue;
    const { step, description } = splitCell(text(index));
    const track = base.levelById.get(level)!.track;
    if (!base.stepById.has(step)) fail("csv-reference", cell, `'${step}' is not a step of the scale`, suggestFor(findings, step, base.stepById.keys()));
    else if (applies && !applies.has(track)) fail("csv-not-applicable", cell, `'${id}' does not apply to track '${track}', so level '${level}' cannot expect it: empty the cell or add the track`);
    else expectations.set(level, description === undefined || description === steps[step] ? step : { step, description });
  }
  if (findings.slice(errors).some((f) => f.severity === "error")) return undefined;

  const competency: Competency = {
    id,
    name: text(columnOf("name")),
    category,
    description: text(columnOf("description")),
    ...(tracks.length > 0 ? { tracks } : {}),
    ...(weight !== undefined && weight !== 1 ? { weight } : {}),
    ...(Object.keys(steps).length > 0 ? { steps } : {}),
  };
  return { competency, expectations, row };
}
