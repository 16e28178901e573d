import type { ResolvedLadder } from "../model/resolved.js";
import { addMonths, between } from "./dates.js";
import { indexOf } from "./refs.js";
import type { CompetencyGap, DevelopmentGoal, Milestone } from "./types.js";

/** How goals are drawn. */
export interface GoalOptions {
  /** Most goals per target, 1 to 3 (seed 000: one to three goals at all times). Default: 3. */
  readonly maxGoals?: number | undefined;
  /** Months from the profile's date to a goal's due date, 1 to 12. Default: 12. */
  readonly goalMonths?: number | undefined;
}

/**
 * Orders gaps by value, most valuable first: weight x gap, then the larger gap, then the
 * competency's position in the ladder. The last key makes the order total, so it is stable.
 */
export function byValue(ladder: ResolvedLadder): (a: CompetencyGap, b: CompetencyGap) => number {
  const { order } = indexOf(ladder);
  return (a, b) => b.weight * b.gap - a.weight * a.gap || b.gap - a.gap || order.get(a.competency)! - order.get(b.competency)!;
}

/**
 * Works a goal backward from its due date: the target step is due at the end, each step below it
 * an equal share of the time earlier. A one-step goal gets a first-evidence checkpoint halfway.
 */
function milestones(ladder: ResolvedLadder, gap: CompetencyGap, start: string, due: string): Milestone[] {
  const { steps } = indexOf(ladder);
  const competency = ladder.competencyById.get(gap.competency)!;
  const from = gap.assessed!.value - 1;
  const to = gap.expected.value - 1;
  const count = to - from;
  if (count === 1) {
    const step = steps[to]!;
    return [
      { step, due: between(start, due, 0.5), outcome: `First evidence at ${step.label}, agreed with your manager` },
      { step, due, outcome: `${step.label} shown consistently: ${gap.looksLike ?? competency.steps?.[step.id] ?? step.label}` },
    ];
  }
  const out: Milestone[] = [];
  for (let rank = to; rank > from; rank--) {
    const step = steps[rank]!;
    const words = rank === to ? (gap.looksLike ?? competency.steps?.[step.id]) : competency.steps?.[step.id];
    out.unshift({ step, due: between(start, due, (rank - from) / count), outcome: `${step.label}${words ? `: ${words}` : ""}` });
  }
  return out;
}

/** The one to three most valuable gaps as goals, each due within `goalMonths` of `date`. */
export function pickGoals(ladder: ResolvedLadder, gaps: readonly CompetencyGap[], date: string, options: GoalOptions = {}): DevelopmentGoal[] {
  const maxGoals = Math.min(3, Math.max(1, Math.trunc(options.maxGoals ?? 3)));
  const months = Math.min(12, Math.max(1, Math.trunc(options.goalMonths ?? 12)));
  const due = addMonths(date, months);
  return gaps
    .filter((g) => g.status === "gap")
    .sort(byValue(ladder))
    .slice(0, maxGoals)
    .map((g) => ({
      competency: g.competency,
      name: g.name,
      from: { id: g.assessed!.id, label: g.assessed!.label, value: g.assessed!.value },
      to: g.expected,
      looksLike: g.looksLike,
      due,
      value: g.weight * g.gap,
      milestones: milestones(ladder, g, date, due),
    }));
}
