import { defineLadderRule } from "../define-rule.js";
import { drops } from "../drops.js";
import { judgedLadder } from "../judged.js";
import { expectationPath } from "../paths.js";

/** Moving into a branch or a convergence level may ask less of a competency, but say so. */
export const branchExpectationDrop = defineLadderRule({
  id: "branch-expectation-drop",
  meta: {
    description: "Across a branch or convergence, an expectation that decreases is reported.",
    severity: "warning",
    messages: {
      drop: "'{{competency}}' drops from '{{fromStep}}' at '{{from}}' to '{{toStep}}' at '{{to}}' across a {{kind}}",
    },
  },
  check({ ladder, report }) {
    for (const kind of ["branch", "convergence"] as const)
      for (const drop of drops(judgedLadder(ladder), [kind]))
        report({
          messageId: "drop",
          data: { competency: drop.competency, from: drop.from.id, to: drop.to.id, fromStep: drop.fromStep, toStep: drop.toStep, kind },
          path: expectationPath(ladder.source, drop.to.id, drop.competency),
        });
  },
});
