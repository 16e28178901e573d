import { defineLadderRule } from "../define-rule.js";

/** A category with no competency is an empty heading in every report. */
export const unusedCategory = defineLadderRule({
  id: "unused-category",
  meta: {
    description: "Every category holds at least one competency.",
    severity: "warning",
    messages: { empty: "category '{{category}}' holds no competency" },
  },
  check({ ladder, report }) {
    const used = new Set(ladder.competencies.map((c) => c.category));
    ladder.source.categories.forEach((category, i) => {
      if (!used.has(category.id)) report({ messageId: "empty", data: { category: category.id }, path: ["categories", i, "id"] });
    });
  },
});
