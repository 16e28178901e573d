import type { PersonalGoal, Profile } from "../model/profile.js";
import type { Move, ResolvedLadder } from "../model/resolved.js";
import { calibrationPrompts } from "./calibration.js";
import { readRatings, type ReadRatings } from "./assess.js";
import { competencyGaps, readinessAt, risingExpectations, Tally } from "./compare.js";
import { pickGoals, type GoalOptions } from "./goals.js";
import type { LevelPlan } from "./level-plan.js";
import { indexOf, pathBetween, planOf, requireLevel, type LadderIndex } from "./refs.js";
import { REPORT_VERSION, type GapReport, type Hop, type ReportedGoal, type TargetAnalysis } from "./types.js";

/** Options for `analyzeGap`. */
export interface GapOptions extends GoalOptions {
  /** The id of the level to analyse. Default: the profile's `target`, else the next level or levels. */
  readonly target?: string | undefined;
  /** Steps apart at which self and manager ratings become a calibration prompt. Default: 2. */
  readonly calibrationThreshold?: number | undefined;
}

/** One move of a path, its gaps counted into `tally`. */
function hop(ladder: ResolvedLadder, index: LadderIndex, ratings: ReadRatings, move: Move, tally: Tally): Hop {
  const from = planOf(ladder, index, move.from);
  const to = planOf(ladder, index, move.to);
  const gaps = competencyGaps(to.rows, ratings, index, tally);
  return { kind: move.kind, from: from.ref, to: to.ref, rising: risingExpectations(ladder, index, from.level, to.level), gaps, readiness: tally.readiness(to.rows.length) };
}

/**
 * The profile's own goals, each with its competency's name. One object literal each, the fields a goal
 * lacks left undefined (JSON leaves them out): conditional spreads made a sample report 14% more
 * instructions (cachegrind, the three sample profiles).
 */
function reportedGoals(index: LadderIndex, goals: readonly PersonalGoal[] | undefined): ReportedGoal[] {
  if (goals === undefined) return [];
  const reported = new Array<ReportedGoal>(goals.length);
  for (let i = 0; i < goals.length; i++) {
    const { title, competency, due, note } = goals[i]!;
    const name = competency === undefined ? undefined : index.competencyName[competency];
    reported[i] = { title, competency, name, due, note };
  }
  return reported;
}

function analyzeTarget(
  ladder: ResolvedLadder,
  index: LadderIndex,
  profile: Profile,
  here: LevelPlan,
  ratings: ReadRatings,
  path: readonly Move[],
  reason: "next" | "named",
  options: GapOptions,
): TargetAnalysis {
  const hops: Hop[] = [];
  // Each hop counts into a tally of its own; the last one's ranks the target's gaps for goals.
  let tally: Tally | undefined;
  for (const move of path) {
    tally = new Tally();
    hops.push(hop(ladder, index, ratings, move, tally));
  }
  const last = hops[hops.length - 1]!;
  const target = planOf(ladder, index, last.to.id);
  return {
    level: last.to,
    reason,
    path: hops,
    competencies: last.gaps,
    rising: hops.length === 1 ? last.rising : risingExpectations(ladder, index, here.level, target.level),
    readiness: last.readiness,
    goals: pickGoals(target.rows, tally!, index.steps, profile.date, options),
  };
}

/**
 * Analyses where a person stands against the next level or levels (at a fork, each branch), or
 * against any named level reached by the shortest path of promotions and track switches (see
 * `shortestPath`). The profile must fit the ladder (validate it first): an unknown level, step or
 * status, or a target that is the current level or cannot be reached, throws a TypeError.
 *
 * @example
 * const report = analyzeGap(ladder, profile);
 * for (const target of report.targets) console.log(target.level.title, target.readiness.label);
 */
export function analyzeGap(ladder: ResolvedLadder, profile: Profile, options: GapOptions = {}): GapReport {
  // The ladder's lookups, found once per report and handed down.
  const index = indexOf(ladder);
  const current = requireLevel(ladder, index, profile.level, "level");
  const named = options.target ?? profile.target;
  let path: readonly Move[] | undefined;
  if (named !== undefined) {
    const target = requireLevel(ladder, index, named, "target");
    if (target === current) throw new TypeError(`target '${named}' is the current level`);
    // The ladder's own ids from here on: the paths found are kept by them.
    path = pathBetween(ladder, current.id, target.id);
    if (!path) throw new TypeError(`target '${named}' cannot be reached from '${current.id}'`);
  }
  const here = planOf(ladder, index, current.id);
  // Each rating is read once here, then compared with every level the report looks at.
  const ratings = readRatings(ladder, index, profile);
  const targets: TargetAnalysis[] = [];
  if (path) targets.push(analyzeTarget(ladder, index, profile, here, ratings, path, "named", options));
  else for (const move of here.next) targets.push(analyzeTarget(ladder, index, profile, here, ratings, [move], "next", options));
  return {
    kind: "GapReport",
    version: REPORT_VERSION,
    ladder: { id: ladder.id, name: ladder.name, version: ladder.version },
    person: profile.person.id === undefined ? { name: profile.person.name } : { name: profile.person.name, id: profile.person.id },
    date: profile.date,
    current: here.ref,
    currentReadiness: readinessAt(here.rows, ratings),
    targets,
    calibration: calibrationPrompts(ladder, index, ratings.selfAndManager, options.calibrationThreshold ?? 2),
    personalGoals: reportedGoals(index, profile.goals),
    scale: index.scale,
  };
}
