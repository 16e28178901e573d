import type { ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import { NOT_APPLICABLE, STATUS_CODES, UNASSESSED, type ReadRatings } from "./assess.js";
import type { ExpectationRow } from "./level-plan.js";
import type { LadderIndex } from "./refs.js";
import type { CompetencyGap, Readiness, ReadinessLabel, RisingExpectation, StepRef } from "./types.js";

/**
 * Every competency a level expects (its `rows`), against the profile's ratings, in the level's
 * order; counts each into `tally` on the way, so that readiness needs no second pass.
 */
export function competencyGaps(rows: readonly ExpectationRow[], ratings: ReadRatings, index: LadderIndex, tally: Tally): CompetencyGap[] {
  const { ranks, codes } = ratings;
  const { assessed: assessedBySource } = index;
  const gaps = new Array<CompetencyGap>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { id, name, category, weight, expected, looksLike, position, rank: want } = rows[i]!;
    const rank = ranks[position]!;
    // Object literals, not `{ ...base, gap }`: on Node 20 a spread followed by more keys takes a
    // slow path (about 50 times slower), and this runs for every competency of every report.
    if (rank >= 0) {
      const gap = want - rank;
      tally.assessed(gap, weight);
      const assessed = assessedBySource[codes[position]!]![rank];
      gaps[i] = { competency: id, name, category, weight, expected, looksLike, assessed, gap, status: gap > 0 ? "gap" : "met" };
    } else if (rank === NOT_APPLICABLE) {
      tally.notApplicable++;
      gaps[i] = { competency: id, name, category, weight, expected, looksLike, gap: 0, status: "not-applicable", reason: STATUS_CODES[codes[position]!]! };
    } else {
      tally.unassessed++;
      gaps[i] = { competency: id, name, category, weight, expected, looksLike, gap: 0, status: "unassessed" };
    }
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

/** Counts toward readiness, one expectation at a time: what `competencyGaps` and `readinessAt` share. */
export class Tally {
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

/**
 * The readiness of `competencyGaps` of the same rows, without building them: the report's baseline
 * needs only the counts. Counts exactly as `competencyGaps` does.
 */
export function readinessAt(rows: readonly ExpectationRow[], ratings: ReadRatings): Readiness {
  const { ranks } = ratings;
  const tally = new Tally();
  for (const { position, rank: want, weight } of rows) {
    const rank = ranks[position]!;
    if (rank === NOT_APPLICABLE) tally.notApplicable++;
    else if (rank === UNASSESSED) tally.unassessed++;
    else tally.assessed(want - rank, weight);
  }
  return tally.readiness(rows.length);
}

/** The label for a share met; `ready` also needs nothing unassessed and no gap over one step. */
export function labelOf(share: number, unassessed: number, largestGap: number): ReadinessLabel {
  if (share >= READINESS_THRESHOLDS.ready && unassessed === 0 && largestGap <= 1) return "ready";
  if (share >= READINESS_THRESHOLDS.nearlyReady) return "nearly-ready";
  if (share >= READINESS_THRESHOLDS.developing) return "developing";
  return "not-yet";
}

/**
 * The expectations of `to` that rise above those of `from` (or that `from` does not have). Worked
 * out once per pair of levels of a ladder and shared, frozen, by every report that asks.
 */
export function risingExpectations(ladder: ResolvedLadder, index: LadderIndex, from: ResolvedLevel, to: ResolvedLevel): readonly RisingExpectation[] {
  const { risings } = index;
  let fromHere = risings.get(from.id);
  if (!fromHere) risings.set(from.id, (fromHere = new Map()));
  let rising = fromHere.get(to.id);
  if (!rising) fromHere.set(to.id, (rising = Object.freeze(compareLevels(ladder, index, from, to).map((r) => Object.freeze(r)))));
  return rising;
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
