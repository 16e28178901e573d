import type { PathKey } from "../../diagnostic.js";
import { formatPath } from "../../diagnostic.js";
import { defineLadderRule } from "../define-rule.js";
import { levelSites } from "../paths.js";

/** Ids are unique within their kind, so every reference means one thing. */
export const uniqueId = defineLadderRule({
  id: "unique-id",
  meta: {
    description: "Ids are unique within their kind: scale steps, categories, competencies, tracks and levels.",
    severity: "error",
    messages: { duplicate: "duplicate {{kind}} id '{{id}}': already used at {{first}}" },
  },
  check({ ladder, report }) {
    const source = ladder.source;
    const kinds: Array<[string, Array<[string, PathKey[]]>]> = [
      ["scale step", source.scale.map((s, i) => [s.id, ["scale", i, "id"]])],
      ["category", source.categories.map((c, i) => [c.id, ["categories", i, "id"]])],
      ["competency", source.competencies.map((c, i) => [c.id, ["competencies", i, "id"]])],
      ["track", source.tracks.map((t, i) => [t.id, ["tracks", i, "id"]])],
      ["level", levelSites(source).map((s) => [s.level.id, [...s.path, "id"]])],
    ];
    for (const [kind, entries] of kinds) {
      const first = new Map<string, PathKey[]>();
      for (const [id, path] of entries) {
        const seen = first.get(id);
        if (seen) report({ messageId: "duplicate", data: { kind, id, first: formatPath(seen) }, path });
        else first.set(id, path);
      }
    }
  },
});
