import type { ExpectationChange, ExplainedLevel, LevelExplanation } from "../../gap/explain.js";
import { MOVE_WORDS } from "../gap/words.js";

// Shared wording of the explanation renderers. Nothing here escapes: each format escapes its own way.

/** `Architect (Technical leadership, band 5)`. */
export const levelText = (level: ExplainedLevel, esc: (text: string) => string): string =>
  `${esc(level.title)} (${esc(level.trackName)}, band ${level.band})`;

/** How the level is reached from the one it is compared with. */
export function relation(e: LevelExplanation, esc: (text: string) => string): string {
  if (!e.from) return `${esc(e.level.title)} is an entry level: there is nothing below it, so everything it expects is new.`;
  const how = e.move ? `a ${MOVE_WORDS[e.move]}` : e.hops === undefined ? `not reachable from there by promotions and track switches` : `${e.hops} moves by the shortest path`;
  return `Compared with ${levelText(e.from, esc)}: ${how}.`;
}

/** `Band 4 -> 5 (+1)`. */
export function bandText(e: LevelExplanation): string {
  if (!e.from) return `Band ${e.level.band}`;
  const sign = e.bandChange > 0 ? `+${e.bandChange}` : e.bandChange === 0 ? "same band" : String(e.bandChange);
  return `Band ${e.from.band} -> ${e.level.band} (${sign})`;
}

/** The sections of changes, in the order they are shown, with their headings. */
export function sections(e: LevelExplanation): Array<{ heading: string; changes: readonly ExpectationChange[] }> {
  return [
    { heading: "Raised", changes: e.raised },
    { heading: e.from ? "Newly expected" : "Expected", changes: e.added },
    { heading: "Lowered", changes: e.lowered },
    { heading: "No longer expected", changes: e.dropped },
  ].filter((s) => s.changes.length > 0);
}

/** `Practitioner -> Expert`, `Expert` (newly expected), `was Expert` (no longer expected). */
export function stepChange(c: ExpectationChange, arrow = "->"): string {
  if (c.from && c.to) return `${c.from.label} ${arrow} ${c.to.label}`;
  return c.to ? c.to.label : `was ${c.from!.label}`;
}
