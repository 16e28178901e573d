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
  /** A likely fix; the runner adds "did you mean" to the message. */
  readonly suggestion?: string | undefined;
}

/** What a ladder rule sees. */
export interface LadderRuleContext<M extends string> {
  readonly ladder: ResolvedLadder;
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
  check(context: LadderRuleContext<M>): void;
}

/** A rule about a profile against its ladder. */
export interface ProfileRule<M extends string = string> {
  readonly id: string;
  readonly target: "profile";
  readonly meta: RuleMeta<M>;
  check(context: ProfileRuleContext<M>): void;
}

/** Any rule. */
export type Rule = LadderRule<string> | ProfileRule<string>;

/** Declares a ladder rule; the identity function that gives it its type. */
export function defineLadderRule<M extends string>(rule: Omit<LadderRule<M>, "target">): LadderRule<M> {
  return { ...rule, target: "ladder" };
}

/** Declares a profile rule; the identity function that gives it its type. */
export function defineProfileRule<M extends string>(rule: Omit<ProfileRule<M>, "target">): ProfileRule<M> {
  return { ...rule, target: "profile" };
}
