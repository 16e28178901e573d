import type { LadderDiff } from "../../diff/types.js";
import { json } from "../gap/json.js";
import type { RenderOptions } from "../gap/types.js";
import { diffMarkdown } from "./markdown.js";
import { diffText } from "./text.js";
import { DIFF_FORMATS, type DiffFormat, type DiffRenderer } from "./types.js";

export { DIFF_FORMATS };
export type { DiffFormat, DiffRenderer };

/** Ladder diff renderers by format. */
export const diffRenderers = { text: diffText, markdown: diffMarkdown, json } satisfies Record<DiffFormat, DiffRenderer>;

/**
 * Renders a ladder diff as `text` (for the terminal; ANSI colour with `color: true`), `markdown`
 * (for a pull request or release notes) or `json` (the diff itself, stable). Same diff, same bytes.
 *
 * @example
 * const before = (await loadLadder("ladders/dual-track.yaml")).ladder!;
 * const diff = diffLadders(before, ladder);
 * await writeFile("CHANGES.md", renderDiff(diff, "markdown"));
 */
export function renderDiff(diff: LadderDiff, format: DiffFormat, options: RenderOptions = {}): string {
  // Checked because JavaScript callers and CLI flags can pass any string.
  if (!Object.hasOwn(diffRenderers, format)) throw new TypeError(`unknown diff format '${String(format)}' (expected ${DIFF_FORMATS.join(", ")})`);
  return diffRenderers[format](diff, options);
}
