import type { Profile, Rating } from "../model/profile.js";
import type { ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import { ratingOf, type Assessment } from "./assess.js";
import { indexOf, rowsOf } from "./refs.js";
import type { CompetencyGap, RatingSource, Readiness, ReadinessLabel, RisingExpectation, StepRef } from "./types.js";

/** The profile's rating of each competency, in ladder order: read once per report. */
export function ratingsOf(ladder: ResolvedLadder, profile: Profile): (Rating | undefined)[] {
  return ladder.competencies.map((competency) => ratingOf(profile, competency.id));
}

/** Every competency a level expects, against the profile's assessments (`assess` of each of `ratingsOf`), in ladder order. */
export function competencyGaps(ladder: ResolvedLadder, level: ResolvedLevel, assessments: readonly Assessment[]): CompetencyGap[] {
  const { steps, stepRank } = indexOf(ladder);
  const gaps: CompetencyGap[] = [];
  for (const { competency, position, expectation, expected } of rowsOf(ladder, level)) {
    const assessment = assessments[position]!;
    const { id, name, category, weight } = competency;
    const looksLike = expectation.description;
    // Object literals, not `{ ...base, gap }`: on Node 20 a spread followed by more keys takes a
    // slow path (about 50 times slower), and this runs for every competency of every report.
    if (assessment.kind === "step") {
      const rank = stepRank.get(assessment.step)!;
      const gap = expectation.rank - rank;
      const step = steps[rank];
      // A step the scale lacks (an unvalidated profile) keeps its old shape: the source alone.
      const assessed = step ? { id: step.id, label: step.label, value: step.value, source: assessment.source } : ({ source: assessment.source } as StepRef & { readonly source: RatingSource });
      gaps.push({ competency: id, name, category, weight, expected, looksLike, assessed, gap, status: gap > 0 ? "gap" : "met" });
    } else if (assessment.kind === "status")
      gaps.push({ competency: id, name, category, weight, expected, looksLike, gap: 0, status: "not-applicable", reason: assessment.status });
    else gaps.push({ competency: id, name, category, weight, expected, looksLike, gap: 0, status: "unassessed" });
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

/**
 * The readiness of `competencyGaps(ladder, level, assessments)` without building the rows: the report's
 * baseline needs only the counts. Counts exactly as `readinessOf` does, in the same order.
 */
export function readinessAt(ladder: ResolvedLadder, level: ResolvedLevel, assessments: readonly Assessment[]): Readiness {
  const { stepRank } = indexOf(ladder);
  let met = 0;
  let gapCount = 0;
  let unassessed = 0;
  let notApplicable = 0;
  let totalGap = 0;
  let weightedGap = 0;
  let largest = 0;
  for (const { competency, position, expectation } of rowsOf(ladder, level)) {
    const assessment = assessments[position]!;
    if (assessment.kind === "status") notApplicable++;
    else if (assessment.kind === "none") unassessed++;
    else {
      const gap = expectation.rank - stepRank.get(assessment.step)!;
      if (gap > 0) {
        gapCount++;
        totalGap += gap;
        weightedGap += gap * competency.weight;
        largest = Math.max(largest, gap);
      } else met++;
    }
  }
  const counted = level.expectations.size - notApplicable;
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
  // Worked out once per pair of levels of a ladder; each report gets copies.
  const { risings } = indexOf(ladder);
  let fromHere = risings.get(from.id);
  if (!fromHere) risings.set(from.id, (fromHere = new Map()));
  let rising = fromHere.get(to.id);
  if (!rising) fromHere.set(to.id, (rising = compareLevels(ladder, from, to)));
  // Fresh objects for every report, so that no two reports share (and could change) one.
  return rising.map((r) => ({ competency: r.competency, name: r.name, from: r.from, to: r.to, looksLike: r.looksLike }));
}

function compareLevels(ladder: ResolvedLadder, from: ResolvedLevel, to: ResolvedLevel): RisingExpectation[] {
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
