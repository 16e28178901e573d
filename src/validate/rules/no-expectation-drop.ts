import { defineLadderRule } from "../define-rule.js";
import { drops } from "../drops.js";
import { judgedLadder } from "../judged.js";
import { expectationPath } from "../paths.js";

/** A promotion on the same track never asks for less. */
export const noExpectationDrop = defineLadderRule({
  id: "no-expectation-drop",
  meta: {
    description: "Along a promotion on the same track, no expectation decreases.",
    severity: "error",
    messages: {
      drop: "'{{competency}}' drops from '{{fromStep}}' at '{{from}}' to '{{toStep}}' at '{{to}}', a promotion on the same track",
    },
  },
  check({ ladder, report }) {
    for (const drop of drops(judgedLadder(ladder), ["promotion"]))
      report({
        messageId: "drop",
        data: { competency: drop.competency, from: drop.from.id, to: drop.to.id, fromStep: drop.fromStep, toStep: drop.toStep },
        path: expectationPath(ladder.source, drop.to.id, drop.competency),
      });
  },
});
