import { didYouMean, didYouMeanText } from "../load/suggest.js";
import { shortestPath } from "../model/graph.js";
import type { MoveKind, ResolvedLadder, ResolvedLevel } from "../model/resolved.js";

/** A level as an explanation names it. */
export interface ExplainedLevel {
  readonly id: string;
  readonly title: string;
  readonly track: string;
  readonly trackName: string;
  readonly band: number;
  readonly summary: string;
  readonly scope?: string | undefined;
}

/** A step with its label and rank (0 for the lowest). */
export interface ExplainedStep {
  readonly id: string;
  readonly label: string;
  readonly rank: number;
}

/** How one competency's expectation differs between the two levels. */
export interface ExpectationChange {
  readonly competency: string;
  readonly name: string;
  readonly category: string;
  /** The step at `from`; absent for a competency newly expected. */
  readonly from?: ExplainedStep | undefined;
  /** The step at the level; absent for a competency no longer expected. */
  readonly to?: ExplainedStep | undefined;
  /** What the step at the level looks like (or, for one no longer expected, the step at `from`). */
  readonly looksLike?: string | undefined;
}

/** What is new at a level compared with another: plain, stable data (`kind: "LevelExplanation"`). */
export interface LevelExplanation {
  readonly kind: "LevelExplanation";
  readonly version: 1;
  readonly ladder: { readonly id: string; readonly name: string; readonly version: string };
  readonly level: ExplainedLevel;
  /** The level compared with; absent for an entry level explained on its own (nothing below it). */
  readonly from?: ExplainedLevel | undefined;
  /** The single move from `from` to the level, when there is one (a `switch` is a track switch). */
  readonly move?: MoveKind | undefined;
  /** Moves on the shortest path from `from` to the level (promotions and switches); absent when it cannot be reached. */
  readonly hops?: number | undefined;
  /** With the default `from`: the other levels that lead straight into it (where tracks converge), to compare with each. */
  readonly alsoFrom: readonly ExplainedLevel[];
  /** The level's band minus `from`'s. */
  readonly bandChange: number;
  readonly raised: readonly ExpectationChange[];
  /** Newly expected: competencies `from` does not expect (on an entry level, everything it expects). */
  readonly added: readonly ExpectationChange[];
  /** Lower than at `from`: possible across a branch, a convergence or a track switch. */
  readonly lowered: readonly ExpectationChange[];
  /** Expected at `from` but not at the level (a competency of `from`'s track only). */
  readonly dropped: readonly ExpectationChange[];
  /** How many competencies keep their step. */
  readonly unchanged: number;
}

/** Options for `explainLevel`. */
export interface ExplainOptions {
  /** The level to compare with. Default: the one below on its track, the branch point for a branch's first level, the first track top that converges into it; none for an entry level. */
  readonly from?: string | undefined;
}

function named(ladder: ResolvedLadder, level: ResolvedLevel): ExplainedLevel {
  const { id, title, track, band, summary, scope } = level;
  return { id, title, track, trackName: ladder.trackById.get(track)!.name, band, summary, ...(scope === undefined ? {} : { scope }) };
}

function levelOf(ladder: ResolvedLadder, id: string, what: string): ResolvedLevel {
  const level = ladder.levelById.get(id);
  if (!level) throw new RangeError(`${what} '${id}' is not a level of ladder '${ladder.id}'${didYouMeanText(didYouMean(id, ladder.levelById.keys()))}`);
  return level;
}

/**
 * What is new at a level: compared with the level below it (or any other level, say across a track
 * switch), which expectations rise and what the new step looks like, which competencies are newly
 * expected, which fall or are no longer expected, and how band and scope change. Pure; throws a
 * RangeError (with "did you mean") for a level id the ladder does not have.
 *
 * @example
 * const up = explainLevel(ladder, "senior-engineering-manager"); // against engineering-manager
 * const across = explainLevel(ladder, "architect", { from: "senior-engineering-manager" }); // a track switch
 * console.log(across.raised.map((c) => `${c.name}: ${c.from?.label} -> ${c.to?.label}`));
 */
export function explainLevel(ladder: ResolvedLadder, level: string, options: ExplainOptions = {}): LevelExplanation {
  const to = levelOf(ladder, level, "level");
  const into = ladder.moves.filter((m) => m.to === to.id && m.kind !== "switch").map((m) => m.from);
  const fromId = options.from ?? into[0];
  const from = fromId === undefined ? undefined : levelOf(ladder, fromId, "--from level");
  if (from === to) throw new RangeError(`--from '${from.id}' is the level itself`);
  const step = (id: string): ExplainedStep => ({ id, label: ladder.stepById.get(id)?.label ?? id, rank: ladder.stepById.get(id)?.rank ?? -1 });
  const changes = { raised: [] as ExpectationChange[], added: [] as ExpectationChange[], lowered: [] as ExpectationChange[], dropped: [] as ExpectationChange[] };
  let unchanged = 0;
  for (const c of ladder.competencies) {
    const now = to.expectations.get(c.id);
    const before = from?.expectations.get(c.id);
    const base = { competency: c.id, name: c.name, category: c.category };
    const change: ExpectationChange = { ...base, from: before && step(before.step), to: now && step(now.step), looksLike: (now ?? before)?.description };
    if (now && before) {
      if (now.rank > before.rank) changes.raised.push(change);
      else if (now.rank < before.rank) changes.lowered.push(change);
      else unchanged++;
    } else if (now) changes.added.push(change);
    else if (before) changes.dropped.push(change);
  }
  const direct = from && ladder.moves.find((m) => m.from === from.id && m.to === to.id);
  const path = from && shortestPath(ladder, from.id, to.id);
  return {
    kind: "LevelExplanation",
    version: 1,
    ladder: { id: ladder.id, name: ladder.name, version: ladder.version },
    level: named(ladder, to),
    ...(from ? { from: named(ladder, from) } : {}),
    ...(direct ? { move: direct.kind } : {}),
    ...(path ? { hops: path.length } : {}),
    alsoFrom: options.from === undefined ? into.slice(1).map((id) => named(ladder, ladder.levelById.get(id)!)) : [],
    bandChange: from ? to.band - from.band : 0,
    ...changes,
    unchanged,
  };
}
