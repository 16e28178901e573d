import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { MAX_SCALE_STEPS_CAP } from "../load/limits.js";
import { NOT_APPLICABLE, readRatings, UNASSESSED } from "./assess.js";
import { indexOf } from "./refs.js";

// The rating codes are the ones gap analysis reads ratings into (assess.ts); exported from here with the team columns.
export { NOT_APPLICABLE, UNASSESSED };

/**
 * A team in columns: what `analyzeTeam` reads, and what an HR system with a table of ratings can
 * build directly. Person `p`'s rating of competency `c` (in ladder order) is
 * `ratings[p * competencies + c]`: a step rank (0 for the lowest), `UNASSESSED` or `NOT_APPLICABLE`.
 */
export interface EncodedTeam {
  readonly size: number;
  readonly names: readonly string[];
  /** Index of each person's level in `ladder.levels`. */
  readonly levels: Int32Array;
  /** Index of each person's target in `ladder.levels`, or -1 for "the next level or levels". */
  readonly targets: Int32Array;
  readonly ratings: Int8Array;
}

/**
 * A TypeError for a scale whose ranks do not fit in a byte, as `EncodedTeam.ratings` keeps them. The
 * loaders cap scales there (`MAX_SCALE_STEPS_CAP`); a longer one would wrap round without a word.
 */
export function requireByteScale(ladder: ResolvedLadder): void {
  if (ladder.scale.length > MAX_SCALE_STEPS_CAP)
    throw new TypeError(`ladder '${ladder.id}' has ${ladder.scale.length} scale steps; the team view takes at most ${MAX_SCALE_STEPS_CAP}`);
}

/**
 * Encodes profiles into columns for `analyzeTeam`, reading each rating as `analyzeGap` does.
 * Profiles must fit the ladder (validate them first): an unknown level, target, step or status
 * throws a TypeError, as does a scale of more than 127 steps; unknown competencies are ignored.
 *
 * @example
 * const team = encodeTeam(ladder, profiles); // once, then analyse it as often as needed
 * const report = analyzeTeam(ladder, team);
 */
export function encodeTeam(ladder: ResolvedLadder, profiles: readonly Profile[]): EncodedTeam {
  requireByteScale(ladder);
  const index = indexOf(ladder);
  const levelIndex = new Map(ladder.levels.map((l, i) => [l.id, i]));
  const count = ladder.competencies.length;
  const ratings = new Int8Array(profiles.length * count);
  const levels = new Int32Array(profiles.length);
  const targets = new Int32Array(profiles.length);
  profiles.forEach((profile, p) => {
    const level = levelIndex.get(profile.level);
    if (level === undefined) throw new TypeError(`level '${profile.level}' of ${profile.person.name} is not in ladder '${ladder.id}'`);
    levels[p] = level;
    const target = profile.target === undefined ? -1 : levelIndex.get(profile.target);
    if (target === undefined) throw new TypeError(`target '${profile.target}' of ${profile.person.name} is not in ladder '${ladder.id}'`);
    targets[p] = target;
    // The same reading as gap analysis: one rule for which rating counts, and the same codes.
    ratings.set(readRatings(ladder, index, profile).ranks, p * count);
  });
  return { size: profiles.length, names: profiles.map((p) => p.person.name), levels, targets, ratings };
}
