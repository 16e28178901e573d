import type { Severity } from "../diagnostic.js";

/**
 * The words a rule may be set to, in a config file and in the API's `rules` option alike: a
 * severity, `warn` (short for `warning`), or `off`. A leaf module: the config's zod schema and the
 * rule runner both read it, and neither pulls the other in.
 */
export const RULE_SETTINGS = ["error", "warn", "warning", "info", "off"] as const;

/** A rule setting as rules are run with it: `warn` written `warning`, the others as they are. */
export function settingOf(setting: (typeof RULE_SETTINGS)[number]): Severity | "off" {
  return setting === "warn" ? "warning" : setting;
}
