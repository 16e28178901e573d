import type { ResolvedLadder } from "../model/resolved.js";
import { caseAssociations } from "./associations.js";
import { caseContext } from "./context.js";
import { caseItems, itemTypes } from "./items.js";
import { caseRubrics } from "./rubrics.js";
import type { CaseOptions, CasePackage } from "./types.js";

/**
 * A ladder as a 1EdTech CASE 1.1 package (CFPackage): the CFDocument; CFItems for tracks, levels,
 * categories and competencies; CFAssociations for the hierarchy (`isChildOf`), the order of
 * levels (`precedes`) and equal bands across tracks (`isPeerOf`); a CFRubric per level for its
 * expectations. Identifiers are UUIDv5 of the ladder id, the kind and the id, so they stay the
 * same across runs and versions; `lastChangeDateTime` comes from `options.lastChange` or the
 * year the ladder's version starts with (`1970` for a version such as `1.2.0`: give
 * `lastChange` then), never the clock. Serialise it with `JSON.stringify(pkg, null, 2)`.
 *
 * @example
 * const pkg = ladderToCase(ladder, { lastChange: "2026-04-01", baseUri: "https://ladders.example.com/case/" });
 * await writeFile("ladder.case.json", `${JSON.stringify(pkg, null, 2)}\n`);
 */
export function ladderToCase(ladder: ResolvedLadder, options: CaseOptions = {}): CasePackage {
  const ctx = caseContext(ladder, options);
  const description = ladder.source.description;
  return {
    CFDocument: {
      identifier: ctx.document.identifier,
      uri: ctx.document.uri,
      creator: options.creator ?? "ladderkit",
      title: ladder.name,
      lastChangeDateTime: ctx.time,
      ...(description !== undefined ? { description } : {}),
      version: ladder.version,
      notes: `Exported by ladderkit from ladder '${ladder.id}' (ladderkit/v1).`,
    },
    CFItems: caseItems(ctx),
    CFAssociations: caseAssociations(ctx),
    CFDefinitions: { CFItemTypes: itemTypes(ctx) },
    CFRubrics: caseRubrics(ctx),
  };
}
