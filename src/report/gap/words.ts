import type { CompetencyGap, LevelRef, Readiness, ReadinessLabel, TargetAnalysis } from "../../gap/types.js";
import type { MoveKind } from "../../model/resolved.js";

// Shared wording, so every format says the same thing in the same words. Nothing here escapes:
// each format escapes ladder and profile text its own way.

/** A share as a whole percentage, rounded down so 100% means everything is met. */
export function percent(share: number): string {
  return `${Math.floor(share * 100 + 1e-9)}%`;
}

/** A number with at most two decimals and no trailing zeros. */
export function num(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** `1 step`, `2 steps`; `many` for an irregular plural. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** Readiness labels in words. */
export const LABEL_WORDS: Readonly<Record<ReadinessLabel, string>> = {
  ready: "Ready",
  "nearly-ready": "Nearly ready",
  developing: "Developing",
  "not-yet": "Not yet ready",
};

/** Move kinds in words. */
export const MOVE_WORDS: Readonly<Record<MoveKind, string>> = {
  promotion: "promotion",
  branch: "promotion onto a new track",
  convergence: "promotion where the tracks meet",
  switch: "track switch (same band)",
};

/** `Senior Engineer (Engineering, band 3)`: unescaped parts, joined by the caller's escaper. */
export function levelWords(level: LevelRef, esc: (text: string) => string): string {
  return `${esc(level.title)} (${esc(level.trackName)}, band ${level.band})`;
}

/** `14 of 24 met (58%)`. */
export function metWords(r: Readiness): string {
  if (r.counted === 0) return "nothing counted (every expectation not applicable)";
  return `${r.met} of ${r.counted} met (${percent(r.share)})`;
}

/** What stands in for "what is new" when no expectation rises: lateral only for a track switch. */
export function nothingRisesWords(target: TargetAnalysis): string {
  const only = target.path.length === 1 ? target.path[0] : undefined;
  return only?.kind === "switch" ? "No expectation rises: the move is lateral." : "No expectation rises.";
}

/**
 * What stands in for a target's development goals when it has none: no gap to close, or, with
 * expectations not yet rated, that the goals wait for those ratings.
 */
export function noGoalWords(r: Readiness): string {
  if (r.counted === 0) return "No goal: every expectation of this target is marked not applicable or no opportunity, so there is nothing to judge readiness on.";
  if (r.unassessed === 0) return "No gap to close: no development goal for this target.";
  return `No goal yet: no gap among the rated expectations, and ${plural(r.unassessed, "expectation")} not assessed; rate ${r.unassessed === 1 ? "it" : "them"} to find the gaps.`;
}

/** The rest of a readiness line: gaps, total and weighted gap, unassessed and not applicable. */
export function readinessDetails(r: Readiness): string[] {
  const parts = [`${plural(r.gaps, "gap")}, total ${plural(r.totalGap, "step")}, weighted ${num(r.weightedGap)}`];
  if (r.unassessed > 0) parts.push(`${r.unassessed} unassessed (not counted as met)`);
  if (r.notApplicable > 0) parts.push(`${r.notApplicable} not applicable (not a gap)`);
  return parts;
}

/** The status in a word or two: `Met`, `Met (above)`, `Gap`, `Unassessed`, `Not applicable` or `No opportunity`. */
export function statusShort(g: CompetencyGap): string {
  if (g.status === "met") return g.gap < 0 ? "Met (above)" : "Met";
  if (g.status === "gap") return "Gap";
  if (g.status === "unassessed") return "Unassessed";
  return g.reason === "no-opportunity" ? "No opportunity" : "Not applicable";
}

/** The status column: the short status, saying so where a competency is not a gap. */
export function statusWords(g: CompetencyGap): string {
  return g.status === "not-applicable" ? `${statusShort(g)} (not a gap)` : statusShort(g);
}

/** The gap column: steps below, `+n` above, `0`, or `-` where nothing was compared. */
export function gapWords(g: CompetencyGap): string {
  if (g.status === "unassessed" || g.status === "not-applicable") return "-";
  if (g.gap > 0) return plural(g.gap, "step");
  return g.gap < 0 ? `+${-g.gap} above` : "0";
}

/** The assessed column's step and source, or a flag when there is none; the label unescaped. */
export function assessedParts(g: CompetencyGap): { readonly label?: string; readonly note: string } {
  if (g.assessed) return { label: g.assessed.label, note: g.assessed.source };
  if (g.status === "not-applicable") return { note: g.reason === "no-opportunity" ? "no opportunity" : "not applicable" };
  return { note: "not assessed" };
}
