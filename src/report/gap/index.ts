import type { TeamReport } from "../../gap/team.js";
import type { GapReport } from "../../gap/types.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { markdown } from "./markdown.js";
import { teamHtml } from "./team-html.js";
import { teamMarkdown } from "./team-markdown.js";
import { teamText } from "./team-text.js";
import { text } from "./text.js";
import { GAP_FORMATS, type GapFormat, type GapRenderer, type RenderOptions, type TeamRenderer } from "./types.js";

export { escapeHtml, escapeMarkdown } from "./escape.js";
export { GAP_FORMATS };
export type { GapFormat, GapRenderer, RenderOptions, TeamRenderer };

/** Gap report renderers by format. */
export const gapRenderers = { json, markdown, html, text } satisfies Record<GapFormat, GapRenderer>;

/** Team report renderers by format. */
export const teamRenderers = { json, markdown: teamMarkdown, html: teamHtml, text: teamText } satisfies Record<GapFormat, TeamRenderer>;

function pick<R>(renderers: Readonly<Record<GapFormat, R>>, format: GapFormat): R {
  // Checked because JavaScript callers and CLI flags can pass any string.
  if (!Object.hasOwn(renderers, format)) throw new TypeError(`unknown report format '${String(format)}' (expected ${GAP_FORMATS.join(", ")})`);
  return renderers[format];
}

/**
 * Renders a gap report as `json`, `markdown` (a promotion packet), `html` (one self-contained page
 * with a chart) or `text` (for the terminal; ANSI colour with `color: true`). Same report, same bytes.
 *
 * @example
 * const report = analyzeGap(ladder, profile);
 * await writeFile("packet.md", renderGapReport(report, "markdown"));
 */
export function renderGapReport(report: GapReport, format: GapFormat, options: RenderOptions = {}): string {
  return pick<GapRenderer>(gapRenderers, format)(report, options);
}

/**
 * Renders a team report (see `analyzeTeam`) in any of the gap report formats: who is ready for
 * what, the gaps most people share and people per band on each track.
 *
 * @example
 * console.log(renderTeamReport(analyzeTeam(ladder, profiles), "text", { color: true }));
 */
export function renderTeamReport(report: TeamReport, format: GapFormat, options: RenderOptions = {}): string {
  return pick<TeamRenderer>(teamRenderers, format)(report, options);
}
