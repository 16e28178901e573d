import type { Profile } from "../model/profile.js";
import type { ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import { assess, ratingOf } from "./assess.js";
import { indexOf } from "./refs.js";
import type { CompetencyGap, Readiness, ReadinessLabel, RisingExpectation } from "./types.js";

/** Every competency a level expects, against the profile's ratings, in ladder order. */
export function competencyGaps(ladder: ResolvedLadder, level: ResolvedLevel, profile: Profile): CompetencyGap[] {
  const { steps, stepRank } = indexOf(ladder);
  const gaps: CompetencyGap[] = [];
  for (const expectation of level.expectations.values()) {
    const competency = ladder.competencyById.get(expectation.competency)!;
    const expected = steps[expectation.rank]!;
    const assessment = assess(ratingOf(profile, competency.id));
    const base = {
      competency: competency.id,
      name: competency.name,
      category: competency.category,
      weight: competency.weight,
      expected,
      looksLike: expectation.description,
    };
    if (assessment.kind === "step") {
      const rank = stepRank.get(assessment.step)!;
      const gap = expectation.rank - rank;
      gaps.push({ ...base, assessed: { ...steps[rank]!, source: assessment.source }, gap, status: gap > 0 ? "gap" : "met" });
    } else if (assessment.kind === "status") gaps.push({ ...base, gap: 0, status: "not-applicable", reason: assessment.status });
    else gaps.push({ ...base, gap: 0, status: "unassessed" });
  }
  return gaps;
}

/**
 * Readiness labels, on the share of counted expectations met:
 * `ready` at 90% or more with nothing unassessed and no gap over one step; `nearly-ready` at 75%;
 * `developing` at 50%; `not-yet` below.
 */
export const READINESS_THRESHOLDS = { ready: 0.9, nearlyReady: 0.75, developing: 0.5 } as const;

/** Sums a list of competency gaps into readiness. */
export function readinessOf(gaps: readonly CompetencyGap[]): Readiness {
  let met = 0;
  let gapCount = 0;
  let unassessed = 0;
  let notApplicable = 0;
  let totalGap = 0;
  let weightedGap = 0;
  let largest = 0;
  for (const g of gaps) {
    if (g.status === "met") met++;
    else if (g.status === "gap") {
      gapCount++;
      totalGap += g.gap;
      weightedGap += g.gap * g.weight;
      largest = Math.max(largest, g.gap);
    } else if (g.status === "unassessed") unassessed++;
    else notApplicable++;
  }
  const counted = gaps.length - notApplicable;
  const share = counted === 0 ? 1 : met / counted;
  return {
    counted,
    met,
    gaps: gapCount,
    unassessed,
    notApplicable,
    share,
    totalGap,
    weightedGap,
    label: labelOf(share, unassessed, largest),
  };
}

/** The label for a share met; `ready` also needs nothing unassessed and no gap over one step. */
export function labelOf(share: number, unassessed: number, largestGap: number): ReadinessLabel {
  if (share >= READINESS_THRESHOLDS.ready && unassessed === 0 && largestGap <= 1) return "ready";
  if (share >= READINESS_THRESHOLDS.nearlyReady) return "nearly-ready";
  if (share >= READINESS_THRESHOLDS.developing) return "developing";
  return "not-yet";
}

/** The expectations of `to` that rise above those of `from` (or that `from` does not have). */
export function risingExpectations(ladder: ResolvedLadder, from: ResolvedLevel, to: ResolvedLevel): RisingExpectation[] {
  const { steps } = indexOf(ladder);
  const rising: RisingExpectation[] = [];
  for (const expectation of to.expectations.values()) {
    const before = from.expectations.get(expectation.competency);
    if (before && before.rank >= expectation.rank) continue;
    rising.push({
      competency: expectation.competency,
      name: ladder.competencyById.get(expectation.competency)!.name,
      from: before ? steps[before.rank] : undefined,
      to: steps[expectation.rank]!,
      looksLike: expectation.description,
    });
  }
  return rising;
}
