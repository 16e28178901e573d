import { defineProfileRule } from "../define-rule.js";

/** A detailed rating says something, and does not say two contradicting things. */
export const profileRating = defineProfileRule({
  id: "profile-rating",
  meta: {
    description: "A detailed rating has a step or a status, not neither and not a status beside an agreed step.",
    severity: "warning",
    messages: {
      empty: "rating of '{{competency}}' has no agreed, manager or self step and no status: it counts as unassessed",
      contradiction: "rating of '{{competency}}' has both an agreed step and status '{{status}}': the status wins and the step is ignored",
    },
  },
  check({ profile, report }) {
    for (const [competency, rating] of Object.entries(profile.ratings)) {
      if (typeof rating === "string") continue;
      const hasStep = rating.agreed !== undefined || rating.manager !== undefined || rating.self !== undefined;
      if (!hasStep && rating.status === undefined)
        report({ messageId: "empty", data: { competency }, path: ["ratings", competency] });
      if (rating.agreed !== undefined && rating.status !== undefined)
        report({ messageId: "contradiction", data: { competency, status: rating.status }, path: ["ratings", competency, "status"] });
    }
  },
});
