import { defineLadderRule } from "../define-rule.js";
import { expectationPath } from "../paths.js";

/** A gap report says what the expected step looks like; without words there is nothing to say. */
export const missingDescription = defineLadderRule({
  id: "missing-description",
  meta: {
    description: "Every expectation says what it looks like: in its own description or the competency's descriptor for the step.",
    severity: "warning",
    messages: {
      missing: "'{{competency}}' at '{{level}}' expects '{{step}}' but neither the expectation nor the competency describes that step",
    },
  },
  check({ ladder, report }) {
    const seen = new Set<string>();
    for (const level of ladder.levels)
      for (const expectation of level.expectations.values()) {
        if (expectation.description !== undefined || expectation.rank < 0) continue;
        const key = `${expectation.definedAt}\u0000${expectation.competency}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({
          messageId: "missing",
          data: { competency: expectation.competency, level: expectation.definedAt, step: expectation.step },
          path: expectationPath(ladder.source, expectation.definedAt, expectation.competency),
        });
      }
  },
});
