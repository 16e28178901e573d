import type { PathKey, Severity } from "../diagnostic.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";

/** What a rule says about itself: shown in docs and used by the runner. */
export interface RuleMeta<M extends string> {
  /** One line: what the rule checks. */
  readonly description: string;
  /** The severity it reports with unless configured otherwise. */
  readonly severity: Severity;
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  readonly messages: Readonly<Record<M, string>>;
}

/** One finding of a rule: a message id, its data and where it is. The runner adds the rest. */
export interface RuleReport<M extends string> {
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly path: readonly PathKey[];
  /**
   * `key` when the finding is about the key of the mapping entry at `path` (an unknown id written
   * as a key), not its value: the diagnostic then points at the key, whatever the value is.
   */
  readonly at?: "key" | undefined;
  /** A likely fix; the runner adds "did you mean" to the message. */
  readonly suggestion?: string | undefined;
}

/** What a ladder rule sees. */
export interface LadderRuleContext<M extends string> {
  readonly ladder: ResolvedLadder;
  /** Reports one finding; the runner adds the rule id, severity and message. */
  report(report: RuleReport<M>): void;
}

/** What a profile rule sees: the profile and the ladder it refers to. */
export interface ProfileRuleContext<M extends string> extends LadderRuleContext<M> {
  readonly profile: Profile;
}

/** A rule about a ladder. */
export interface LadderRule<M extends string = string> {
  readonly id: string;
  readonly target: "ladder";
  readonly meta: RuleMeta<M>;
  /** Looks at the ladder and calls `context.report` for each finding. */
  check(context: LadderRuleContext<M>): void;
}

/** A rule about a profile against its ladder. */
export interface ProfileRule<M extends string = string> {
  readonly id: string;
  readonly target: "profile";
  readonly meta: RuleMeta<M>;
  /** Looks at the profile against its ladder and calls `context.report` for each finding. */
  check(context: ProfileRuleContext<M>): void;
}

/** Any rule. */
export type Rule = LadderRule<string> | ProfileRule<string>;

/**
 * Declares a ladder rule; the identity function that gives it its type.
 *
 * @example
 * const shortTitles = defineLadderRule({
 *   id: "short-titles",
 *   meta: { description: "Level titles fit on a badge.", severity: "warning", messages: { long: "title '{{title}}' is long" } },
 *   check({ ladder, report }) {
 *     ladder.source.tracks.forEach((track, t) =>
 *       track.levels.forEach((level, l) => {
 *         if (level.title.length > 30) report({ messageId: "long", data: { title: level.title }, path: ["tracks", t, "levels", l, "title"] });
 *       }),
 *     );
 *   },
 * });
 * const findings = runLadderRules(ladder, {}, [shortTitles]);
 */
export function defineLadderRule<M extends string>(rule: Omit<LadderRule<M>, "target">): LadderRule<M> {
  return { ...rule, target: "ladder" };
}

/**
 * Declares a profile rule; the identity function that gives it its type.
 *
 * @example
 * const hasEvidence = defineProfileRule({
 *   id: "has-evidence",
 *   meta: { description: "Detailed ratings cite evidence.", severity: "info", messages: { none: "no evidence for {{id}}" } },
 *   check({ profile, report }) {
 *     for (const [id, rating] of Object.entries(profile.ratings))
 *       if (typeof rating === "object" && !rating.evidence?.length) report({ messageId: "none", data: { id }, path: ["ratings", id] });
 *   },
 * });
 */
export function defineProfileRule<M extends string>(rule: Omit<ProfileRule<M>, "target">): ProfileRule<M> {
  return { ...rule, target: "profile" };
}
