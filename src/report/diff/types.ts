import type { LadderDiff } from "../../diff/types.js";
import type { RenderOptions } from "../gap/types.js";

/**
 * The output formats of a ladder diff.
 *
 * @example
 * const format = DIFF_FORMATS.find((f) => f === userInput) ?? "text";
 */
export const DIFF_FORMATS = ["text", "markdown", "json"] as const;

/** The name of a ladder diff format: `text`, `markdown` or `json`. */
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** A renderer of ladder diffs. Pure: same diff and options, same bytes. */
export type DiffRenderer = (diff: LadderDiff, options?: RenderOptions) => string;
