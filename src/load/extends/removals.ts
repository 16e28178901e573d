import type { Ladder } from "../../model/ladder.js";
import type { LadderExtension } from "../../model/extension.js";
import { patchError, type MergeContext } from "./patch.js";

/** What an extending ladder removes, checked against its base. */
export interface Removals {
  readonly categories: ReadonlySet<string>;
  readonly competencies: ReadonlySet<string>;
  readonly tracks: ReadonlySet<string>;
  readonly levels: ReadonlySet<string>;
  /** Per level id, the competencies whose written expectation is removed. */
  readonly expectations: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The ids of a list the extending file names for removal, each checked to be one of the base's. */
function idsOf(ctx: MergeContext, kind: "categories" | "competencies" | "tracks" | "levels", ids: readonly string[] | undefined, known: readonly string[]): Set<string> {
  const found = new Set<string>();
  const singular = { categories: "category", competencies: "competency", tracks: "track", levels: "level" }[kind];
  ids?.forEach((id, index) => {
    if (known.includes(id)) found.add(id);
    else patchError(ctx, ["remove", kind, index], `cannot remove ${singular} '${id}': the base ladder has none`, id, known);
  });
  return found;
}

/**
 * The ids of `remove:`, each checked against the base ladder (a "did you mean" for a near miss). A
 * category removed takes its competencies with it, unless the extending file moves one to another
 * category; a competency removed takes every level's expectation of it (see `mergeTracks`).
 */
export function removals(ctx: MergeContext, base: Ladder, ext: LadderExtension): Removals {
  const remove = ext.remove ?? {};
  const levels = base.tracks.flatMap((track) => track.levels);
  const categories = idsOf(ctx, "categories", remove.categories, base.categories.map((c) => c.id));
  const competencies = idsOf(ctx, "competencies", remove.competencies, base.competencies.map((c) => c.id));
  for (const competency of base.competencies) {
    const moved = ext.competencies?.find((patch) => patch.id === competency.id)?.category;
    if (categories.has(moved ?? competency.category)) competencies.add(competency.id);
  }
  const expectations = new Map<string, Set<string>>();
  for (const [levelId, ids] of Object.entries(remove.expectations ?? {})) {
    const level = levels.find((l) => l.id === levelId);
    if (!level) {
      patchError(ctx, ["remove", "expectations", levelId], `cannot remove expectations of level '${levelId}': the base ladder has none`, levelId, levels.map((l) => l.id));
      continue;
    }
    const written = Object.keys(level.expectations ?? {});
    const found = new Set<string>();
    ids.forEach((id, index) => {
      if (written.includes(id)) found.add(id);
      else patchError(ctx, ["remove", "expectations", levelId, index], `level '${levelId}' writes no expectation of '${id}' in the base ladder`, id, written);
    });
    expectations.set(levelId, found);
  }
  return {
    categories,
    competencies,
    tracks: idsOf(ctx, "tracks", remove.tracks, base.tracks.map((t) => t.id)),
    levels: idsOf(ctx, "levels", remove.levels, levels.map((l) => l.id)),
    expectations,
  };
}
