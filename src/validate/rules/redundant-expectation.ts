import { defineLadderRule } from "../define-rule.js";
import { judgedLadder } from "../judged.js";
import { levelSites } from "../paths.js";

/** Restating an inherited step hides what actually changes at a level. */
export const redundantExpectation = defineLadderRule({
  id: "redundant-expectation",
  meta: {
    description: "A level does not restate an inherited expectation unchanged (same step and same words, with no description of its own).",
    severity: "info",
    messages: { redundant: "'{{competency}}' restates '{{step}}', already inherited from '{{from}}'; it can be left out" },
  },
  check({ ladder, report }) {
    for (const site of levelSites(ladder.source)) {
      // A broken branchesFrom is not inherited from (see judgedLadder).
      const track = judgedLadder(ladder).trackById.get(site.track.id);
      const position = site.path[3] as number;
      const previousId = position > 0 ? site.track.levels[position - 1]!.id : track?.branchesFrom;
      const previous = previousId === undefined ? undefined : ladder.levelById.get(previousId);
      if (!previous) continue;
      for (const [competency, written] of Object.entries(site.level.expectations ?? {})) {
        // A long form with words of its own says something new; without them it is the short form.
        if (typeof written !== "string" && written.description !== undefined) continue;
        const step = typeof written === "string" ? written : written.step;
        const inherited = previous.expectations.get(competency);
        // Written, it says the competency's words for the step (see resolveLadder); left out, the
        // level would inherit the words of the level below, which may be that level's own or an
        // ancestor's. Only where step and words are both the same does leaving it out change nothing.
        const words = ladder.competencyById.get(competency)?.steps?.[step];
        if (inherited?.step === step && inherited.description === words)
          report({ messageId: "redundant", data: { competency, step, from: previous.id }, path: [...site.path, "expectations", competency] });
      }
    }
  },
});
