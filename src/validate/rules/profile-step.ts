import { didYouMean } from "../../load/suggest.js";
import { defineProfileRule } from "../define-rule.js";

/** Every rating is a step of the ladder's scale. */
export const profileStep = defineProfileRule({
  id: "profile-step",
  meta: {
    description: "Agreed, manager and self ratings are steps of the ladder's scale.",
    severity: "error",
    messages: { offScale: "rating '{{step}}' is not on the scale of ladder '{{ladder}}' ({{steps}})" },
  },
  check({ ladder, profile, report }) {
    const steps = ladder.scale.map((s) => s.id);
    const check = (step: string | undefined, path: Array<string | number>) => {
      if (step !== undefined && !ladder.stepById.has(step))
        report({
          messageId: "offScale",
          data: { step, ladder: ladder.id, steps: steps.join(", ") },
          path,
          suggestion: didYouMean(step, steps),
        });
    };
    for (const [competency, rating] of Object.entries(profile.ratings)) {
      if (typeof rating === "string") check(rating, ["ratings", competency]);
      else for (const source of ["agreed", "manager", "self"] as const) check(rating[source], ["ratings", competency, source]);
    }
  },
});
