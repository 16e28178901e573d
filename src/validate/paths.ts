import type { PathKey } from "../diagnostic.js";
import type { Ladder } from "../model/ladder.js";
import type { Level, Track } from "../model/track.js";

/** A level as written, with where it sits. */
export interface LevelSite {
  readonly level: Level;
  readonly track: Track;
  readonly path: readonly PathKey[];
  /**
   * Whether an earlier track has the id of this level's track. Which track the level belongs to is
   * then the open question, which `unique-id` reports: rules that judge a level by its track skip it.
   */
  readonly repeatsTrack: boolean;
  /** Whether an earlier level has this level's id: the id then means the earlier one (see `unique-id`). */
  readonly repeatsLevel: boolean;
}

interface Sites {
  readonly all: readonly LevelSite[];
  /** The first site of each level id. */
  readonly byId: ReadonlyMap<string, LevelSite>;
}

// Many rules ask for the sites, and some for a level's path once per level or per expectation:
// built once per ladder, not per call, so the rules stay linear in the ladder's size.
const cache = new WeakMap<Ladder, Sites>();

function sitesOf(ladder: Ladder): Sites {
  let sites = cache.get(ladder);
  if (sites === undefined) {
    const firstTrack = new Map<string, number>();
    ladder.tracks.forEach((track, t) => {
      if (!firstTrack.has(track.id)) firstTrack.set(track.id, t);
    });
    const byId = new Map<string, LevelSite>();
    const all = ladder.tracks.flatMap((track, t) =>
      track.levels.map((level, l): LevelSite => {
        const site = { level, track, path: ["tracks", t, "levels", l], repeatsTrack: firstTrack.get(track.id) !== t, repeatsLevel: byId.has(level.id) };
        if (!site.repeatsLevel) byId.set(level.id, site);
        return site;
      }),
    );
    sites = { all, byId };
    cache.set(ladder, sites);
  }
  return sites;
}

/** Every level of a ladder as written, with its path, in ladder order (duplicates included). */
export function levelSites(ladder: Ladder): readonly LevelSite[] {
  return sitesOf(ladder).all;
}

/** The path of the first level with an id (where a rule reports about a resolved level). */
export function levelPath(ladder: Ladder, id: string): readonly PathKey[] {
  return sitesOf(ladder).byId.get(id)?.path ?? ["tracks"];
}

/** The path of a level's own expectation of a competency, or of the level when it inherits it. */
export function expectationPath(ladder: Ladder, levelId: string, competency: string): readonly PathKey[] {
  const site = sitesOf(ladder).byId.get(levelId);
  if (!site) return ["tracks"];
  return site.level.expectations && Object.hasOwn(site.level.expectations, competency)
    ? [...site.path, "expectations", competency]
    : site.path;
}
