import { movesFrom } from "../../model/graph.js";
import { defineLadderRule } from "../define-rule.js";
import { judgedLadder, soundLink } from "../judged.js";
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
    const out = movesFrom(judgedLadder(ladder));
    // The top level of a track whose leadsTo is broken has a promotion, to a level still to be named
    // (`unresolved-reference` and `track-link` say which): whether it is a top is not known.
    const unknown = new Set<string | undefined>();
    for (const track of ladder.source.tracks)
      if (track.leadsTo !== undefined && !soundLink(ladder, track.id, track.leadsTo)) unknown.add(track.levels.at(-1)?.id);
    for (const level of ladder.levels) {
      if (unknown.has(level.id)) continue;
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
