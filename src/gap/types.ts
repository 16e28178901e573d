import type { PersonalGoal } from "../model/profile.js";
import type { MoveKind } from "../model/resolved.js";
import type { TrackKind } from "../model/track.js";

/**
 * The version of the gap and team report shapes; raised on any incompatible change.
 *
 * @example
 * if (stored.version !== REPORT_VERSION) stored = analyzeGap(ladder, profile); // computed by another version
 */
export const REPORT_VERSION = 1;

/** A level as reports name it. */
export interface LevelRef {
  readonly id: string;
  readonly title: string;
  readonly band: number;
  readonly track: string;
  readonly trackName: string;
  readonly trackKind: TrackKind;
}

/** A scale step as reports show it. `value` is its position on the scale, 1 for the lowest. */
export interface StepRef {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

/** Which rating a gap was computed from: the agreed one first, then the manager's, then the person's own. */
export type RatingSource = "agreed" | "manager" | "self";

/**
 * Where a competency stands: `met` (at or above the expectation), `gap` (below), `unassessed`
 * (no rating: never counted as zero) or `not-applicable` (marked not applicable or no
 * opportunity: not a gap).
 */
export type CompetencyStatus = "met" | "gap" | "unassessed" | "not-applicable";

/** One competency against one level. Reports of a ladder share equal ones, frozen: copy one before changing it. */
export interface CompetencyGap {
  readonly competency: string;
  readonly name: string;
  readonly category: string;
  readonly weight: number;
  readonly expected: StepRef;
  /** What the expected step looks like at this level. */
  readonly looksLike?: string | undefined;
  readonly assessed?: (StepRef & { readonly source: RatingSource }) | undefined;
  /** Expected minus assessed, in steps: positive is a gap, negative a surplus; 0 when not assessed. */
  readonly gap: number;
  readonly status: CompetencyStatus;
  /** The status given in the profile, for `not-applicable` competencies. */
  readonly reason?: "not-applicable" | "no-opportunity" | undefined;
}

/** An expectation that rises from the current level to the target: what is new there. */
export interface RisingExpectation {
  readonly competency: string;
  readonly name: string;
  /** The step at the current level, or undefined where the current level does not expect it. */
  readonly from?: StepRef | undefined;
  readonly to: StepRef;
  readonly looksLike?: string | undefined;
}

/** Readiness label thresholds, on the share of counted expectations met. */
export type ReadinessLabel = "ready" | "nearly-ready" | "developing" | "not-yet";

/** How much of a level's expectations are met. */
export interface Readiness {
  /** Expectations counted: all but those marked not applicable. */
  readonly counted: number;
  readonly met: number;
  readonly gaps: number;
  readonly unassessed: number;
  readonly notApplicable: number;
  /**
   * `met / counted`, 0..1. Unassessed expectations are not met. 0 when nothing is counted (every
   * expectation marked not applicable): no evidence is not readiness.
   */
  readonly share: number;
  /** Sum of the gaps in steps (surpluses do not offset gaps). */
  readonly totalGap: number;
  /** Sum of each gap times its competency's weight. */
  readonly weightedGap: number;
  readonly label: ReadinessLabel;
}

/** A milestone on the way to a goal, worked backward from the goal's due date. */
export interface Milestone {
  readonly step: StepRef;
  readonly due: string;
  /** What to show by then. */
  readonly outcome: string;
}

/** A development goal drawn from one of the most valuable gaps. */
export interface DevelopmentGoal {
  readonly competency: string;
  readonly name: string;
  readonly from: StepRef;
  readonly to: StepRef;
  readonly looksLike?: string | undefined;
  readonly due: string;
  /** weight x gap: what ranked this goal. */
  readonly value: number;
  /** Intermediate steps, earliest first, the last being the goal itself. */
  readonly milestones: readonly Milestone[];
}

/** One move of the path to a target, with the gaps at the level it leads to. */
export interface Hop {
  readonly kind: MoveKind;
  readonly from: LevelRef;
  readonly to: LevelRef;
  readonly rising: readonly RisingExpectation[];
  readonly gaps: readonly CompetencyGap[];
  readonly readiness: Readiness;
}

/** The analysis of one target level. */
export interface TargetAnalysis {
  readonly level: LevelRef;
  /** How the target is reached: `next` (a default target) or `named` (asked for). */
  readonly reason: "next" | "named";
  /** The moves from the current level, one hop each; a single hop for the next level. */
  readonly path: readonly Hop[];
  /** Every expected competency at the target. */
  readonly competencies: readonly CompetencyGap[];
  /** What is new at the target compared with the current level. */
  readonly rising: readonly RisingExpectation[];
  readonly readiness: Readiness;
  readonly goals: readonly DevelopmentGoal[];
}

/** A competency where self and manager ratings differ enough to talk about. */
export interface CalibrationPrompt {
  readonly competency: string;
  readonly name: string;
  readonly self: StepRef;
  readonly manager: StepRef;
  /** self minus manager, in steps. */
  readonly difference: number;
}

/**
 * A goal the person set for themselves, as a report carries it: the profile's fields, and with a
 * competency the ladder has, that competency's `name`, so a report names it as it names the others.
 */
export interface ReportedGoal extends PersonalGoal {
  readonly name?: string | undefined;
}

/** A gap report: where one person stands against one or more target levels. */
export interface GapReport {
  readonly kind: "GapReport";
  readonly version: typeof REPORT_VERSION;
  readonly ladder: { readonly id: string; readonly name: string; readonly version: string };
  readonly person: { readonly name: string; readonly id?: string | undefined };
  readonly date: string;
  readonly current: LevelRef;
  /** Where the current level stands (the baseline before any promotion). */
  readonly currentReadiness: Readiness;
  readonly targets: readonly TargetAnalysis[];
  readonly calibration: readonly CalibrationPrompt[];
  /** The profile's own goals, carried through in its order, each with its competency's name. */
  readonly personalGoals: readonly ReportedGoal[];
  /** The scale, lowest first, for renderers that draw it. */
  readonly scale: readonly StepRef[];
}
