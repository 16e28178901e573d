import { Document, isMap, isSeq } from "yaml";
import type { Ladder } from "../model/ladder.js";

/** Options of `stringifyLadder`. */
export interface StringifyLadderOptions {
  /**
   * The JSON Schema path for the `# yaml-language-server: $schema=...` first line, relative to
   * where the file is written. Default: `node_modules/ladderkit/schema/ladder.schema.json`.
   */
  readonly schema?: string | undefined;
}

/**
 * The YAML text of a ladder document, written the way the samples are: the
 * `# yaml-language-server` line first (editors then complete and check the file), keys in the
 * model's order, lists of track ids on one line, 100 columns. Same ladder, same bytes;
 * `parseLadder` reads it back to the same ladder. Used for `flattenLadder`'s standalone ladder
 * (`ladderkit export --format yaml`) and for the ladder `importCsv` gives (`ladderkit import`).
 *
 * @example
 * const text = stringifyLadder(flattenLadder(ladder), { schema: "../schema/ladder.schema.json" });
 * parseLadder(text).ladder?.id === ladder.id; // true
 */
export function stringifyLadder(ladder: Ladder, options: StringifyLadderOptions = {}): string {
  const doc = new Document(ladder, { aliasDuplicateObjects: false });
  // On the first key rather than the document, so no blank line separates it from the content.
  // The path is put in whole: a $schema path with a line break would end the comment, so it is refused.
  const schema = (options.schema ?? "node_modules/ladderkit/schema/ladder.schema.json").replace(/[\r\n]/g, "");
  const root = doc.contents as { commentBefore?: string | null } | null;
  if (root) root.commentBefore = ` yaml-language-server: $schema=${schema}`;
  flowTrackLists(doc);
  return doc.toString({ lineWidth: 100 });
}

/** Lists of track ids stay on one line, as authors write them. */
function flowTrackLists(doc: Document): void {
  const competencies = doc.get("competencies", true);
  if (!isSeq(competencies)) return;
  for (const competency of competencies.items) {
    const tracks = isMap(competency) ? competency.get("tracks", true) : undefined;
    if (isSeq(tracks)) tracks.flow = true;
  }
}
