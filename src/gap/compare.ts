import type { Profile, Rating } from "../model/profile.js";
import type { ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import { ratingOf, type Assessment } from "./assess.js";
import { rowsOf, type LadderIndex } from "./refs.js";
import type { CompetencyGap, RatingSource, Readiness, ReadinessLabel, RisingExpectation, StepRef } from "./types.js";

/** The profile's rating of each competency, in ladder order: read once per report (see `ratingOf`). */
export function ratingsOf(ladder: ResolvedLadder, profile: Profile): (Rating | undefined)[] {
  const { competencies } = ladder;
  const ratings = new Array<Rating | undefined>(competencies.length);
  for (let i = 0; i < competencies.length; i++) ratings[i] = ratingOf(profile, competencies[i]!.id);
  return ratings;
}

/** Every competency a level expects, against the profile's assessments (`assess` of each of `ratingsOf`), in ladder order. */
export function competencyGaps(ladder: ResolvedLadder, index: LadderIndex, level: ResolvedLevel, assessments: readonly Assessment[]): CompetencyGap[] {
  const { steps, stepRank } = index;
  const gaps: CompetencyGap[] = [];
  for (const { competency, position, expectation, expected } of rowsOf(ladder, index, level)) {
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
 *
 * @example
 * const percent = Math.round(READINESS_THRESHOLDS.ready * 100); // 90
 */
export const READINESS_THRESHOLDS = { ready: 0.9, nearlyReady: 0.75, developing: 0.5 } as const;

/** Counts toward readiness, one expectation at a time: what `readinessOf` and `readinessAt` share. */
class Tally {
  met = 0;
  gaps = 0;
  unassessed = 0;
  notApplicable = 0;
  totalGap = 0;
  weightedGap = 0;
  largest = 0;

  /** Counts an assessed expectation: met when `gap` is 0 or less. */
  assessed(gap: number, weight: number): void {
    if (gap <= 0) {
      this.met++;
      return;
    }
    this.gaps++;
    this.totalGap += gap;
    this.weightedGap += gap * weight;
    if (gap > this.largest) this.largest = gap;
  }

  /** The readiness of `expected` expectations so counted. */
  readiness(expected: number): Readiness {
    const counted = expected - this.notApplicable;
    const share = counted === 0 ? 1 : this.met / counted;
    return {
      counted,
      met: this.met,
      gaps: this.gaps,
      unassessed: this.unassessed,
      notApplicable: this.notApplicable,
      share,
      totalGap: this.totalGap,
      weightedGap: this.weightedGap,
      label: labelOf(share, this.unassessed, this.largest),
    };
  }
}

/** Sums a list of competency gaps into readiness. */
export function readinessOf(gaps: readonly CompetencyGap[]): Readiness {
  const tally = new Tally();
  for (const g of gaps) {
    if (g.status === "met" || g.status === "gap") tally.assessed(g.gap, g.weight);
    else if (g.status === "unassessed") tally.unassessed++;
    else tally.notApplicable++;
  }
  return tally.readiness(gaps.length);
}

/**
 * The readiness of `competencyGaps(ladder, level, assessments)` without building the rows: the report's
 * baseline needs only the counts. Counts exactly as `readinessOf` does.
 */
export function readinessAt(ladder: ResolvedLadder, index: LadderIndex, level: ResolvedLevel, assessments: readonly Assessment[]): Readiness {
  const { stepRank } = index;
  const tally = new Tally();
  for (const { competency, position, expectation } of rowsOf(ladder, index, level)) {
    const assessment = assessments[position]!;
    if (assessment.kind === "status") tally.notApplicable++;
    else if (assessment.kind === "none") tally.unassessed++;
    else tally.assessed(expectation.rank - stepRank.get(assessment.step)!, competency.weight);
  }
  return tally.readiness(level.expectations.size);
}

/** The label for a share met; `ready` also needs nothing unassessed and no gap over one step. */
export function labelOf(share: number, unassessed: number, largestGap: number): ReadinessLabel {
  if (share >= READINESS_THRESHOLDS.ready && unassessed === 0 && largestGap <= 1) return "ready";
  if (share >= READINESS_THRESHOLDS.nearlyReady) return "nearly-ready";
  if (share >= READINESS_THRESHOLDS.developing) return "developing";
  return "not-yet";
}

/** The expectations of `to` that rise above those of `from` (or that `from` does not have). */
export function risingExpectations(ladder: ResolvedLadder, index: LadderIndex, from: ResolvedLevel, to: ResolvedLevel): RisingExpectation[] {
  // Worked out once per pair of levels of a ladder; each report gets copies.
  const { risings } = index;
  let fromHere = risings.get(from.id);
  if (!fromHere) risings.set(from.id, (fromHere = new Map()));
  let rising = fromHere.get(to.id);
  if (!rising) fromHere.set(to.id, (rising = compareLevels(ladder, index, from, to)));
  // Fresh objects for every report, so that no two reports share (and could change) one.
  return rising.map((r) => ({ competency: r.competency, name: r.name, from: r.from, to: r.to, looksLike: r.looksLike }));
}

function compareLevels(ladder: ResolvedLadder, index: LadderIndex, from: ResolvedLevel, to: ResolvedLevel): RisingExpectation[] {
  const { steps } = index;
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
