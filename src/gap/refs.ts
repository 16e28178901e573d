import { movesFrom, shortestPath } from "../model/graph.js";
import type { Move, ResolvedCompetency, ResolvedExpectation, ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import type { LevelRef, RisingExpectation, StepRef } from "./types.js";

/** One expectation of a level with what reports show of it, looked up once. */
export interface ExpectationRow {
  readonly competency: ResolvedCompetency;
  /** The competency's position in the ladder: where its rating is in `ratingsOf`'s list. */
  readonly position: number;
  readonly expectation: ResolvedExpectation;
  readonly expected: StepRef;
}

/** Per-ladder lookups that reports use again and again, built once per ladder. */
export interface LadderIndex {
  readonly steps: readonly StepRef[];
  readonly stepRank: ReadonlyMap<string, number>;
  readonly levels: ReadonlyMap<string, LevelRef>;
  /** Competency order in the ladder, for stable tie-breaks. */
  readonly order: ReadonlyMap<string, number>;
  /** The promotions out of each level, as `movesFrom` gives them. */
  readonly next: ReadonlyMap<string, readonly Move[]>;
  /** Shortest paths already found, by level and target; filled by `pathBetween`. */
  readonly paths: Map<string, Map<string, readonly Move[] | undefined>>;
  /** Each level's expectations in ladder order, with their competency and step; filled by `rowsOf`. */
  readonly rows: Map<string, readonly ExpectationRow[]>;
  /** What rises from one level to another, by level ids; filled by `risingExpectations`. */
  readonly risings: Map<string, Map<string, readonly RisingExpectation[]>>;
}

const cache = new WeakMap<ResolvedLadder, LadderIndex>();

function levelRef(ladder: ResolvedLadder, level: ResolvedLevel): LevelRef {
  const track = ladder.trackById.get(level.track)!;
  return { id: level.id, title: level.title, band: level.band, track: track.id, trackName: track.name, trackKind: track.kind };
}

/** The lookups for a ladder, cached: a resolved ladder is never changed after resolution. */
export function indexOf(ladder: ResolvedLadder): LadderIndex {
  let index = cache.get(ladder);
  if (!index) {
    index = {
      steps: ladder.scale.map((s) => ({ id: s.id, label: s.label, value: s.rank + 1 })),
      stepRank: new Map(ladder.scale.map((s) => [s.id, s.rank])),
      levels: new Map(ladder.levels.map((l) => [l.id, levelRef(ladder, l)])),
      order: new Map(ladder.competencies.map((c, i) => [c.id, i])),
      next: movesFrom(ladder),
      paths: new Map(),
      rows: new Map(),
      risings: new Map(),
    };
    cache.set(ladder, index);
  }
  return index;
}

/** The level of an id, or a TypeError: asking about a level the ladder lacks is a programming error. */
export function requireLevel(ladder: ResolvedLadder, id: string, what: string): ResolvedLevel {
  const level = ladder.levelById.get(id);
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

/** A level's expectations as rows, built once per level: reports walk them for every profile. */
export function rowsOf(ladder: ResolvedLadder, index: LadderIndex, level: ResolvedLevel): readonly ExpectationRow[] {
  const { rows, steps, order } = index;
  let found = rows.get(level.id);
  if (!found) {
    found = [...level.expectations.values()].map((expectation) => ({
      competency: ladder.competencyById.get(expectation.competency)!,
      position: order.get(expectation.competency)!,
      expectation,
      expected: steps[expectation.rank]!,
    }));
    rows.set(level.id, found);
  }
  return found;
}
