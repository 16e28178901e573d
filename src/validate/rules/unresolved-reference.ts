import { didYouMean } from "../../load/suggest.js";
import { defineLadderRule } from "../define-rule.js";
import { levelSites } from "../paths.js";

/** Every reference to a category, track, level or competency names one that exists. */
export const unresolvedReference = defineLadderRule({
  id: "unresolved-reference",
  meta: {
    description: "Every reference to a category, track, level or competency resolves.",
    severity: "error",
    messages: { missing: "{{kind}} '{{id}}' does not exist" },
  },
  check({ ladder, report }) {
    const source = ladder.source;
    const check = (kind: string, id: string, known: Iterable<string>, path: Array<string | number>) => {
      const ids = [...known];
      if (!ids.includes(id)) report({ messageId: "missing", data: { kind, id }, path, suggestion: didYouMean(id, ids) });
    };
    const categories = source.categories.map((c) => c.id);
    const trackIds = source.tracks.map((t) => t.id);
    const levelIds = levelSites(source).map((s) => s.level.id);
    source.competencies.forEach((competency, c) => {
      check("category", competency.category, categories, ["competencies", c, "category"]);
      competency.tracks?.forEach((track, t) => check("track", track, trackIds, ["competencies", c, "tracks", t]));
    });
    source.tracks.forEach((track, t) => {
      if (track.branchesFrom !== undefined) check("level", track.branchesFrom, levelIds, ["tracks", t, "branchesFrom"]);
      if (track.leadsTo !== undefined) check("level", track.leadsTo, levelIds, ["tracks", t, "leadsTo"]);
    });
    for (const site of levelSites(source))
      for (const id of Object.keys(site.level.expectations ?? {}))
        check("competency", id, ladder.competencyById.keys(), [...site.path, "expectations", id]);
  },
});
