import { didYouMean } from "../../load/suggest.js";
import { defineLadderRule } from "../define-rule.js";
import { misspeltCompetencies } from "../misspelt.js";
import { levelSites } from "../paths.js";

/** Every reference to a category, track, level or competency names one that exists. */
export const unresolvedReference = defineLadderRule({
  id: "unresolved-reference",
  meta: {
    description: "Every reference to a category, track, level or competency resolves.",
    severity: "error",
    messages: {
      missing: "{{kind}} '{{id}}' does not exist",
      misspeltDefinition: "levels expect competency '{{id}}', which does not exist, and no level expects '{{defined}}'",
    },
  },
  check({ ladder, report }) {
    const source = ladder.source;
    // Sets, so that each look-up is constant time: a ladder holds thousands of expectations. A Set
    // keeps the first of equal ids in list order, so "did you mean" picks as it did from the list.
    // `at: "key"` for an id written as a key (an expectation's competency), not as a value.
    const check = (kind: string, id: string, known: ReadonlySet<string>, path: Array<string | number>, at?: "key") => {
      if (!known.has(id)) report({ messageId: "missing", data: { kind, id }, path, at, suggestion: didYouMean(id, known) });
    };
    const categories = new Set(source.categories.map((c) => c.id));
    const trackIds = new Set(source.tracks.map((t) => t.id));
    const levelIds = new Set(levelSites(source).map((s) => s.level.id));
    const competencyIds = new Set(ladder.competencyById.keys());
    source.competencies.forEach((competency, c) => {
      check("category", competency.category, categories, ["competencies", c, "category"]);
      competency.tracks?.forEach((track, t) => check("track", track, trackIds, ["competencies", c, "tracks", t]));
    });
    source.tracks.forEach((track, t) => {
      if (track.branchesFrom !== undefined) check("level", track.branchesFrom, levelIds, ["tracks", t, "branchesFrom"]);
      if (track.leadsTo !== undefined) check("level", track.leadsTo, levelIds, ["tracks", t, "leadsTo"]);
    });
    // A competency whose own id is misspelt: said once, at its id, with the id the levels use.
    const misspelt = misspeltCompetencies(ladder);
    for (const [defined, id] of misspelt) {
      const c = source.competencies.findIndex((competency) => competency.id === defined);
      report({ messageId: "misspeltDefinition", data: { id, defined }, path: ["competencies", c, "id"], suggestion: id });
    }
    const used = new Set(misspelt.values());
    for (const site of levelSites(source))
      for (const id of Object.keys(site.level.expectations ?? {}))
        // Tested here too so that the path is built only for a miss, not for each of thousands of expectations.
        if (!competencyIds.has(id) && !used.has(id)) check("competency", id, competencyIds, [...site.path, "expectations", id], "key");
  },
});
