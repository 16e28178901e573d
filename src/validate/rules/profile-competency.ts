import { didYouMean } from "../../load/suggest.js";
import { defineProfileRule } from "../define-rule.js";

/** Ratings and goals name competencies of the ladder. */
export const profileCompetency = defineProfileRule({
  id: "profile-competency",
  meta: {
    description: "A profile rates, and sets goals for, competencies of its ladder only.",
    severity: "error",
    messages: { unknown: "competency '{{competency}}' is not in ladder '{{ladder}}'" },
  },
  check({ ladder, profile, report }) {
    const ids = ladder.competencies.map((c) => c.id);
    // `at: "key"` for a rating, whose competency is its key; a goal's competency is a value.
    const check = (competency: string, path: Array<string | number>, at?: "key") => {
      if (!ladder.competencyById.has(competency))
        report({ messageId: "unknown", data: { competency, ladder: ladder.id }, path, at, suggestion: didYouMean(competency, ids) });
    };
    for (const competency of Object.keys(profile.ratings)) check(competency, ["ratings", competency], "key");
    profile.goals?.forEach((goal, g) => {
      if (goal.competency !== undefined) check(goal.competency, ["goals", g, "competency"]);
    });
  },
});
