import { defineLadderRule } from "../define-rule.js";

/** A fork grows out of another track, and a convergence leads into another track. */
export const trackLink = defineLadderRule({
  id: "track-link",
  meta: {
    description: "branchesFrom and leadsTo point at a level on another track.",
    severity: "error",
    messages: {
      branch: "track '{{track}}' branches from its own level '{{level}}'; a branch grows out of another track",
      converge: "track '{{track}}' leads to its own level '{{level}}'; a convergence leads into another track",
    },
  },
  check({ ladder, report }) {
    ladder.source.tracks.forEach((track, t) => {
      const own = (id: string | undefined) => id !== undefined && ladder.levelById.get(id)?.track === track.id;
      if (own(track.branchesFrom))
        report({ messageId: "branch", data: { track: track.id, level: track.branchesFrom! }, path: ["tracks", t, "branchesFrom"] });
      if (own(track.leadsTo))
        report({ messageId: "converge", data: { track: track.id, level: track.leadsTo! }, path: ["tracks", t, "leadsTo"] });
    });
  },
});
