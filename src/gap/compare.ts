import type { ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import { NOT_APPLICABLE, SOURCE_CODES, STATUS_CODES, UNASSESSED, type ReadRatings } from "./assess.js";
import type { ExpectationRow } from "./level-plan.js";
import type { LadderIndex } from "./refs.js";
import type { CompetencyGap, Readiness, ReadinessLabel, RisingExpectation, StepRef } from "./types.js";

/**
 * Every competency a level expects (its `rows`), against the profile's ratings, in the level's
 * order; counts each into `tally` on the way, so that readiness and goals need no second pass.
 * The gaps themselves are the rows' shared ones (`ExpectationRow.gaps`): a report allocates none.
 */
export function competencyGaps(rows: readonly ExpectationRow[], ratings: ReadRatings, index: LadderIndex, tally: Tally): CompetencyGap[] {
  const { ranks, codes } = ratings;
  const statusKeys = index.steps.length * SOURCE_CODES.length;
  const gaps = new Array<CompetencyGap>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const { position } = row;
    const rank = ranks[position]!;
    let key: number;
    if (rank >= 0) {
      const gap = row.rank - rank;
      tally.assessed(gap, row.weight);
      if (gap > 0) tally.rankGoal(i, gap * row.weight, gap, position);
      key = rank * SOURCE_CODES.length + codes[position]!;
    } else if (rank === NOT_APPLICABLE) {
      tally.notApplicable++;
      key = statusKeys + codes[position]!;
    } else {
      tally.unassessed++;
      key = statusKeys + STATUS_CODES.length;
    }
    gaps[i] = row.gaps[key] ?? sharedGap(row, key, index);
  }
  return gaps;
}

/**
 * The gap of `row` at `key` (see `ExpectationRow.gaps`), made the first time a report needs it and
 * kept, frozen: every later report shares it, as it shares the steps in it.
 */
function sharedGap(row: ExpectationRow, key: number, index: LadderIndex): CompetencyGap {
  const { id, name, category, weight, expected, looksLike, rank: want } = row;
  const statusKeys = index.steps.length * SOURCE_CODES.length;
  let gap: CompetencyGap;
  if (key < statusKeys) {
    const rank = Math.floor(key / SOURCE_CODES.length);
    const difference = want - rank;
    const assessed = index.assessed[key % SOURCE_CODES.length]![rank];
    gap = { competency: id, name, category, weight, expected, looksLike, assessed, gap: difference, status: difference > 0 ? "gap" : "met" };
  } else if (key < statusKeys + STATUS_CODES.length) {
    gap = { competency: id, name, category, weight, expected, looksLike, gap: 0, status: "not-applicable", reason: STATUS_CODES[key - statusKeys]! };
  } else gap = { competency: id, name, category, weight, expected, looksLike, gap: 0, status: "unassessed" };
  return (row.gaps[key] = Object.freeze(gap));
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

/** The most goals a target can have (seed 000: one to three). */
export const MOST_GOALS = 3;

/** Whether a gap of `value`, `gap` and `position` ranks before the one at `slot` of `keys`. */
function outranks(value: number, gap: number, position: number, keys: readonly number[], slot: number): boolean {
  const other = keys[3 * slot]!;
  if (value !== other) return value > other;
  const otherGap = keys[3 * slot + 1]!;
  if (gap !== otherGap) return gap > otherGap;
  return position < keys[3 * slot + 2]!;
}

/**
 * Counts toward readiness, one expectation at a time: what `competencyGaps` and `readinessAt` share;
 * and, for goals, ranks the gaps `competencyGaps` offers it.
 */
export class Tally {
  met = 0;
  gaps = 0;
  unassessed = 0;
  notApplicable = 0;
  totalGap = 0;
  weightedGap = 0;
  largest = 0;
  /**
   * The row indexes of the `MOST_GOALS` most valuable gaps offered to `rankGoal`, most valuable
   * first; `keys` holds the value, gap and position of each, three numbers apiece.
   */
  readonly best: number[] = [];
  private readonly keys: number[] = [];

  /** The gap, in steps, of the `k`th most valuable (`best[k]`). */
  goalGap(k: number): number {
    return this.keys[3 * k + 1]!;
  }

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

  /**
   * Offers the gap of row `row` as a goal. Gaps rank by value (weight x gap), then the larger gap,
   * then the competency's position in the ladder: a total order, so the ranking is stable. Kept here,
   * as the rows are compared, so that goals need no second pass over the gaps.
   */
  rankGoal(row: number, value: number, gap: number, position: number): void {
    const { best, keys } = this;
    let i = best.length;
    while (i > 0 && outranks(value, gap, position, keys, i - 1)) i--;
    if (i >= MOST_GOALS) return;
    // Inserted at i by hand, the last one dropping off past MOST_GOALS.
    for (let j = Math.min(best.length, MOST_GOALS - 1); j > i; j--) {
      best[j] = best[j - 1]!;
      keys[3 * j] = keys[3 * j - 3]!;
      keys[3 * j + 1] = keys[3 * j - 2]!;
      keys[3 * j + 2] = keys[3 * j - 1]!;
    }
    best[i] = row;
    keys[3 * i] = value;
    keys[3 * i + 1] = gap;
    keys[3 * i + 2] = position;
  }

  /** The readiness of `expected` expectations so counted. */
  readiness(expected: number): Readiness {
    const counted = expected - this.notApplicable;
    // Nothing counted (every expectation marked not applicable) is no evidence: share 0, not ready.
    const share = counted === 0 ? 0 : this.met / counted;
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
