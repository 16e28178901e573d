import type { ResolvedLadder } from "../model/resolved.js";
import { COMPETENCY_COLUMNS, INFO_ROWS, joinCell, STEP_PREFIX } from "./layout.js";
import { neutralise } from "./neutralise.js";
import { writeCsv } from "./rfc4180.js";

/**
 * The ladder as the spreadsheet HR keeps: one row per competency (id, name, category, description,
 * weight, tracks, then what each scale step looks like for it), one column per level holding the
 * expected step of the resolved matrix (after inheritance), and under the header a row of level
 * titles, one of bands and one of tracks for people to read. A level cell holds the step id, and
 * on a second line the level's own words when they differ from the competency's words for the
 * step; a cell is empty where the competency does not apply. RFC 4180 (CRLF, quotes where
 * needed), UTF-8; every cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) gets a leading apostrophe, which `importCsv` removes again.
 *
 * @example
 * await writeFile("ladder.csv", ladderToCsv(ladder));
 */
export function ladderToCsv(ladder: ResolvedLadder): string {
  const steps = ladder.scale.map((s) => s.id);
  const levels = ladder.levels;
  const blank = COMPETENCY_COLUMNS.slice(1).map(() => "");
  const rows: string[][] = [
    [...COMPETENCY_COLUMNS, ...steps.map((s) => `${STEP_PREFIX}${s}`), ...levels.map((l) => l.id)],
    [INFO_ROWS[0], ...blank, ...ladder.scale.map((s) => s.label), ...levels.map((l) => l.title)],
    [INFO_ROWS[1], ...blank, ...steps.map(() => ""), ...levels.map((l) => String(l.band))],
    [INFO_ROWS[2], ...blank, ...steps.map(() => ""), ...levels.map((l) => l.track)],
  ];
  for (const c of ladder.competencies) {
    const cells = levels.map((level) => {
      const expectation = level.expectations.get(c.id);
      if (!expectation) return "";
      const own = expectation.description !== undefined && expectation.description !== c.steps?.[expectation.step] ? expectation.description : undefined;
      return joinCell(expectation.step, own);
    });
    rows.push([c.id, c.name, c.category, c.description, String(c.weight), (c.tracks ?? []).join(" "), ...steps.map((s) => c.steps?.[s] ?? ""), ...cells]);
  }
  return writeCsv(rows.map((row) => row.map(neutralise)));
}
