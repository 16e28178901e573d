/** The competency columns, in order, before the step and level columns. */
export const COMPETENCY_COLUMNS = ["id", "name", "category", "description", "weight", "tracks"] as const;

/** A competency column's name. */
export type CompetencyColumn = (typeof COMPETENCY_COLUMNS)[number];

/** The columns an import cannot do without. */
export const REQUIRED_COLUMNS: readonly CompetencyColumn[] = ["id", "name", "category", "description"];

/** The prefix of the columns that hold what each scale step looks like for a competency. */
export const STEP_PREFIX = "step:";

/** The rows under the header, for people: level titles and step labels, bands, tracks. Imports check them against the base ladder. */
export const INFO_ROWS = ["#title", "#band", "#track"] as const;

/** Splits a level cell: the step id on the first line, what it looks like on the lines after. */
export function splitCell(cell: string): { step: string; description: string | undefined } {
  const at = cell.indexOf("\n");
  if (at < 0) return { step: cell.trim(), description: undefined };
  const description = cell.slice(at + 1);
  return { step: cell.slice(0, at).trim(), description: /\S/.test(description) ? description : undefined };
}

/** A level cell: the step id, and on the next line its own words when the level has them. */
export function joinCell(step: string, description: string | undefined): string {
  return description === undefined ? step : `${step}\n${description}`;
}

/** An import stops after this many problems: a hostile or unrelated file gets a short, quick answer. */
export const MAX_FINDINGS = 100;
