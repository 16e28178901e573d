import type { TeamReport } from "../../gap/team.js";
import { escapeHtml as h } from "./escape.js";
import { clip, tenth } from "./svg-text.js";
import { percent } from "./words.js";

const WIDTH = 760;
const LABEL_END = 262;
const PLOT_START = 274;
const PLOT_END = 660;
const TOP = 12;
const ROW = 26;

/**
 * A horizontal bar chart of the shared gaps: one bar per competency, its length the share of
 * people with a gap there, labelled `n of size`. Pure SVG, every string escaped.
 */
export function sharedGapChart(id: string, report: TeamReport): string {
  const gaps = report.sharedGaps;
  const height = TOP + gaps.length * ROW + 10;
  const rows = gaps.map((g, i) => {
    const y = TOP + i * ROW;
    const width = tenth((PLOT_END - PLOT_START) * g.share);
    return [
      `<g class="bar" data-competency="${h(g.competency)}"><title>${h(`${g.name}: ${g.people} of ${report.size} people (${percent(g.share)})`)}</title>`,
      `<text x="${LABEL_END}" y="${y + ROW / 2 + 4}" text-anchor="end">${h(clip(g.name, 40))}</text>`,
      `<rect x="${PLOT_START}" y="${y + 5}" width="${PLOT_END - PLOT_START}" height="${ROW - 10}" rx="3" fill="#f1f5f9"/>`,
      `<rect x="${PLOT_START}" y="${y + 5}" width="${width}" height="${ROW - 10}" rx="3" fill="#dc2626"/>`,
      `<text class="axis" x="${PLOT_END + 8}" y="${y + ROW / 2 + 4}">${g.people} of ${report.size}</text></g>`,
    ].join("");
  });
  return [
    `<svg class="team-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title">`,
    `<title id="${id}-title">${h(`Shared gaps: people with a gap per competency, of ${report.size}`)}</title>`,
    ...rows,
    "</svg>",
  ].join("\n");
}
