import type { ResolvedLadder } from "../model/resolved.js";
import { oneLine } from "./gap/text-table.js";

/**
 * The tracks side by side, one column per track and one row per band, highest band first, so
 * parallel levels stand on one line; then where each track branches and converges.
 *
 * @example
 * console.log(renderTracksText(ladder));
 */
export function renderTracksText(ladder: ResolvedLadder): string {
  const bands = [...new Set(ladder.levels.map((l) => l.band))].sort((a, b) => b - a);
  const header = ["band", ...ladder.tracks.map((t) => oneLine(t.name))];
  const rows = bands.map((band) => [
    String(band),
    ...ladder.tracks.map((track) =>
      track.levels
        .map((id) => ladder.levelById.get(id)!)
        .filter((level) => level.band === band && level.track === track.id)
        .map((level) => oneLine(level.title))
        .join(" / "),
    ),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padStart(widths[0]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  const title = (id: string) => oneLine(ladder.levelById.get(id)?.title ?? id);
  const links = ladder.tracks.flatMap((track) => [
    ...(track.branchesFrom ? [`${oneLine(track.name)} branches from ${title(track.branchesFrom)}.`] : []),
    ...(track.leadsTo ? [`${oneLine(track.name)} leads to ${title(track.leadsTo)}.`] : []),
  ]);
  return [
    `${oneLine(ladder.name)} (${oneLine(ladder.id)} ${oneLine(ladder.version)})`,
    "",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    ...links,
    "",
  ].join("\n");
}
