import type { PathKey } from "../diagnostic.js";
import type { Ladder } from "../model/ladder.js";
import type { Level, Track } from "../model/track.js";

/** A level as written, with where it sits. */
export interface LevelSite {
  readonly level: Level;
  readonly track: Track;
  readonly path: readonly PathKey[];
}

/** Every level of a ladder as written, with its path, in ladder order (duplicates included). */
export function levelSites(ladder: Ladder): LevelSite[] {
  return ladder.tracks.flatMap((track, t) =>
    track.levels.map((level, l) => ({ level, track, path: ["tracks", t, "levels", l] as const })),
  );
}

/** The path of the first level with an id (where a rule reports about a resolved level). */
export function levelPath(ladder: Ladder, id: string): readonly PathKey[] {
  return levelSites(ladder).find((site) => site.level.id === id)?.path ?? ["tracks"];
}

/** The path of a level's own expectation of a competency, or of the level when it inherits it. */
export function expectationPath(ladder: Ladder, levelId: string, competency: string): readonly PathKey[] {
  const site = levelSites(ladder).find((s) => s.level.id === levelId);
  if (!site) return ["tracks"];
  return site.level.expectations && Object.hasOwn(site.level.expectations, competency)
    ? [...site.path, "expectations", competency]
    : site.path;
}
