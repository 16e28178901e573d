import type { Category, Competency } from "./competency.js";
import type { Ladder } from "./ladder.js";
import type { ScaleStep } from "./scale.js";
import type { TrackKind } from "./track.js";

/** A scale step with its rank: 0 for the lowest step. */
export interface ResolvedStep extends ScaleStep {
  readonly rank: number;
}

/** A competency with its defaults filled in. */
export interface ResolvedCompetency extends Competency {
  /** Relative weight in weighted gaps. */
  readonly weight: number;
  /** Ids of the tracks it applies to (every track when the ladder did not restrict it). */
  readonly appliesTo: readonly string[];
}

/** What a level expects of one competency, after inheritance. */
export interface ResolvedExpectation {
  readonly competency: string;
  /** The expected step's id. */
  readonly step: string;
  /** The expected step's rank, or -1 when the step is not on the scale. */
  readonly rank: number;
  /** What the expectation looks like: the level's own words, else the competency's words for the step. */
  readonly description?: string | undefined;
  /** The id of the level that wrote this expectation (itself, or the level it was inherited from). */
  readonly definedAt: string;
}

/** A level with its track, position and full expectation matrix row. */
export interface ResolvedLevel {
  readonly id: string;
  readonly title: string;
  readonly band: number;
  readonly summary: string;
  readonly scope?: string | undefined;
  /** Declared as a level with no promotion. */
  readonly top: boolean;
  /** The id of its track. */
  readonly track: string;
  /** Its 0-based position on the track. */
  readonly position: number;
  /** Expectations by competency id, in the ladder's competency order. */
  readonly expectations: ReadonlyMap<string, ResolvedExpectation>;
}

/** A track with the ids of its levels, lowest first. */
export interface ResolvedTrack {
  readonly id: string;
  readonly name: string;
  readonly kind: TrackKind;
  readonly description?: string | undefined;
  readonly branchesFrom?: string | undefined;
  readonly leadsTo?: string | undefined;
  readonly levels: readonly string[];
}

/**
 * A move between levels: `promotion` (next level on the track), `branch` (into a track that grows out
 * of a level), `convergence` (from the top of a track into a level of another) and `switch`
 * (a lateral move to the level of equal band on another track).
 */
export type MoveKind = "promotion" | "branch" | "convergence" | "switch";

/** One edge of the career graph. */
export interface Move {
  readonly from: string;
  readonly to: string;
  readonly kind: MoveKind;
}

/** A ladder resolved: inheritance applied, defaults filled in, the career graph built. */
export interface ResolvedLadder {
  /** The ladder as written. */
  readonly source: Ladder;
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly scale: readonly ResolvedStep[];
  readonly categories: readonly Category[];
  readonly competencies: readonly ResolvedCompetency[];
  readonly tracks: readonly ResolvedTrack[];
  /** Every level, track by track, lowest first. */
  readonly levels: readonly ResolvedLevel[];
  /** Every move: promotions, branches, convergences and track switches. */
  readonly moves: readonly Move[];
  readonly stepById: ReadonlyMap<string, ResolvedStep>;
  readonly competencyById: ReadonlyMap<string, ResolvedCompetency>;
  readonly trackById: ReadonlyMap<string, ResolvedTrack>;
  readonly levelById: ReadonlyMap<string, ResolvedLevel>;
}
