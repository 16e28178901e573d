import { movesFrom } from "../../model/graph.js";
import { defineLadderRule } from "../define-rule.js";
import { levelPath } from "../paths.js";

/** Only the levels declared `top: true` end a career path, and those do end it. */
export const declaredTop = defineLadderRule({
  id: "declared-top",
  meta: {
    description: "Exactly the levels declared `top: true` have no promotion.",
    severity: "error",
    messages: {
      deadEnd: "level '{{level}}' has no promotion; mark it `top: true` if it is meant to be a top level",
      notTop: "level '{{level}}' is declared top but is promoted into {{next}}",
    },
  },
  check({ ladder, report }) {
    const out = movesFrom(ladder);
    for (const level of ladder.levels) {
      const next = out.get(level.id) ?? [];
      const path = levelPath(ladder.source, level.id);
      if (next.length === 0 && !level.top) report({ messageId: "deadEnd", data: { level: level.id }, path });
      if (next.length > 0 && level.top)
        report({
          messageId: "notTop",
          data: { level: level.id, next: next.map((m) => `'${m.to}'`).join(", ") },
          path: [...path, "top"],
        });
    }
  },
});
