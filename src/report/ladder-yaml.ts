import { stringify } from "yaml";
import type { Ladder } from "../model/ladder.js";

/**
 * The YAML text of a ladder document, as `flattenLadder` gives it: block style, long text
 * unfolded, strings quoted only where YAML needs it. Same ladder, same bytes; `parseLadder` reads
 * it back to the same ladder.
 *
 * @example
 * const text = stringifyLadder(flattenLadder(ladder));
 * parseLadder(text).ladder?.id === ladder.id; // true
 */
export function stringifyLadder(ladder: Ladder): string {
  const body = stringify(ladder, { lineWidth: 0, aliasDuplicateObjects: false });
  // A fixed comment: ladder text (a version may hold a line break) never goes into one.
  return `# A standalone ladder written by ladderkit: every base it extended is merged in.\n${body}`;
}
