import type { ResolvedLadder } from "../model/resolved.js";
import { addMonths, between } from "./dates.js";
import type { LadderIndex } from "./refs.js";
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
export function byValue(index: LadderIndex): (a: CompetencyGap, b: CompetencyGap) => number {
  const { order } = index;
  return (a, b) => b.weight * b.gap - a.weight * a.gap || b.gap - a.gap || order.get(a.competency)! - order.get(b.competency)!;
}

/**
 * Works a goal backward from its due date: the target step is due at the end, each step below it
 * an equal share of the time earlier. A one-step goal gets a first-evidence checkpoint halfway.
 */
function milestones(ladder: ResolvedLadder, index: LadderIndex, gap: CompetencyGap, due: string, at: (fraction: number) => string): Milestone[] {
  const { steps } = index;
  const competency = ladder.competencyById.get(gap.competency)!;
  const from = gap.assessed!.value - 1;
  const to = gap.expected.value - 1;
  const count = to - from;
  if (count === 1) {
    const step = steps[to]!;
    return [
      { step, due: at(0.5), outcome: `First evidence at ${step.label}, agreed with your manager` },
      { step, due, outcome: `${step.label} shown consistently: ${gap.looksLike ?? competency.steps?.[step.id] ?? step.label}` },
    ];
  }
  const out: Milestone[] = [];
  for (let rank = to; rank > from; rank--) {
    const step = steps[rank]!;
    const words = rank === to ? (gap.looksLike ?? competency.steps?.[step.id]) : competency.steps?.[step.id];
    out.unshift({ step, due: at((rank - from) / count), outcome: `${step.label}${words ? `: ${words}` : ""}` });
  }
  return out;
}

/** A due date and the dates on the way to it. */
interface Schedule {
  readonly date: string;
  readonly months: number;
  readonly due: string;
  readonly at: (fraction: number) => string;
}

/**
 * The schedules built, by date and months: every target of a report shares one, and so do the
 * profiles of a team written on the same day (a year of dates is a few hundred). Dropped whole when
 * it grows past `MAX_SCHEDULES`, so a long-running process that sees every date stays bounded.
 */
const schedules = new Map<string, Schedule>();
const MAX_SCHEDULES = 1024;

function scheduleOf(date: string, months: number): Schedule {
  const key = `${months} ${date}`;
  let schedule = schedules.get(key);
  if (schedule === undefined) {
    if (schedules.size >= MAX_SCHEDULES) schedules.clear();
    const due = addMonths(date, months);
    schedules.set(key, (schedule = { date, months, due, at: between(date, due) }));
  }
  return schedule;
}

/** The `count` first of the gaps in `byValue` order: what a stable sort and a slice give, without sorting them all. */
function mostValuable(index: LadderIndex, gaps: readonly CompetencyGap[], count: number): CompetencyGap[] {
  const compare = byValue(index);
  const best: CompetencyGap[] = [];
  for (const g of gaps) {
    if (g.status !== "gap") continue;
    let i = best.length;
    while (i > 0 && compare(g, best[i - 1]!) < 0) i--;
    if (i < count) {
      best.splice(i, 0, g);
      if (best.length > count) best.pop();
    }
  }
  return best;
}

/** The one to three most valuable gaps as goals, each due within `goalMonths` of `date`. */
export function pickGoals(ladder: ResolvedLadder, index: LadderIndex, gaps: readonly CompetencyGap[], date: string, options: GoalOptions = {}): DevelopmentGoal[] {
  const maxGoals = Math.min(3, Math.max(1, Math.trunc(options.maxGoals ?? 3)));
  const months = Math.min(12, Math.max(1, Math.trunc(options.goalMonths ?? 12)));
  const { due, at } = scheduleOf(date, months);
  return mostValuable(index, gaps, maxGoals)
    .map((g) => ({
      competency: g.competency,
      name: g.name,
      from: { id: g.assessed!.id, label: g.assessed!.label, value: g.assessed!.value },
      to: g.expected,
      looksLike: g.looksLike,
      due,
      value: g.weight * g.gap,
      milestones: milestones(ladder, index, g, due, at),
    }));
}
