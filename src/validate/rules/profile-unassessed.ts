import { defineProfileRule } from "../define-rule.js";

/** Competencies the current level expects but nobody rated show up as unassessed in every gap report. */
export const profileUnassessed = defineProfileRule({
  id: "profile-unassessed",
  meta: {
    description: "A profile rates every competency its current level expects (or marks it not applicable).",
    severity: "info",
    messages: { unassessed: "no rating for {{competencies}}, expected at '{{level}}'" },
  },
  check({ ladder, profile, report }) {
    const level = ladder.levelById.get(profile.level);
    if (!level) return;
    const missing = [...level.expectations.keys()].filter((id) => !Object.hasOwn(profile.ratings, id));
    if (missing.length > 0)
      report({
        messageId: "unassessed",
        data: { competencies: missing.map((id) => `'${id}'`).join(", "), level: level.id },
        path: ["ratings"],
      });
  },
});
