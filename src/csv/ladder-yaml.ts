import { Document, isMap, isSeq } from "yaml";
import type { Ladder } from "../model/ladder.js";

/** Options of `ladderToYaml`. */
export interface LadderYamlOptions {
  /**
   * The JSON Schema path for the `# yaml-language-server: $schema=...` first line, relative to
   * where the file is written. Default: `node_modules/ladderkit/schema/ladder.schema.json`.
   */
  readonly schema?: string | undefined;
}

/**
 * Writes a ladder as YAML the way the samples are written: the `# yaml-language-server` line
 * first (editors then complete and check it), keys in the model's order, 100 columns.
 *
 * @example
 * const { ladder: imported } = importCsv(text, ladder);
 * if (imported) await writeFile("ladders/ladder.yaml", ladderToYaml(imported, { schema: "../schema/ladder.schema.json" }));
 */
export function ladderToYaml(ladder: Ladder, options: LadderYamlOptions = {}): string {
  const doc = new Document(ladder);
  // On the first key rather than the document, so no blank line separates it from the content.
  const root = doc.contents as { commentBefore?: string | null } | null;
  if (root) root.commentBefore = ` yaml-language-server: $schema=${options.schema ?? "node_modules/ladderkit/schema/ladder.schema.json"}`;
  // Lists of track ids stay on one line, as authors write them.
  visitCompetencyTracks(doc);
  return doc.toString({ lineWidth: 100 });
}

function visitCompetencyTracks(doc: Document): void {
  const competencies = doc.get("competencies", true);
  if (!isSeq(competencies)) return;
  for (const competency of competencies.items) {
    const tracks = isMap(competency) ? competency.get("tracks", true) : undefined;
    if (isSeq(tracks)) tracks.flow = true;
  }
}
