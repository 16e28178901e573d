import { byId } from "./by-id.js";
import { MOST_GOALS, type Tally } from "./compare.js";
import { addMonths, between } from "./dates.js";
import type { ExpectationRow } from "./level-plan.js";
import type { DevelopmentGoal, Milestone, StepRef } from "./types.js";

/** How goals are drawn. */
export interface GoalOptions {
  /** Most goals per target, 1 to 3 (seed 000: one to three goals at all times); brought within. Default: 3. NaN throws a TypeError. */
  readonly maxGoals?: number | undefined;
  /** Months from the profile's date to a goal's due date, 1 to 12; brought within. Default: 12. NaN throws a TypeError. */
  readonly goalMonths?: number | undefined;
}

/**
 * Works a goal backward from its due date: the target step is due at the end, each step below it
 * an equal share of the time earlier. A one-step goal gets a first-evidence checkpoint halfway.
 */
function milestones(row: ExpectationRow, from: number, steps: readonly StepRef[], schedule: Schedule): Milestone[] {
  const to = row.rank;
  const count = to - from;
  const { due, at } = schedule;
  const { outcomes } = row;
  if (count === 1) {
    const step = steps[to]!;
    return [
      { step, due: at(1, 2), outcome: outcomes.firstEvidence },
      { step, due, outcome: outcomes.consistently },
    ];
  }
  const out = new Array<Milestone>(count);
  for (let rank = from + 1; rank <= to; rank++) out[rank - from - 1] = { step: steps[rank]!, due: at(rank - from, count), outcome: outcomes.atRank[rank]! };
  return out;
}

/** A due date and the dates on the way to it. */
interface Schedule {
  readonly due: string;
  readonly at: (part: number, parts: number) => string;
}

/**
 * The schedules built, by months and date: every target of a report shares one, and so do the
 * profiles of a team written on the same day (a year of dates is a few hundred). Dropped whole when
 * they grow past `MAX_SCHEDULES`, so a long-running process that sees every date stays bounded.
 */
let schedules = new Map<number, Record<string, Schedule | undefined>>();
let scheduleCount = 0;
const MAX_SCHEDULES = 1024;

function scheduleOf(date: string, months: number): Schedule {
  let byDate = schedules.get(months);
  // By date with `byId`: a profile's date is another string object on every profile.
  if (byDate === undefined) schedules.set(months, (byDate = byId<Schedule>([])));
  let schedule = byDate[date];
  if (schedule === undefined) {
    if (scheduleCount >= MAX_SCHEDULES) {
      schedules = new Map([[months, (byDate = byId<Schedule>([]))]]);
      scheduleCount = 0;
    }
    const due = addMonths(date, months);
    byDate[date] = schedule = { due, at: between(date, due) };
    scheduleCount++;
  }
  return schedule;
}

/** A whole number from `value`, brought into `min`..`max`; NaN (or not a number) is a TypeError, not a default. */
function within(value: number, min: number, max: number, name: string): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw new TypeError(`${name} must be a number from ${min} to ${max}`);
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/**
 * The one to three most valuable gaps as goals, each due within `goalMonths` of `date`. `tally` is
 * the one `competencyGaps` counted the level's `rows` into, which ranked their gaps. Goals are made
 * from the rows alone: a report's competency gaps are shared objects, seldom in cache when many
 * profiles are analysed, and reading them here cost about a tenth of a report's time.
 */
export function pickGoals(rows: readonly ExpectationRow[], tally: Tally, steps: readonly StepRef[], date: string, options: GoalOptions = {}): DevelopmentGoal[] {
  const maxGoals = within(options.maxGoals ?? MOST_GOALS, 1, MOST_GOALS, "maxGoals");
  const months = within(options.goalMonths ?? 12, 1, 12, "goalMonths");
  const schedule = scheduleOf(date, months);
  const count = Math.min(maxGoals, tally.best.length);
  const goals = new Array<DevelopmentGoal>(count);
  for (let k = 0; k < count; k++) {
    const row = rows[tally.best[k]!]!;
    const gap = tally.goalGap(k);
    const from = row.rank - gap;
    goals[k] = {
      competency: row.id,
      name: row.name,
      // The scale's own step, shared as `to` (the expected step) is.
      from: steps[from]!,
      to: row.expected,
      looksLike: row.looksLike,
      due: schedule.due,
      value: row.weight * gap,
      milestones: milestones(row, from, steps, schedule),
    };
  }
  return goals;
}
