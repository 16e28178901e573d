import type { ResolvedLadder } from "../../model/resolved.js";
import { escapeMarkdown as md } from "../gap/escape.js";
import { markdownTable } from "../gap/markdown-table.js";
import { byCategory, ownWords, stepLabel } from "./layout.js";
import { cellOf, kindNote, linkSentences, nextTitles, TREND_LEGEND, TREND_MARKS } from "./words.js";

function header(ladder: ResolvedLadder): string[] {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [
    `# ${md(ladder.name)}`,
    "",
    ...(ladder.source.description ? [md(ladder.source.description), ""] : []),
    `- **Ladder:** ${md(ladder.id)}, version ${md(ladder.version)}`,
    `- **Size:** ${count(ladder.tracks.length, "track")}, ${count(ladder.levels.length, "level")}, ${count(ladder.competencies.length, "competency").replace("competencys", "competencies")} on a scale of ${count(ladder.scale.length, "step")}`,
    "",
  ];
}

/** One row per band, highest first, one column per track: equal bands stand on one line. */
function tracks(ladder: ResolvedLadder): string[] {
  const bands = [...new Set(ladder.levels.map((l) => l.band))].sort((a, b) => b - a);
  const rows = bands.map((band) => [
    String(band),
    ...ladder.tracks.map((track) => ladder.levels.filter((l) => l.band === band && l.track === track.id).map((l) => `**${md(l.title)}**`).join(" / ")),
  ]);
  const columns = [{ header: "Band", align: "right" as const }, ...ladder.tracks.map((t) => ({ header: md(t.name) }))];
  return ["## Tracks side by side", "", markdownTable(columns, rows), "", ...linkSentences(ladder, md).map((s) => `${s}  `), ""];
}

function levels(ladder: ResolvedLadder): string[] {
  return ["## Levels", "", ...ladder.tracks.flatMap((track) => [
    `### ${md(track.name)}${kindNote(track, md)}`,
    "",
    ...(track.description ? [md(track.description), ""] : []),
    ...track.levels.flatMap((id) => {
      const level = ladder.levelById.get(id)!;
      const next = nextTitles(ladder, level);
      return [
        `- **${md(level.title)}** (band ${level.band}): ${md(level.summary)}`,
        ...(level.scope ? [`  - Scope: ${md(level.scope)}`] : []),
        ...(next.length > 0 ? [`  - Next: ${next.map(md).join(", ")}`] : level.top ? ["  - The top of the ladder."] : []),
      ];
    }),
    "",
  ])];
}

/** Per track, the step each level expects of each competency that applies to it; ↑ where it rises. */
function matrix(ladder: ResolvedLadder): string[] {
  const out = ["## Competency matrix", "", TREND_LEGEND, ""];
  for (const track of ladder.tracks) {
    const levels = track.levels.map((id) => ladder.levelById.get(id)!);
    const applicable = ladder.competencies.filter((c) => c.appliesTo.includes(track.id));
    const rows = byCategory(ladder, applicable).flatMap((group) => [
      [`*${md(group.name)}*`, ...levels.map(() => "")],
      ...group.competencies.map((c) => [md(c.name), ...levels.map((l) => {
        const cell = cellOf(ladder, l, c.id);
        return cell ? `${md(cell.label)}${TREND_MARKS[cell.trend]}` : "";
      })]),
    ]);
    const columns = [{ header: "Competency" }, ...levels.map((l) => ({ header: md(l.title) }))];
    out.push(`### ${md(track.name)}`, "", markdownTable(columns, rows), "");
  }
  return out;
}

/** What each step looks like, per competency, and the words levels add of their own. */
function steps(ladder: ResolvedLadder): string[] {
  const out = ["## What each step looks like", ""];
  for (const group of byCategory(ladder)) {
    out.push(`### ${md(group.name)}`, "");
    for (const c of group.competencies) {
      out.push(`#### ${md(c.name)}`, "", md(c.description), "");
      const rows = ladder.scale.map((s) => [md(s.label), md(c.steps?.[s.id] ?? s.description)]);
      out.push(markdownTable([{ header: "Step" }, { header: "What it looks like" }], rows), "");
      const own = ownWords(ladder, c.id);
      if (own.length > 0) out.push(...own.map((o) => `- At **${md(o.level.title)}** (${md(stepLabel(ladder, o.step))}): ${md(o.words)}`), "");
    }
  }
  return out;
}

/**
 * The ladder as Markdown: the tracks side by side by band, each level's summary, the competency
 * matrix of each track, and what each step looks like. Every ladder string is escaped.
 */
export function ladderMarkdown(ladder: ResolvedLadder): string {
  return `${[...header(ladder), ...tracks(ladder), ...levels(ladder), ...matrix(ladder), ...steps(ladder)].join("\n").trimEnd()}\n`;
}
