import type { Move, ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import type { LadderIndex } from "./refs.js";
import type { CompetencyGap, LevelRef, StepRef } from "./types.js";

/**
 * One expectation of a level with everything a report shows of it, looked up once per ladder:
 * a report then reads plain fields instead of going through the ladder's Maps for every row.
 */
export interface ExpectationRow {
  /** The competency's id, name, category and weight, as a competency gap shows them. */
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly weight: number;
  /** The competency's position in the ladder: where its rating is in `readRatings`'s arrays. */
  readonly position: number;
  /** The expected step's rank (-1 when the step is not on the scale, in a ladder not validated). */
  readonly rank: number;
  readonly expected: StepRef;
  /** What the expected step looks like at this level. */
  readonly looksLike: string | undefined;
  /** The milestone words of a goal toward this expectation. */
  readonly outcomes: Outcomes;
  /**
   * The competency gaps of this expectation, made as reports first need them, then shared, frozen.
   * Kept by key: an assessed step at rank x (number of sources) + source code (`SOURCE_CODES`), then
   * each of `STATUS_CODES`, then unassessed. At most 3 x steps + 3 per expectation, so bounded by the ladder.
   * Shared, a report allocates no gap: 13-17% more reports/s for the sample profiles, 3-8% for the
   * synthetic ones, with goals ranked in the same pass (in-process A/B, paired rounds).
   */
  readonly gaps: CompetencyGap[];
}

/** The milestone words of a goal toward one expectation, written once per ladder, not per goal. */
export interface Outcomes {
  /** A one-step goal's checkpoint halfway, and its end. */
  readonly firstEvidence: string;
  readonly consistently: string;
  /** A longer goal's milestone at each step rank up to the expected one. */
  readonly atRank: readonly string[];
}

/** The milestone words toward step `to`: what the level says it looks like, else the competency's own words for the step. */
function outcomesOf(steps: readonly StepRef[], to: number, looksLike: string | undefined, words: Readonly<Record<string, string>> | undefined): Outcomes {
  const step = steps[to];
  // An expected step not on the scale (a ladder not validated) never becomes a goal.
  if (step === undefined) return { firstEvidence: "", consistently: "", atRank: [] };
  const atRank: string[] = [];
  for (let rank = 1; rank <= to; rank++) {
    const { id, label } = steps[rank]!;
    const said = rank === to ? (looksLike ?? words?.[id]) : words?.[id];
    atRank[rank] = `${label}${said ? `: ${said}` : ""}`;
  }
  return {
    firstEvidence: `First evidence at ${step.label}, agreed with your manager`,
    consistently: `${step.label} shown consistently: ${looksLike ?? words?.[step.id] ?? step.label}`,
    atRank,
  };
}

/** What reports need of one level: how they name it, its rows in expectation order, the moves out of it. */
export interface LevelPlan {
  readonly level: ResolvedLevel;
  readonly ref: LevelRef;
  readonly rows: readonly ExpectationRow[];
  /** The promotions out of the level (its next levels), as `movesFrom` gives them. */
  readonly next: readonly Move[];
}

/** Works out a level's plan; `planOf` keeps it for the ladder's later reports. */
export function planLevel(ladder: ResolvedLadder, index: LadderIndex, level: ResolvedLevel): LevelPlan {
  const { steps, order } = index;
  const rows: ExpectationRow[] = [];
  for (const expectation of level.expectations.values()) {
    const competency = ladder.competencyById.get(expectation.competency)!;
    rows.push({
      id: competency.id,
      name: competency.name,
      category: competency.category,
      weight: competency.weight,
      position: order.get(competency.id)!,
      rank: expectation.rank,
      expected: steps[expectation.rank]!,
      looksLike: expectation.description,
      outcomes: outcomesOf(steps, expectation.rank, expectation.description, competency.steps),
      gaps: [],
    });
  }
  return { level, ref: index.levels.get(level.id)!, rows, next: index.next.get(level.id) ?? [] };
}
