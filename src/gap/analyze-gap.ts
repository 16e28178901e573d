import type { Profile } from "../model/profile.js";
import type { Move, ResolvedLadder } from "../model/resolved.js";
import { calibrationPrompts } from "./calibration.js";
import { assess, type Assessment } from "./assess.js";
import { competencyGaps, readinessAt, ratingsOf, readinessOf, risingExpectations } from "./compare.js";
import { pickGoals, type GoalOptions } from "./goals.js";
import { indexOf, pathBetween, requireLevel, type LadderIndex } from "./refs.js";
import { REPORT_VERSION, type GapReport, type Hop, type TargetAnalysis } from "./types.js";

/** Options for `analyzeGap`. */
export interface GapOptions extends GoalOptions {
  /** The id of the level to analyse. Default: the profile's `target`, else the next level or levels. */
  readonly target?: string | undefined;
  /** Steps apart at which self and manager ratings become a calibration prompt. Default: 2. */
  readonly calibrationThreshold?: number | undefined;
}

function hop(ladder: ResolvedLadder, index: LadderIndex, assessments: readonly Assessment[], move: Move): Hop {
  const { levels } = index;
  const from = ladder.levelById.get(move.from)!;
  const to = ladder.levelById.get(move.to)!;
  const gaps = competencyGaps(ladder, index, to, assessments);
  return { kind: move.kind, from: levels.get(from.id)!, to: levels.get(to.id)!, rising: risingExpectations(ladder, index, from, to), gaps, readiness: readinessOf(gaps) };
}

function analyzeTarget(
  ladder: ResolvedLadder,
  index: LadderIndex,
  profile: Profile,
  assessments: readonly Assessment[],
  path: readonly Move[],
  reason: "next" | "named",
  options: GapOptions,
): TargetAnalysis {
  const current = ladder.levelById.get(profile.level)!;
  const hops = path.map((move) => hop(ladder, index, assessments, move));
  const last = hops[hops.length - 1]!;
  const target = ladder.levelById.get(last.to.id)!;
  return {
    level: last.to,
    reason,
    path: hops,
    competencies: last.gaps,
    rising: hops.length === 1 ? last.rising : risingExpectations(ladder, index, current, target),
    readiness: last.readiness,
    goals: pickGoals(ladder, index, last.gaps, profile.date, options),
  };
}

/**
 * Analyses where a person stands against the next level or levels (at a fork, each branch), or
 * against any named level reached by the shortest path of promotions and track switches (see
 * `shortestPath`). The profile must fit the ladder (validate it first): an unknown level or step,
 * or a target that is the current level or cannot be reached, throws a TypeError.
 *
 * @example
 * const report = analyzeGap(ladder, profile);
 * for (const target of report.targets) console.log(target.level.title, target.readiness.label);
 */
export function analyzeGap(ladder: ResolvedLadder, profile: Profile, options: GapOptions = {}): GapReport {
  const current = requireLevel(ladder, profile.level, "level");
  const named = options.target ?? profile.target;
  let path: readonly Move[] | undefined;
  if (named !== undefined) {
    requireLevel(ladder, named, "target");
    if (named === current.id) throw new TypeError(`target '${named}' is the current level`);
    path = pathBetween(ladder, current.id, named);
    if (!path) throw new TypeError(`target '${named}' cannot be reached from '${current.id}'`);
  }
  // The ladder's lookups, found once per report and handed down.
  const index = indexOf(ladder);
  const { levels, steps, next, stepRank } = index;
  // Each rating is read once here, then compared with every level the report looks at.
  const ratings = ratingsOf(ladder, profile);
  const assessments = ratings.map(assess);
  for (const a of assessments)
    if (a.kind === "step" && !stepRank.has(a.step))
      throw new TypeError(`rating '${a.step}' is not a step of ladder '${ladder.id}'; validate the profile against the ladder first`);
  const targets = path
    ? [analyzeTarget(ladder, index, profile, assessments, path, "named", options)]
    : (next.get(current.id) ?? []).map((move) => analyzeTarget(ladder, index, profile, assessments, [move], "next", options));
  return {
    kind: "GapReport",
    version: REPORT_VERSION,
    ladder: { id: ladder.id, name: ladder.name, version: ladder.version },
    person: profile.person.id === undefined ? { name: profile.person.name } : { name: profile.person.name, id: profile.person.id },
    date: profile.date,
    current: levels.get(current.id)!,
    currentReadiness: readinessAt(ladder, index, current, assessments),
    targets,
    calibration: calibrationPrompts(ladder, index, ratings, options.calibrationThreshold ?? 2),
    personalGoals: profile.goals ?? [],
    scale: steps,
  };
}
