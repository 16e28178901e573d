import type { Renderer } from "./types.js";

/**
 * The report as stable JSON: two-space indented, one trailing newline. Stable because the gap
 * analysis builds every object with its keys in a fixed order; `kind` and `version` come first.
 */
export const json: Renderer<{ readonly kind: string; readonly version: number }> = (report) => `${JSON.stringify(report, null, 2)}\n`;
