import type { Profile, Rating, RatingStatus } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { byId } from "./by-id.js";
import type { LadderIndex } from "./refs.js";
import type { RatingSource } from "./types.js";

/** The rating of a competency in a profile; own keys only, so `constructor` is never a rating. */
export function ratingOf(profile: Profile, competency: string): Rating | undefined {
  const { ratings } = profile;
  const rating = ratings[competency];
  // Most competencies are rated: reading first and checking ownership only for a value found costs
  // one look-up fewer than `Object.hasOwn` first, and gives the same answer.
  return rating !== undefined && Object.hasOwn(ratings, competency) ? rating : undefined;
}

/**
 * No rating, in `EncodedTeam.ratings` (gap analysis reads ratings into the same codes).
 *
 * @example
 * team.ratings[person * ladder.competencies.length + competency] = UNASSESSED;
 */
export const UNASSESSED = -1;
/**
 * Marked not applicable or no opportunity, in `EncodedTeam.ratings` (and in gap analysis).
 *
 * @example
 * team.ratings[person * ladder.competencies.length + competency] = NOT_APPLICABLE;
 */
export const NOT_APPLICABLE = -2;

/** Where a step that counts came from, by the code `ReadRatings.codes` gives it (and the order of `LadderIndex.assessed`). */
export const SOURCE_CODES: readonly RatingSource[] = ["agreed", "manager", "self"];
/**
 * Each status by the code `ReadRatings.codes` gives it: the model's `RATING_STATUSES`, written out
 * again because importing the model would bring zod into every bundle that uses gap analysis
 * (test/tree-shaking.test.ts); a test checks that the two lists agree.
 */
export const STATUS_CODES: readonly RatingStatus[] = ["not-applicable", "no-opportunity"];
/** Each status's code, by status (`byId`: a status read from YAML is compared once, not on every report). */
const STATUS_CODE = byId(STATUS_CODES.map((status, code) => [status, code]));

/**
 * A profile's ratings, each read once, by competency position in the ladder, as small numbers: a
 * status wins (not applicable is never a gap), then the agreed rating, the manager's, the person's
 * own. A report compares numbers and allocates nothing per rating.
 * Calibration gets its self and manager ranks here too, so it reads no rating a second time.
 */
export interface ReadRatings {
  /** The step rank that counts, or `UNASSESSED`, or `NOT_APPLICABLE`. */
  readonly ranks: readonly number[];
  /**
   * With a step rank: where the step came from, an index into `SOURCE_CODES`. With
   * `NOT_APPLICABLE`: the status, an index into `STATUS_CODES`.
   */
  readonly codes: readonly number[];
  /**
   * For calibration: each rating with both a self and a manager step on the scale, as three numbers
   * in ladder order: the competency's position, the self rank, the manager rank.
   */
  readonly selfAndManager: readonly number[];
}

/**
 * Reads a profile's ratings in ladder order. A step the scale lacks (the first in ladder order), or
 * a status that is not one of `STATUS_CODES`, throws a TypeError: the profile was not validated
 * against the ladder.
 */
export function readRatings(ladder: ResolvedLadder, index: LadderIndex, profile: Profile): ReadRatings {
  const { competencyIds, stepRank } = index;
  const count = competencyIds.length;
  const ranks = new Array<number>(count);
  const codes = new Array<number>(count);
  const selfAndManager: number[] = [];
  // The first step the scale lacks, thrown once every rating is read (as when ratings were read whole first).
  let unknown: string | undefined;
  for (let c = 0; c < count; c++) {
    const rating = ratingOf(profile, competencyIds[c]!);
    ranks[c] = UNASSESSED;
    codes[c] = 0;
    if (rating === undefined) continue;
    let step: string;
    // A rating written as a bare step is the agreed one: SOURCE_CODES[0].
    let source = 0;
    if (typeof rating === "string") step = rating;
    else {
      // Each field read once: detailed ratings come in many shapes, so every read is a generic lookup.
      const { agreed, manager, self, status } = rating;
      if (self !== undefined && manager !== undefined) {
        const selfRank = stepRank[self];
        const managerRank = stepRank[manager];
        if (selfRank !== undefined && managerRank !== undefined) selfAndManager.push(c, selfRank, managerRank);
      }
      if (status !== undefined) {
        ranks[c] = NOT_APPLICABLE;
        const code = STATUS_CODE[status];
        if (code === undefined) throw new TypeError(`status '${String(status)}' is not one of ${STATUS_CODES.join(", ")}; validate the profile against the ladder first`);
        codes[c] = code;
        continue;
      }
      // The agreed rating, then the manager's, then the person's own (SOURCE_CODES order).
      if (agreed !== undefined) step = agreed;
      else if (manager !== undefined) {
        step = manager;
        source = 1;
      } else if (self !== undefined) {
        step = self;
        source = 2;
      } else continue;
    }
    const rank = stepRank[step];
    if (rank === undefined) unknown ??= step;
    else {
      ranks[c] = rank;
      codes[c] = source;
    }
  }
  if (unknown !== undefined) throw new TypeError(`rating '${unknown}' is not a step of ladder '${ladder.id}'; validate the profile against the ladder first`);
  return { ranks, codes, selfAndManager };
}
