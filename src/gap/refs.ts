import { movesFrom, shortestPath } from "../model/graph.js";
import type { Move, ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import { SOURCE_CODES } from "./assess.js";
import { byId } from "./by-id.js";
import { planLevel, type LevelPlan } from "./level-plan.js";
import type { LevelRef, RatingSource, RisingExpectation, StepRef } from "./types.js";

/** A step as a competency gap shows what was assessed: the step and where the rating came from. */
export type AssessedStep = StepRef & { readonly source: RatingSource };

/**
 * Per-ladder lookups that reports use again and again, built once per ladder. Whatever of it reaches
 * a report (steps, assessed steps, level refs, rising expectations, the competency gaps its level
 * plans keep) is shared by every report of the ladder, so it is frozen: a caller who changed one
 * report's `scale` or `current` would otherwise change every later report.
 *
 * The arrays that reports only look things up in (`steps`, `assessed`) are not frozen themselves:
 * on Node 20, reading an element of a frozen array is a call into V8's generic lookup, about three
 * times slower than an ordinary array, and reports read these for every competency.
 */
export interface LadderIndex {
  /** The scale's steps, by rank, each frozen; to look steps up in. */
  readonly steps: readonly StepRef[];
  /** The same steps in a frozen array: the `scale` every report shares. */
  readonly scale: readonly StepRef[];
  /** Each step's rank, by id (`byId`). */
  readonly stepRank: Readonly<Record<string, number | undefined>>;
  /** Each level, by id (`byId`). */
  readonly levelById: Readonly<Record<string, ResolvedLevel | undefined>>;
  /** Each competency's name, by id (`byId`). */
  readonly competencyName: Readonly<Record<string, string | undefined>>;
  /**
   * Each step with each source, by source (in `SOURCE_CODES` order) then rank: reports share these,
   * as they share `steps` for the expected step, instead of building one per assessed competency.
   */
  readonly assessed: readonly (readonly AssessedStep[])[];
  readonly levels: ReadonlyMap<string, LevelRef>;
  /** The competency ids in ladder order: where `readRatings` looks each rating up. */
  readonly competencyIds: readonly string[];
  /** Each competency's position in the ladder, by id. */
  readonly order: ReadonlyMap<string, number>;
  /** The promotions out of each level, as `movesFrom` gives them. */
  readonly next: ReadonlyMap<string, readonly Move[]>;
  /** Shortest paths already found, by level and target; filled by `pathBetween`. */
  readonly paths: Map<string, Map<string, readonly Move[] | undefined>>;
  /** What reports need of each level, by level id (`byId`); filled by `planOf` as levels are first asked about. */
  readonly plans: Record<string, LevelPlan | undefined>;
  /** What rises from one level to another, by level ids; filled by `risingExpectations`. */
  readonly risings: Map<string, Map<string, readonly RisingExpectation[]>>;
}

const cache = new WeakMap<ResolvedLadder, LadderIndex>();

function levelRef(ladder: ResolvedLadder, level: ResolvedLevel): LevelRef {
  const track = ladder.trackById.get(level.track)!;
  return Object.freeze({ id: level.id, title: level.title, band: level.band, track: track.id, trackName: track.name, trackKind: track.kind });
}

/** The lookups for a ladder, cached: a resolved ladder is never changed after resolution. */
export function indexOf(ladder: ResolvedLadder): LadderIndex {
  let index = cache.get(ladder);
  if (!index) {
    const steps = ladder.scale.map((s) => Object.freeze({ id: s.id, label: s.label, value: s.rank + 1 }));
    index = {
      steps,
      scale: Object.freeze([...steps]),
      stepRank: byId(ladder.scale.map((s) => [s.id, s.rank])),
      levelById: byId(ladder.levels.map((l) => [l.id, l])),
      competencyName: byId(ladder.competencies.map((c) => [c.id, c.name])),
      assessed: SOURCE_CODES.map((source) => steps.map((step) => Object.freeze({ ...step, source }))),
      levels: new Map(ladder.levels.map((l) => [l.id, levelRef(ladder, l)])),
      competencyIds: ladder.competencies.map((c) => c.id),
      order: new Map(ladder.competencies.map((c, i) => [c.id, i])),
      next: movesFrom(ladder),
      paths: new Map(),
      plans: byId<LevelPlan>([]),
      risings: new Map(),
    };
    cache.set(ladder, index);
  }
  return index;
}

/** The level of an id, or a TypeError: asking about a level the ladder lacks is a programming error. */
export function requireLevel(ladder: ResolvedLadder, index: LadderIndex, id: string, what: string): ResolvedLevel {
  const level = index.levelById[id];
  if (!level) throw new TypeError(`${what} '${id}' is not a level of ladder '${ladder.id}'; validate the profile against the ladder first`);
  return level;
}

/** `shortestPath` over every kind of move, remembered per ladder: reports ask for the same few paths again and again. */
export function pathBetween(ladder: ResolvedLadder, from: string, to: string): readonly Move[] | undefined {
  const { paths } = indexOf(ladder);
  let fromHere = paths.get(from);
  if (!fromHere) paths.set(from, (fromHere = new Map()));
  if (!fromHere.has(to)) fromHere.set(to, shortestPath(ladder, from, to));
  return fromHere.get(to);
}

/** What reports need of a level (a known id), worked out the first time a report asks. */
export function planOf(ladder: ResolvedLadder, index: LadderIndex, id: string): LevelPlan {
  let plan = index.plans[id];
  if (!plan) index.plans[id] = plan = planLevel(ladder, index, index.levelById[id]!);
  return plan;
}
