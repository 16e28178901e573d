import type { ResolvedLadder, ResolvedLevel } from "../../model/resolved.js";
import type { TrackKind } from "../../model/track.js";
import { previousLevel, stepLabel } from "./layout.js";

// Shared wording of the ladder renderers. Nothing here escapes: each format escapes its own way.

/** Track kinds in words. */
export const KIND_WORDS: Readonly<Record<TrackKind, string>> = {
  "individual-contributor": "individual contributor",
  management: "management",
  "technical-leadership": "technical leadership",
  executive: "executive",
};

/** How a level's expectation of a competency moves from the level it grows from: raised, lowered, kept, or new to it (an entry level's are kept). */
export type Trend = "up" | "down" | "same" | "new";

/** The step a level expects of a competency, in words, and how it moved from the level it grows from. */
export function cellOf(ladder: ResolvedLadder, level: ResolvedLevel, competency: string): { label: string; trend: Trend } | undefined {
  const e = level.expectations.get(competency);
  if (!e) return undefined;
  const previous = previousLevel(ladder, level);
  const before = previous?.expectations.get(competency);
  const trend: Trend = !previous ? "same" : !before ? "new" : e.rank > before.rank ? "up" : e.rank < before.rank ? "down" : "same";
  return { label: stepLabel(ladder, e.step), trend };
}

/** Plain-text marks for a trend, for formats without colour. */
export const TREND_MARKS: Readonly<Record<Trend, string>> = { up: " ↑", down: " ↓", same: "", new: " (new)" };

/** The legend of the trend marks. */
export const TREND_LEGEND = "Each cell is the expected step: ↑ rises from the level below (or the branch point), ↓ falls across a branch, (new) is expected for the first time.";

/** `Management branches from Senior Software Engineer and leads to Chief Technology Officer.`, per track that does either. */
export function linkSentences(ladder: ResolvedLadder, esc: (text: string) => string): string[] {
  const title = (id: string) => esc(ladder.levelById.get(id)?.title ?? id);
  return ladder.tracks.flatMap((track) => {
    const parts = [
      ...(track.branchesFrom ? [`branches from ${title(track.branchesFrom)}`] : []),
      ...(track.leadsTo ? [`leads to ${title(track.leadsTo)}`] : []),
    ];
    return parts.length === 0 ? [] : [`${esc(track.name)} ${parts.join(" and ")}.`];
  });
}

/** Where a level leads: its promotions, branches and convergences, as titles. */
export function nextTitles(ladder: ResolvedLadder, level: ResolvedLevel): string[] {
  return ladder.moves.filter((m) => m.from === level.id && m.kind !== "switch").map((m) => ladder.levelById.get(m.to)!.title);
}

/** ` (technical leadership)` after a track's name, unless the name says it already. */
export function kindNote(track: { readonly name: string; readonly kind: TrackKind }, esc: (text: string) => string): string {
  return track.name.toLowerCase() === KIND_WORDS[track.kind] ? "" : ` (${esc(KIND_WORDS[track.kind])})`;
}
