import type { GapReport } from "../../gap/types.js";
import type { TeamReport } from "../../gap/team.js";

/**
 * The output formats of gap and team reports.
 *
 * @example
 * const format = GAP_FORMATS.find((f) => f === userInput) ?? "text";
 */
export const GAP_FORMATS = ["json", "markdown", "html", "text"] as const;

/** The name of a gap or team report format: `json`, `markdown`, `html` or `text`. */
export type GapFormat = (typeof GAP_FORMATS)[number];

/** Options every report renderer accepts. */
export interface RenderOptions {
  /** Use ANSI colour (the `text` format only; the others ignore it). Default: false. */
  readonly color?: boolean | undefined;
}

/** Turns a report into text in one format. Pure: same report and options, same bytes. */
export type Renderer<R> = (report: R, options?: RenderOptions) => string;

/** A renderer of gap reports. */
export type GapRenderer = Renderer<GapReport>;

/** A renderer of team reports. */
export type TeamRenderer = Renderer<TeamReport>;
