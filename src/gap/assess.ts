import type { Profile, Rating, RatingDetail, RatingStatus } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import type { AssessedStep, LadderIndex } from "./refs.js";
import type { RatingSource } from "./types.js";

/** What a profile says of one competency: a step with its source, a status, or nothing. */
export type Assessment =
  | { readonly kind: "step"; readonly step: string; readonly source: RatingSource }
  | { readonly kind: "status"; readonly status: RatingStatus }
  | { readonly kind: "none" };

const NONE: Assessment = { kind: "none" };

/** Which field of a detailed rating counts: the agreed rating, then the manager's, then the person's own. */
export function sourceOf(rating: RatingDetail): RatingSource | undefined {
  if (rating.agreed !== undefined) return "agreed";
  if (rating.manager !== undefined) return "manager";
  if (rating.self !== undefined) return "self";
  return undefined;
}

/**
 * Reads one rating: a status wins (not applicable is never a gap); otherwise the agreed rating,
 * then the manager's, then the person's own.
 */
export function assess(rating: Rating | undefined): Assessment {
  if (rating === undefined) return NONE;
  if (typeof rating === "string") return { kind: "step", step: rating, source: "agreed" };
  if (rating.status !== undefined) return { kind: "status", status: rating.status };
  const source = sourceOf(rating);
  return source === undefined ? NONE : { kind: "step", step: rating[source]!, source };
}

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

/**
 * A profile's ratings, each read once, by competency position in the ladder: what `assess` says of
 * them as small numbers and shared strings, so that a report compares numbers and allocates nothing
 * per rating.
 */
export interface ReadRatings {
  /** Each rating as written (for calibration). */
  readonly given: readonly (Rating | undefined)[];
  /** The step rank that counts, or `UNASSESSED`, or `NOT_APPLICABLE`. */
  readonly ranks: readonly number[];
  /** The status of a competency marked not applicable or no opportunity (rank `NOT_APPLICABLE`); else undefined. */
  readonly statuses: readonly (RatingStatus | undefined)[];
  /** The step that counts with its source, as competency gaps show it (the ladder's shared `assessed`); undefined for no step. */
  readonly assessed: readonly (AssessedStep | undefined)[];
}

/**
 * Reads a profile's ratings in ladder order. A step the scale lacks throws a TypeError (the first
 * in ladder order): the profile was not validated against the ladder.
 */
export function readRatings(ladder: ResolvedLadder, index: LadderIndex, profile: Profile): ReadRatings {
  const { competencyIds, stepRank, assessed: shared } = index;
  const count = competencyIds.length;
  const given = new Array<Rating | undefined>(count);
  const ranks = new Array<number>(count);
  const statuses = new Array<RatingStatus | undefined>(count);
  const assessed = new Array<AssessedStep | undefined>(count);
  // The first step the scale lacks, thrown once every rating is read (as when ratings were read whole first).
  let unknown: string | undefined;
  for (let c = 0; c < count; c++) {
    const rating = ratingOf(profile, competencyIds[c]!);
    given[c] = rating;
    ranks[c] = UNASSESSED;
    if (rating === undefined) continue;
    let step: string | undefined;
    let source: RatingSource | undefined;
    if (typeof rating === "string") {
      step = rating;
      source = "agreed";
    } else if (rating.status !== undefined) {
      ranks[c] = NOT_APPLICABLE;
      statuses[c] = rating.status;
      continue;
    } else {
      source = sourceOf(rating);
      if (source === undefined) continue;
      step = rating[source]!;
    }
    const rank = stepRank.get(step);
    if (rank === undefined) unknown ??= step;
    else {
      ranks[c] = rank;
      // The source reaches the report with the step, in the ladder's shared `assessed`.
      assessed[c] = shared[source][rank];
    }
  }
  if (unknown !== undefined) throw new TypeError(`rating '${unknown}' is not a step of ladder '${ladder.id}'; validate the profile against the ladder first`);
  return { given, ranks, statuses, assessed };
}
