import type { Finding, Severity } from "../diagnostic.js";
import { didYouMeanText } from "../load/suggest.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import type { Rule, RuleMeta, RuleReport } from "./define-rule.js";
import { rules as registry } from "./rules/index.js";

/** A rule's configured severity, or `off`. */
export type RuleSetting = Severity | "off";

/** Severity by rule id; rules left out keep their default. */
export type RuleConfig = Readonly<Record<string, RuleSetting>>;

function render(meta: RuleMeta<string>, report: RuleReport<string>): string {
  const template = meta.messages[report.messageId] ?? report.messageId;
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(report.data?.[name] ?? `{{${name}}}`));
  return text + didYouMeanText(report.suggestion);
}

/**
 * @internal A rule's finding, and whether it is about the key of the mapping entry at its path rather
 * than the value (`at: "key"`): the loaders locate it with that, while the finding stays plain data.
 */
export interface RuleFinding {
  readonly finding: Finding;
  readonly atKey: boolean;
}

function collect(rule: Rule, setting: RuleSetting | undefined, run: (report: (r: RuleReport<string>) => void) => void): RuleFinding[] {
  const severity = setting ?? rule.meta.severity;
  if (severity === "off") return [];
  const found: RuleFinding[] = [];
  run((report) =>
    found.push({
      finding: {
        rule: rule.id,
        severity,
        message: render(rule.meta, report),
        // A copy: rules may report a path they share with others (see paths.ts, which caches them).
        path: [...report.path],
        suggestion: report.suggestion,
      },
      atKey: report.at === "key",
    }),
  );
  return found;
}

/** @internal `runLadderRules`, with whether each finding is about a key (for the loaders, which locate it). */
export function ladderRuleFindings(ladder: ResolvedLadder, config: RuleConfig = {}, rules: readonly Rule[] = Object.values(registry)): RuleFinding[] {
  return rules.flatMap((rule) =>
    rule.target === "ladder" ? collect(rule, config[rule.id], (report) => rule.check({ ladder, report })) : [],
  );
}

/** @internal `runProfileRules`, with whether each finding is about a key (for the loaders, which locate it). */
export function profileRuleFindings(
  ladder: ResolvedLadder,
  profile: Profile,
  config: RuleConfig = {},
  rules: readonly Rule[] = Object.values(registry),
): RuleFinding[] {
  return rules.flatMap((rule) =>
    rule.target === "profile" ? collect(rule, config[rule.id], (report) => rule.check({ ladder, profile, report })) : [],
  );
}

/**
 * Runs every ladder rule of the registry (or those given) on a resolved ladder. The findings have
 * no position; `parseLadder` and `validateLadder` add it.
 *
 * @example
 * const findings = runLadderRules(ladder, { "duplicate-title": "off" });
 */
export function runLadderRules(ladder: ResolvedLadder, config: RuleConfig = {}, rules: readonly Rule[] = Object.values(registry)): Finding[] {
  return ladderRuleFindings(ladder, config, rules).map(({ finding }) => finding);
}

/**
 * Runs every profile rule of the registry (or those given) on a profile against its ladder.
 *
 * @example
 * const findings = runProfileRules(ladder, profile, { "profile-unassessed": "off" });
 */
export function runProfileRules(
  ladder: ResolvedLadder,
  profile: Profile,
  config: RuleConfig = {},
  rules: readonly Rule[] = Object.values(registry),
): Finding[] {
  return profileRuleFindings(ladder, profile, config, rules).map(({ finding }) => finding);
}
