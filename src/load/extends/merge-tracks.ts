import type { PathKey } from "../../diagnostic.js";
import type { LevelPatch, TrackPatch } from "../../model/extension.js";
import type { Ladder } from "../../model/ladder.js";
import type { Level, Track } from "../../model/track.js";
import { isComplete, matchById, overlay, overlayRecord, patchError, slotId, type MergeContext, type Plain, type Slot } from "./patch.js";
import type { Removals } from "./removals.js";

type LevelSlot = Slot<Level, LevelPatch>;

const LEVEL_FIELDS = ["title", "band", "summary"] as const;

/** A base level's expectations less what is removed: the competencies removed, and the expectations named. */
function keptExpectations(level: Level, removed: Removals): Plain | undefined {
  if (level.expectations === undefined) return undefined;
  const named = removed.expectations.get(level.id);
  return Object.fromEntries(Object.entries(level.expectations).filter(([id]) => !removed.competencies.has(id) && !named?.has(id)));
}

/** Moves the levels whose patch says `after` or `before` next to the level it names on the same track. */
function position(ctx: MergeContext, slots: LevelSlot[], ext: readonly PathKey[]): LevelSlot[] {
  const ordered = [...slots];
  for (const slot of slots) {
    const patch = slot.patch;
    if (!patch || (patch.item.after === undefined && patch.item.before === undefined)) continue;
    const at = [...ext, patch.index];
    if (patch.item.after !== undefined && patch.item.before !== undefined) {
      patchError(ctx, [...at, "before"], `level '${patch.item.id}' says both 'after' and 'before': write one`);
      continue;
    }
    const [key, target] = patch.item.after !== undefined ? (["after", patch.item.after] as const) : (["before", patch.item.before!] as const);
    const others = ordered.filter((s) => s !== slot).map(slotId);
    if (!others.includes(target)) {
      patchError(ctx, [...at, key], `'${key}: ${target}' names no other level of this track`, target, others);
      continue;
    }
    ordered.splice(ordered.indexOf(slot), 1);
    const index = ordered.findIndex((s) => slotId(s) === target);
    ordered.splice(key === "after" ? index + 1 : index, 0, slot);
  }
  return ordered;
}

/** The levels of one track: the base's (less those removed), overridden, added and moved by the patch. */
function mergeLevels(ctx: MergeContext, base: Ladder, removed: Removals, track: { base?: Track; baseIndex?: number; patch?: TrackPatch; patchIndex?: number }, merged: readonly PathKey[]): Plain[] {
  const ext: PathKey[] = ["tracks", track.patchIndex ?? -1, "levels"];
  const trackOf = new Map(base.tracks.flatMap((t) => t.levels.map((l) => [l.id, t.id] as const)));
  const accept = (patch: LevelPatch, index: number): boolean => {
    const home = trackOf.get(patch.id);
    if (home === undefined || home === track.base?.id || removed.levels.has(patch.id)) return true;
    patchError(ctx, [...ext, index, "id"], `level '${patch.id}' is on track '${home}' in the base ladder: override it under that track`);
    return false;
  };
  const slots = matchById<Level, LevelPatch>(ctx, "level", track.base?.levels ?? [], removed.levels, track.patch?.levels, ext, accept).filter(
    (slot) => slot.base || isComplete(ctx, "level", slot.patch!.item, LEVEL_FIELDS, [...ext, slot.patch!.index], trackOf.keys()),
  );
  return position(ctx, slots, ext).map((slot, m) => {
    const at = {
      merged: [...merged, m],
      base: slot.base ? ["tracks", track.baseIndex!, "levels", slot.base.index] : undefined,
      ext: [...ext, slot.patch?.index ?? -1],
    };
    const level = overlay(ctx, slot.base?.item, slot.patch?.item, at, ["after", "before", "expectations"]);
    const baseExpectations = slot.base ? keptExpectations(slot.base.item, removed) : undefined;
    const expectations = overlayRecord(ctx, baseExpectations, slot.patch?.item.expectations, { merged: [...at.merged, "expectations"], ext: [...at.ext, "expectations"] }, slot.base !== undefined);
    if (expectations === undefined) delete level.expectations;
    else level.expectations = expectations;
    return level;
  });
}

/**
 * The tracks of the merged ladder: the base's (less those removed), each overridden field by field
 * with its levels merged by id, then the new tracks. A new track, and a new level, must be complete.
 */
export function mergeTracks(ctx: MergeContext, base: Ladder, patches: readonly TrackPatch[] | undefined, removed: Removals): Plain[] {
  const slots = matchById<Track, TrackPatch>(ctx, "track", base.tracks, removed.tracks, patches, ["tracks"]).filter(
    (slot) => slot.base || isComplete(ctx, "track", slot.patch!.item, ["name", "kind", "levels"], ["tracks", slot.patch!.index], base.tracks.map((t) => t.id)),
  );
  return slots.map((slot, m) => {
    const at = { merged: ["tracks", m], base: slot.base ? ["tracks", slot.base.index] : undefined, ext: ["tracks", slot.patch?.index ?? -1] };
    const track = overlay(ctx, slot.base?.item, slot.patch?.item, at, ["levels"]);
    const where = { base: slot.base?.item, baseIndex: slot.base?.index, patch: slot.patch?.item, patchIndex: slot.patch?.index };
    track.levels = mergeLevels(ctx, base, removed, where, [...at.merged, "levels"]);
    return track;
  });
}
