import { sortDiagnostics, type Diagnostic, type Finding } from "../diagnostic.js";
import { expectText } from "../load/decode.js";
import { DEFAULT_LIMITS } from "../load/limits.js";
import { place, type YamlSource } from "../load/locate.js";
import { schemaFindings } from "../load/schema-issues.js";
import { didYouMean, didYouMeanText } from "../load/suggest.js";
import { parseYaml } from "../load/yaml.js";
import { rules as registry } from "../validate/rules/index.js";
import { settingOf } from "../validate/settings.js";
import type { RuleConfig } from "../validate/run-rules.js";
import { ConfigSchema } from "./schema.js";

/** The rule id every config diagnostic carries. */
export const CONFIG_RULE = "config";

/** A valid config: severities by rule id, and the file they came from. */
export interface LadderkitConfig {
  readonly rules: RuleConfig;
  readonly file: string;
}

/** What reading a config gave: the config when it has no error, and every diagnostic. */
export interface ConfigResult {
  /** The config file, as given. */
  readonly file: string;
  readonly config?: LadderkitConfig | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Rule ids that are not in the registry, as findings located at their key. */
function unknownRules(value: unknown, ids: readonly string[]): Finding[] {
  const rules = (value as { rules?: unknown } | undefined)?.rules;
  if (rules === null || typeof rules !== "object" || Array.isArray(rules)) return [];
  return Object.keys(rules)
    .filter((id) => !ids.includes(id))
    .map((id) => {
      const suggestion = didYouMean(id, ids);
      return { rule: CONFIG_RULE, severity: "error", message: `unknown rule '${id}'${didYouMeanText(suggestion)}`, path: ["rules", id], suggestion };
    });
}

/**
 * Parses the text of a config file. Never throws: YAML errors, schema errors, unknown rule ids and
 * bad severities are diagnostics (rule `config`) with a line and column. Text that is not a string
 * (a file's bytes: read it with `"utf8"`) is a TypeError.
 *
 * @example
 * const { config, diagnostics } = parseConfig("apiVersion: ladderkit/v1\nkind: Config\nrules:\n  track-parity: warn\n", ".ladderkit.yaml");
 * // config.rules: { "track-parity": "warning" }
 */
export function parseConfig(text: string, file: string, ids: readonly string[] = Object.keys(registry)): ConfigResult {
  expectText(text, "parseConfig");
  const parsed = parseYaml(text, file, DEFAULT_LIMITS);
  const asConfig = (d: Diagnostic): Diagnostic => ({ ...d, rule: CONFIG_RULE, severity: "error" });
  if (parsed.value === undefined) return { file, diagnostics: parsed.diagnostics.map(asConfig) };
  const source = parsed.source as YamlSource;
  const result = ConfigSchema.safeParse(parsed.value);
  const shape = result.success ? [] : schemaFindings(result.error.issues, ConfigSchema, parsed.value);
  const diagnostics = sortDiagnostics(
    [...shape.map(({ finding, atKey }) => place(source, finding, atKey)), ...unknownRules(parsed.value, ids).map((finding) => place(source, finding, true))].map(asConfig),
  );
  if (!result.success || diagnostics.length > 0) return { file, diagnostics };
  const rules = Object.fromEntries(Object.entries(result.data.rules ?? {}).map(([id, severity]) => [id, settingOf(severity)]));
  return { file, config: { rules, file }, diagnostics };
}
