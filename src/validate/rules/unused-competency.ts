import { defineLadderRule } from "../define-rule.js";
import { misspeltCompetencies } from "../misspelt.js";

/** A competency that no level expects is assessed nowhere: usually a forgotten track list. */
export const unusedCompetency = defineLadderRule({
  id: "unused-competency",
  meta: {
    description: "Every competency is expected by at least one level.",
    severity: "warning",
    messages: { unused: "no level expects competency '{{competency}}'" },
  },
  check({ ladder, report }) {
    const expected = new Set<string>();
    for (const level of ladder.levels) for (const id of level.expectations.keys()) expected.add(id);
    // Expected under the id its definition misspells: unresolved-reference says so.
    const misspelt = misspeltCompetencies(ladder);
    ladder.source.competencies.forEach((competency, c) => {
      if (!expected.has(competency.id) && !misspelt.has(competency.id)) report({ messageId: "unused", data: { competency: competency.id }, path: ["competencies", c, "id"] });
    });
  },
});
