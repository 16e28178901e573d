import { formatPath } from "../../diagnostic.js";
import { defineLadderRule } from "../define-rule.js";
import { levelSites } from "../paths.js";

/** Two levels with one title cannot be told apart on a business card or in a report. */
export const duplicateTitle = defineLadderRule({
  id: "duplicate-title",
  meta: {
    description: "Level titles are unique.",
    severity: "warning",
    messages: { duplicate: "title '{{title}}' is already used at {{first}}" },
  },
  check({ ladder, report }) {
    const first = new Map<string, string>();
    for (const site of levelSites(ladder.source)) {
      const key = site.level.title.trim().toLowerCase();
      const seen = first.get(key);
      if (seen) report({ messageId: "duplicate", data: { title: site.level.title, first: seen }, path: [...site.path, "title"] });
      else first.set(key, formatPath(site.path));
    }
  },
});
