import { didYouMean } from "../../load/suggest.js";
import { defineProfileRule } from "../define-rule.js";

/** The profile's current and target levels are levels of its ladder. */
export const profileLevel = defineProfileRule({
  id: "profile-level",
  meta: {
    description: "A profile's level and target are levels of its ladder.",
    severity: "error",
    messages: { unknown: "{{field}} '{{level}}' is not a level of ladder '{{ladder}}'" },
  },
  check({ ladder, profile, report }) {
    const ids = ladder.levels.map((l) => l.id);
    for (const field of ["level", "target"] as const) {
      const id = profile[field];
      if (id !== undefined && !ladder.levelById.has(id))
        report({ messageId: "unknown", data: { field, level: id, ladder: ladder.id }, path: [field], suggestion: didYouMean(id, ids) });
    }
  },
});
