import { defineLadderRule } from "../define-rule.js";
import { judgedLadder } from "../judged.js";
import { levelPath } from "../paths.js";

/** A promotion raises the band; a branch or convergence never lowers it. */
export const bandOrder = defineLadderRule({
  id: "band-order",
  meta: {
    description: "Along a promotion on the same track the band rises; across a branch or convergence it does not fall.",
    severity: "error",
    messages: {
      promotion: "band {{toBand}} of '{{to}}' must be higher than band {{fromBand}} of '{{from}}', the level below it",
      link: "band {{toBand}} of '{{to}}' is lower than band {{fromBand}} of '{{from}}', which it is reached from by a {{kind}}",
    },
  },
  check({ ladder, report }) {
    // Broken links and repeated level ids are other rules' reports, not bands out of order.
    for (const move of judgedLadder(ladder).moves) {
      if (move.kind === "switch") continue;
      const from = ladder.levelById.get(move.from)!;
      const to = ladder.levelById.get(move.to)!;
      const wrong = move.kind === "promotion" ? to.band <= from.band : to.band < from.band;
      if (wrong)
        report({
          messageId: move.kind === "promotion" ? "promotion" : "link",
          data: { from: from.id, to: to.id, fromBand: from.band, toBand: to.band, kind: move.kind },
          path: [...levelPath(ladder.source, to.id), "band"],
        });
    }
  },
});
