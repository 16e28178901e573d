import type { Diagnostic, Severity } from "../../diagnostic.js";
import { loadRules } from "../../validate/load-rules.js";
import { rules } from "../../validate/rules/index.js";
import { reportUri } from "./report-path.js";
import type { Formatter } from "./types.js";

/** The package version, put in by the build; undefined when run from source. */
declare const __VERSION__: string | undefined;

/** The SARIF version written. */
export const SARIF_VERSION = "2.1.0";

/** The JSON schema of that version, named in the output's `$schema`. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** SARIF's name for each severity. */
export const SARIF_LEVELS: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", info: "note" };

interface RuleDescriptor {
  id: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration?: { level: string };
}

const descriptor = (id: string, description: string, severity: Severity): RuleDescriptor => ({
  id,
  shortDescription: { text: description },
  fullDescription: { text: description },
  defaultConfiguration: { level: SARIF_LEVELS[severity] },
});

/** Every rule ladderkit can report under: the built-in rules, then what the loader checks. */
function ruleDescriptors(): RuleDescriptor[] {
  return [
    ...Object.values(rules).map((rule) => descriptor(rule.id, rule.meta.description, rule.meta.severity)),
    ...loadRules.map((rule) => descriptor(rule.id, rule.description, rule.severity)),
  ];
}

const region = (d: Diagnostic) =>
  d.line === undefined
    ? undefined
    : { startLine: d.line, startColumn: d.column ?? 1, endLine: d.endLine ?? d.line, endColumn: d.endColumn ?? d.column ?? 1 };

/**
 * SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: one run whose driver
 * lists every rule (built-in and loader rules, with a descriptor added for any other id a result
 * uses, so every `ruleIndex` is valid), every checked file as an artifact, and one result per
 * diagnostic. URIs are relative to `cwd` and percent-encoded; columns count UTF-16 code units and
 * end columns are exclusive, as SARIF's defaults are. Stable order; never coloured.
 */
export const sarif: Formatter = (results, options = {}) => {
  const driverRules = ruleDescriptors();
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]));
  const artifacts: { location: { uri: string } }[] = [];
  const artifactIndex = new Map<string, number>();
  const artifact = (file: string) => {
    const uri = reportUri(file, options.cwd);
    if (!artifactIndex.has(uri)) artifactIndex.set(uri, artifacts.push({ location: { uri } }) - 1);
    return { uri, index: artifactIndex.get(uri)! };
  };
  const sarifResults = [];
  for (const result of results) {
    artifact(result.file);
    for (const d of result.diagnostics) {
      if (!ruleIndex.has(d.rule)) ruleIndex.set(d.rule, driverRules.push({ id: d.rule }) - 1);
      const physicalLocation = { artifactLocation: artifact(d.file ?? result.file), region: region(d) };
      sarifResults.push({
        ruleId: d.rule,
        ruleIndex: ruleIndex.get(d.rule)!,
        level: SARIF_LEVELS[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation }],
      });
    }
  }
  const version = options.toolVersion ?? (typeof __VERSION__ === "string" ? __VERSION__ : undefined);
  const driver = { name: "ladderkit", ...(version === undefined ? {} : { version }), rules: driverRules };
  const run = { tool: { driver }, columnKind: "utf16CodeUnits", artifacts, results: sarifResults };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] }, null, 2)}\n`;
};
