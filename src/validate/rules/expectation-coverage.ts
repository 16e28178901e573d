import type { ResolvedCompetency } from "../../model/resolved.js";
import { defineLadderRule } from "../define-rule.js";
import { unknownInheritance } from "../judged.js";
import { misspeltCompetencies } from "../misspelt.js";
import { levelSites } from "../paths.js";

/** Lists ids, the first few in full: a level missing thirty expectations needs no thirty-item line. */
function list(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => `'${id}'`).join(", ");
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/** After inheritance, every level expects every competency that applies to its track. */
export const expectationCoverage = defineLadderRule({
  id: "expectation-coverage",
  meta: {
    description: "After inheritance, every level has an expectation for every competency that applies to its track.",
    severity: "error",
    messages: { missing: "level '{{level}}' has no expectation for {{competencies}}" },
  },
  check({ ladder, report }) {
    // The competencies of each track, once per track rather than once per level.
    const applicable = new Map<string, ResolvedCompetency[]>();
    for (const track of ladder.source.tracks)
      if (!applicable.has(track.id)) applicable.set(track.id, ladder.competencies.filter((c) => c.appliesTo.includes(track.id)));
    // A track that branches from a level not named yet inherits what that level will expect.
    const unknown = unknownInheritance(ladder);
    // A competency whose definition misspells the id the levels expect it by: unresolved-reference says so.
    const misspelt = misspeltCompetencies(ladder);
    for (const site of levelSites(ladder.source)) {
      if (unknown.has(site.track.id)) continue;
      const level = ladder.levelById.get(site.level.id);
      // A level whose id an earlier level already took, or under a track whose id an earlier track
      // took, is the `unique-id` rule's business.
      if (!level || level.position !== site.path[3] || level.track !== site.track.id || site.repeatsTrack) continue;
      const missing = applicable.get(site.track.id)!.filter((c) => !level.expectations.has(c.id) && !misspelt.has(c.id)).map((c) => c.id);
      if (missing.length > 0)
        report({
          messageId: "missing",
          data: { level: level.id, competencies: list(missing) },
          path: site.level.expectations ? [...site.path, "expectations"] : site.path,
        });
    }
  },
});
