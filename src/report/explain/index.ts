import type { LevelExplanation } from "../../gap/explain.js";
import { explainMarkdown } from "./markdown.js";
import { explainText } from "./text.js";

/**
 * The formats an explanation renders to.
 *
 * @example
 * for (const format of EXPLAIN_FORMATS) console.log(renderExplanation(explainLevel(ladder, "architect"), format));
 */
export const EXPLAIN_FORMATS = ["text", "markdown", "json"] as const;

/** A format an explanation renders to. */
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

/** Explanation renderers by format. */
export const explainRenderers = {
  text: explainText,
  markdown: explainMarkdown,
  json: (e: LevelExplanation) => `${JSON.stringify(e, null, 2)}\n`,
} satisfies Record<ExplainFormat, (e: LevelExplanation) => string>;

/**
 * Renders what is new at a level (see `explainLevel`) as `text`, `markdown` or `json` (stable:
 * `kind: "LevelExplanation"`, `version: 1`). Same explanation, same bytes.
 *
 * @example
 * console.log(renderExplanation(explainLevel(ladder, "architect"), "text"));
 */
export function renderExplanation(explanation: LevelExplanation, format: ExplainFormat): string {
  if (!Object.hasOwn(explainRenderers, format)) throw new TypeError(`unknown explanation format '${String(format)}' (expected ${EXPLAIN_FORMATS.join(", ")})`);
  return explainRenderers[format](explanation);
}
