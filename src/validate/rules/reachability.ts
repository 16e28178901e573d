import { entryLevels, reachableFrom } from "../../model/graph.js";
import { defineLadderRule } from "../define-rule.js";
import { judgedLadder } from "../judged.js";
import { levelPath } from "../paths.js";

/** Every level can be reached by promotions from a level people are hired into. */
export const reachability = defineLadderRule({
  id: "reachability",
  meta: {
    description: "Every level is reachable by promotions from an entry level (the first level of a track that nothing leads into).",
    severity: "error",
    messages: {
      unreachable: "level '{{level}}' cannot be reached by promotions from any entry level ({{entries}})",
      noEntry: "the ladder has no entry level: every track branches from or is led into by another",
    },
  },
  check({ ladder, report }) {
    // A track whose branch or convergence is broken is taken as not linked there (see judgedLadder).
    const judged = judgedLadder(ladder);
    const entries = entryLevels(judged);
    if (entries.length === 0) {
      report({ messageId: "noEntry", path: ["tracks"] });
      return;
    }
    const reached = reachableFrom(judged, entries);
    for (const level of ladder.levels)
      if (!reached.has(level.id))
        report({
          messageId: "unreachable",
          data: { level: level.id, entries: entries.map((e) => `'${e}'`).join(", ") },
          path: levelPath(ladder.source, level.id),
        });
  },
});
