import type { Finding, Severity } from "../diagnostic.js";
import { didYouMean, didYouMeanText } from "../load/suggest.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import type { Rule, RuleMeta, RuleReport } from "./define-rule.js";
import { rules as registry } from "./rules/index.js";
import { RULE_SETTINGS, settingOf } from "./settings.js";

/** A rule's configured severity (`warn` is short for `warning`, as in a config file), or `off`. */
export type RuleSetting = Severity | "warn" | "off";

/** Severity by rule id; rules left out keep their default. */
export type RuleConfig = Readonly<Record<string, RuleSetting>>;

const REGISTRY_IDS: readonly string[] = Object.keys(registry);

/**
 * @internal Checks a `rules` option as a config file is checked, and gives it with `warn` written
 * `warning`. A setting that is not one of `RULE_SETTINGS`, or an id that is not a rule of `ids`,
 * is a mistake in the calling code, not in a document: a TypeError, naming the rule and the words
 * allowed. Without it the setting passed through as a severity that no count or exit code knows.
 */
export function ruleSettings(config: RuleConfig | null | undefined, ids: readonly string[] = REGISTRY_IDS): Readonly<Record<string, Severity | "off">> {
  // A config's `rules:` with every entry commented out is null: as good as none, here too.
  if (config === undefined || config === null) return {};
  if (typeof config !== "object" || Array.isArray(config))
    throw new TypeError(`rules must be an object of rule ids to severities (${RULE_SETTINGS.join(", ")}), not ${Array.isArray(config) ? "a list" : typeof config}`);
  const settings: Record<string, Severity | "off"> = Object.create(null);
  for (const [id, setting] of Object.entries(config as Record<string, unknown>)) {
    if (!ids.includes(id)) throw new TypeError(`unknown rule '${id}' in rules${didYouMeanText(didYouMean(id, ids))}`);
    if (!(RULE_SETTINGS as readonly unknown[]).includes(setting)) {
      const shown = typeof setting === "string" ? `'${setting}'` : String(setting);
      throw new TypeError(`rule '${id}' cannot be set to ${shown} (expected ${RULE_SETTINGS.join(", ")})`);
    }
    settings[id] = settingOf(setting as (typeof RULE_SETTINGS)[number]);
  }
  return settings;
}

/** The rule ids a `rules` option may name when these rules run: the registry's, and any others given. */
function idsWith(rules: readonly Rule[]): readonly string[] {
  const extra = rules.filter((rule) => !REGISTRY_IDS.includes(rule.id)).map((rule) => rule.id);
  return extra.length === 0 ? REGISTRY_IDS : [...REGISTRY_IDS, ...extra];
}

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

function collect(rule: Rule, setting: Severity | "off" | undefined, run: (report: (r: RuleReport<string>) => void) => void): RuleFinding[] {
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
  const settings = ruleSettings(config, idsWith(rules));
  return rules.flatMap((rule) =>
    rule.target === "ladder" ? collect(rule, settings[rule.id], (report) => rule.check({ ladder, report })) : [],
  );
}

/** @internal `runProfileRules`, with whether each finding is about a key (for the loaders, which locate it). */
export function profileRuleFindings(
  ladder: ResolvedLadder,
  profile: Profile,
  config: RuleConfig = {},
  rules: readonly Rule[] = Object.values(registry),
): RuleFinding[] {
  const settings = ruleSettings(config, idsWith(rules));
  return rules.flatMap((rule) =>
    rule.target === "profile" ? collect(rule, settings[rule.id], (report) => rule.check({ ladder, profile, report })) : [],
  );
}

/**
 * Runs every ladder rule of the registry (or those given) on a resolved ladder. The findings have
 * no position; `parseLadder` and `validateLadder` add it. `config` takes the words a config file
 * does (`warn` for `warning`); an unknown rule id or word in it is a TypeError.
 *
 * @example
 * const findings = runLadderRules(ladder, { "duplicate-title": "off" });
 */
export function runLadderRules(ladder: ResolvedLadder, config: RuleConfig = {}, rules: readonly Rule[] = Object.values(registry)): Finding[] {
  return ladderRuleFindings(ladder, config, rules).map(({ finding }) => finding);
}

/**
 * Runs every profile rule of the registry (or those given) on a profile against its ladder.
 * `config` is checked as for `runLadderRules`.
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
