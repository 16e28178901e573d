import type { Profile, Rating } from "../model/profile.js";
import type { RatingSource } from "./types.js";

/** What a profile says of one competency: a step with its source, a status, or nothing. */
export type Assessment =
  | { readonly kind: "step"; readonly step: string; readonly source: RatingSource }
  | { readonly kind: "status"; readonly status: "not-applicable" | "no-opportunity" }
  | { readonly kind: "none" };

const NONE: Assessment = { kind: "none" };

/**
 * Reads one rating: a status wins (not applicable is never a gap); otherwise the agreed rating,
 * then the manager's, then the person's own.
 */
export function assess(rating: Rating | undefined): Assessment {
  if (rating === undefined) return NONE;
  if (typeof rating === "string") return { kind: "step", step: rating, source: "agreed" };
  if (rating.status !== undefined) return { kind: "status", status: rating.status };
  if (rating.agreed !== undefined) return { kind: "step", step: rating.agreed, source: "agreed" };
  if (rating.manager !== undefined) return { kind: "step", step: rating.manager, source: "manager" };
  if (rating.self !== undefined) return { kind: "step", step: rating.self, source: "self" };
  return NONE;
}

/** The rating of a competency in a profile; own keys only, so `constructor` is never a rating. */
export function ratingOf(profile: Profile, competency: string): Rating | undefined {
  return Object.hasOwn(profile.ratings, competency) ? profile.ratings[competency] : undefined;
}
