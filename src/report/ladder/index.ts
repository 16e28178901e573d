import type { ResolvedLadder } from "../../model/resolved.js";
import { ladderHtml } from "./html.js";
import { ladderMarkdown } from "./markdown.js";

/**
 * The formats a ladder renders to.
 *
 * @example
 * for (const format of LADDER_FORMATS) await writeFile(`ladder.${format === "markdown" ? "md" : "html"}`, renderLadder(ladder, format));
 */
export const LADDER_FORMATS = ["markdown", "html"] as const;

/** A format a ladder renders to. */
export type LadderFormat = (typeof LADDER_FORMATS)[number];

/** Ladder renderers by format. */
export const ladderRenderers = { markdown: ladderMarkdown, html: ladderHtml } satisfies Record<LadderFormat, (ladder: ResolvedLadder) => string>;

/**
 * Renders a ladder to publish it: `markdown` or `html` (one self-contained page, no scripts, no
 * remote assets). Both show the tracks side by side by band (management and technical leadership
 * as parallel columns, the trunk below and the level where they converge above), each level's
 * summary, the competency matrix of each track and what each step looks like. Same ladder, same bytes.
 *
 * @example
 * const { ladder } = await loadLadder("ladders/acme.yaml");
 * if (ladder) await writeFile("ladder.html", renderLadder(ladder, "html"));
 */
export function renderLadder(ladder: ResolvedLadder, format: LadderFormat): string {
  // Checked because JavaScript callers and CLI flags can pass any string.
  if (!Object.hasOwn(ladderRenderers, format)) throw new TypeError(`unknown ladder format '${String(format)}' (expected ${LADDER_FORMATS.join(", ")})`);
  return ladderRenderers[format](ladder);
}
