import type { CompetencyGap, StepRef } from "../../gap/types.js";
import { escapeHtml as h } from "./escape.js";
import { assessedParts, gapWords, statusWords } from "./words.js";
import { clip, tenth } from "./svg-text.js";

const WIDTH = 760;
const LABEL_END = 262;
const PLOT_START = 274;
const PLOT_END = 736;
const TOP = 34;
const ROW = 26;
const LEGEND = 46;

const COLOURS = { met: "#16a34a", gap: "#dc2626", unassessed: "#d97706", na: "#94a3b8", expected: "#dbe4f0", marker: "#1e293b", grid: "#e2e8f0" };

function row(g: CompetencyGap, index: number, x: (value: number) => number): string {
  const y = TOP + index * ROW;
  const mid = y + ROW / 2;
  const end = x(g.expected.value);
  const { label, note } = assessedParts(g);
  const tip = `${g.name}: expected ${g.expected.label}, assessed ${label !== undefined ? `${label} (${note})` : note}, gap ${gapWords(g)}, ${statusWords(g).toLowerCase()}`;
  const parts = [
    `<g class="bar" data-competency="${h(g.competency)}" data-status="${g.status}">`,
    `<title>${h(tip)}</title>`,
    `<text x="${LABEL_END}" y="${mid + 4}" text-anchor="end">${h(clip(g.name, 40))}</text>`,
  ];
  if (g.status === "unassessed") {
    parts.push(
      `<rect class="expected" x="${PLOT_START}" y="${y + 4}" width="${tenth(end - PLOT_START)}" height="${ROW - 8}" rx="3" fill="#fffbeb" stroke="${COLOURS.unassessed}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
      `<text class="note" x="${PLOT_START + 8}" y="${mid + 4}" fill="${COLOURS.unassessed}" style="fill:${COLOURS.unassessed}">not assessed</text>`,
    );
  } else {
    const faded = g.status === "not-applicable";
    parts.push(`<rect class="expected" x="${PLOT_START}" y="${y + 4}" width="${tenth(end - PLOT_START)}" height="${ROW - 8}" rx="3" fill="${COLOURS.expected}"${faded ? ' opacity="0.5"' : ""}/>`);
    if (g.assessed) {
      const colour = g.status === "gap" ? COLOURS.gap : COLOURS.met;
      parts.push(`<rect class="assessed" x="${PLOT_START}" y="${mid - 5}" width="${tenth(x(g.assessed.value) - PLOT_START)}" height="10" rx="2" fill="${colour}"/>`);
    } else parts.push(`<text class="note" x="${PLOT_START + 8}" y="${mid + 4}">${h(note)}: not a gap</text>`);
  }
  parts.push(`<line class="marker" x1="${end}" x2="${end}" y1="${y + 1}" y2="${y + ROW - 1}" stroke="${COLOURS.marker}" stroke-width="2.5"/>`, "</g>");
  return parts.join("");
}

function legend(y: number): string {
  const items: [string, string][] = [
    [`<rect x="0" y="-6" width="22" height="12" rx="2" fill="${COLOURS.expected}"/><line x1="22" x2="22" y1="-8" y2="8" stroke="${COLOURS.marker}" stroke-width="2.5"/>`, "Expected step"],
    [`<rect x="0" y="-4" width="22" height="8" rx="2" fill="${COLOURS.met}"/>`, "Assessed: met"],
    [`<rect x="0" y="-4" width="22" height="8" rx="2" fill="${COLOURS.gap}"/>`, "Assessed: gap"],
    [`<rect x="0" y="-6" width="22" height="12" rx="2" fill="#fffbeb" stroke="${COLOURS.unassessed}" stroke-dasharray="5 3"/>`, "Not assessed"],
    [`<rect x="0" y="-6" width="22" height="12" rx="2" fill="${COLOURS.expected}" opacity="0.5"/>`, "Not applicable"],
  ];
  const step = (PLOT_END - 40) / items.length;
  return `<g class="legend" transform="translate(40 ${y})">${items
    .map(([swatch, text], i) => `<g transform="translate(${Math.round(i * step)} 0)">${swatch}<text x="30" y="4">${text}</text></g>`)
    .join("")}</g>`;
}

/**
 * A horizontal bar chart of one level: per competency, the expected step as a light bar ending in
 * a dark marker, the assessed step as a green (met) or red (gap) bar over it; an unassessed
 * competency is a dashed amber outline, a not-applicable one faded. Pure SVG, every string escaped.
 */
export function gapChart(id: string, title: string, gaps: readonly CompetencyGap[], scale: readonly StepRef[]): string {
  const steps = Math.max(1, scale.length);
  const x = (value: number) => tenth(PLOT_START + ((PLOT_END - PLOT_START) * value) / steps);
  const height = TOP + gaps.length * ROW + LEGEND;
  const grid = scale.map((s) => {
    const at = x(s.value);
    return `<line x1="${at}" x2="${at}" y1="${TOP - 4}" y2="${TOP + gaps.length * ROW}" stroke="${COLOURS.grid}"/><text class="axis" x="${at}" y="${TOP - 12}" text-anchor="${s.value === steps ? "end" : "middle"}">${h(clip(s.label, 16))}</text>`;
  });
  return [
    `<svg class="gap-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${h(title)}</title>`,
    `<desc id="${id}-desc">One row per competency: the light bar ends at the expected step, the coloured bar shows the assessed step.</desc>`,
    `<line x1="${PLOT_START}" x2="${PLOT_START}" y1="${TOP - 4}" y2="${TOP + gaps.length * ROW}" stroke="#94a3b8"/>`,
    ...grid,
    ...gaps.map((g, i) => row(g, i, x)),
    legend(TOP + gaps.length * ROW + 26),
    "</svg>",
  ].join("\n");
}
