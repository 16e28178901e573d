import { defineLadderRule } from "../define-rule.js";
import { levelSites } from "../paths.js";

/** A level only sets expectations for competencies that apply to its track. */
export const expectationNotApplicable = defineLadderRule({
  id: "expectation-not-applicable",
  meta: {
    description: "A level sets expectations only for competencies that apply to its track.",
    severity: "error",
    messages: {
      notApplicable: "competency '{{competency}}' does not apply to track '{{track}}' (it applies to {{tracks}}); add the track to its tracks or remove this expectation",
    },
  },
  check({ ladder, report }) {
    for (const site of levelSites(ladder.source)) {
      // Under a track whose id an earlier track took, which track applies is the `unique-id` rule's business.
      if (site.repeatsTrack) continue;
      for (const id of Object.keys(site.level.expectations ?? {})) {
        const competency = ladder.competencyById.get(id);
        if (competency && !competency.appliesTo.includes(site.track.id))
          report({
            messageId: "notApplicable",
            data: { competency: id, track: site.track.id, tracks: competency.appliesTo.map((t) => `'${t}'`).join(", ") },
            path: [...site.path, "expectations", id],
            // About the competency, the key, whether the expectation is a step or a mapping.
            at: "key",
          });
      }
    }
  },
});
