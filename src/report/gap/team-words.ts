import type { TeamMember, TeamReport } from "../../gap/team.js";
import type { LevelRef } from "../../gap/types.js";
import { LABEL_WORDS, percent } from "./words.js";

/** A track with its levels and how many people hold each, lowest band first. */
export interface TrackBands {
  readonly track: string;
  readonly trackName: string;
  readonly levels: ReadonlyArray<{ readonly level: LevelRef; readonly people: number }>;
}

/** The report's levels grouped by track, in ladder order. */
export function tracksOf(report: TeamReport): TrackBands[] {
  const tracks = new Map<string, { track: string; trackName: string; levels: { level: LevelRef; people: number }[] }>();
  for (const entry of report.bands) {
    let track = tracks.get(entry.level.track);
    if (!track) tracks.set(entry.level.track, (track = { track: entry.level.track, trackName: entry.level.trackName, levels: [] }));
    track.levels.push(entry);
  }
  return [...tracks.values()];
}

/** Level titles by id (every level of the ladder is in `bands`). */
export function titlesOf(report: TeamReport): (id: string) => string {
  const titles = new Map(report.bands.map((b) => [b.level.id, b.level.title]));
  return (id) => titles.get(id) ?? id;
}

/** One person's targets in words, unescaped titles passed through `esc`: `Lead Engineer 56% (developing)`. */
export function targetWords(member: TeamMember, title: (id: string) => string, esc: (text: string) => string): string {
  if (member.targets.length === 0) return "none (top level)";
  return member.targets.map((t) => `${esc(title(t.level))} ${percent(t.share)} (${LABEL_WORDS[t.label].toLowerCase()})`).join("; ");
}
