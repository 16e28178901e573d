import type { ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import type { LevelRef, StepRef } from "./types.js";

/** Per-ladder lookups that reports use again and again, built once per ladder. */
export interface LadderIndex {
  readonly steps: readonly StepRef[];
  readonly stepRank: ReadonlyMap<string, number>;
  readonly levels: ReadonlyMap<string, LevelRef>;
  /** Competency order in the ladder, for stable tie-breaks. */
  readonly order: ReadonlyMap<string, number>;
}

const cache = new WeakMap<ResolvedLadder, LadderIndex>();

function levelRef(ladder: ResolvedLadder, level: ResolvedLevel): LevelRef {
  const track = ladder.trackById.get(level.track)!;
  return { id: level.id, title: level.title, band: level.band, track: track.id, trackName: track.name, trackKind: track.kind };
}

/** The lookups for a ladder, cached: a resolved ladder is never changed after resolution. */
export function indexOf(ladder: ResolvedLadder): LadderIndex {
  let index = cache.get(ladder);
  if (!index) {
    index = {
      steps: ladder.scale.map((s) => ({ id: s.id, label: s.label, value: s.rank + 1 })),
      stepRank: new Map(ladder.scale.map((s) => [s.id, s.rank])),
      levels: new Map(ladder.levels.map((l) => [l.id, levelRef(ladder, l)])),
      order: new Map(ladder.competencies.map((c, i) => [c.id, i])),
    };
    cache.set(ladder, index);
  }
  return index;
}

/** The level of an id, or a TypeError: asking about a level the ladder lacks is a programming error. */
export function requireLevel(ladder: ResolvedLadder, id: string, what: string): ResolvedLevel {
  const level = ladder.levelById.get(id);
  if (!level) throw new TypeError(`${what} '${id}' is not a level of ladder '${ladder.id}'; validate the profile against the ladder first`);
  return level;
}
