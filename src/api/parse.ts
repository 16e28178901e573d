import type * as z from "zod";
import { compareDiagnostics, hasErrors, toDiagnostic, type Diagnostic, type Finding } from "../diagnostic.js";
import { resolveLimits, type Limits } from "../load/limits.js";
import { place, type YamlSource } from "../load/locate.js";
import { schemaFindings } from "../load/schema-issues.js";
import { unsafeKeyFindings } from "../load/unsafe-keys.js";
import { parseYaml } from "../load/yaml.js";
import { LadderSchema } from "../model/ladder.js";
import { ProfileSchema, type Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { resolveLadder } from "../model/resolve.js";
import { applyDirectives, findDirectives } from "../validate/disables.js";
import { runLadderRules, runProfileRules, type RuleConfig } from "../validate/run-rules.js";

/** Options for parsing a document. */
export interface ParseOptions {
  /** The file name put in diagnostics. Default: none. */
  readonly filename?: string | undefined;
  /** Bounds on size, depth and aliases. Default: `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits> | undefined;
  /** Severity per rule id, or `off`. Default: each rule's own severity. */
  readonly rules?: RuleConfig | undefined;
}

/** Options for parsing a profile. */
export interface ParseProfileOptions extends ParseOptions {
  /** The ladder to check the profile against; without it only the profile's own shape is checked. */
  readonly ladder?: ResolvedLadder | undefined;
}

/** The result of reading a ladder: the resolved ladder when it has no error, and every diagnostic. */
export interface LadderResult {
  readonly ladder?: ResolvedLadder | undefined;
  readonly diagnostics: Diagnostic[];
}

/** The result of reading a profile: the profile when it has no error, and every diagnostic. */
export interface ProfileResult {
  readonly profile?: Profile | undefined;
  readonly diagnostics: Diagnostic[];
}

/** A document checked against a schema, before rules run: what the loaders share. */
interface Checked<T> {
  readonly value?: T;
  readonly source?: YamlSource | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Drops what `# ladderkit-disable…` comments silence, and reports directives that silence nothing. */
function withDirectives(diagnostics: Diagnostic[], source: YamlSource | undefined, file: string | undefined): Diagnostic[] {
  // Most files have no directive: a substring test spares them a second parse for comments.
  if (!source || !source.text.includes("ladderkit-")) return diagnostics;
  return applyDirectives(diagnostics, findDirectives(source.text), file);
}

function locateAll(findings: readonly Finding[], source: YamlSource | undefined, file: string | undefined, atKey = false): Diagnostic[] {
  return findings.map((finding) => (source ? place(source, finding, atKey) : toDiagnostic(finding, file)));
}

/** Checks a plain value against a zod schema, locating each issue in the YAML when there is YAML. */
function checkShape<S extends z.ZodType>(schema: S, value: unknown, source: YamlSource | undefined, file: string | undefined): Checked<z.infer<S>> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { value: result.data, source, diagnostics: [] };
  const diagnostics = schemaFindings(result.error.issues, schema, value).map(({ finding, atKey }) =>
    locateAll([finding], source, file, atKey)[0]!,
  );
  return { source, diagnostics };
}

/** @internal Checks a ladder value (from YAML or not): shape, then resolution and rules. */
export function checkLadder(value: unknown, source: YamlSource | undefined, options: ParseOptions = {}): LadderResult {
  const shaped = checkShape(LadderSchema, value, source, options.filename);
  if (!shaped.value) return { diagnostics: shaped.diagnostics.sort(compareDiagnostics) };
  const ladder = resolveLadder(shaped.value);
  const found = locateAll(runLadderRules(ladder, options.rules), source, options.filename).sort(compareDiagnostics);
  const diagnostics = withDirectives(found, source, options.filename);
  return hasErrors(diagnostics) ? { diagnostics } : { ladder, diagnostics };
}

/** @internal Checks a profile value's shape, and the profile against a ladder when one is given. */
export function checkProfile(
  value: unknown,
  source: YamlSource | undefined,
  options: ParseProfileOptions = {},
): ProfileResult & { readonly source?: YamlSource | undefined } {
  const shaped = checkShape(ProfileSchema, value, source, options.filename);
  if (!shaped.value) return { source, diagnostics: shaped.diagnostics.sort(compareDiagnostics) };
  const findings = options.ladder ? runProfileRules(options.ladder, shaped.value, options.rules) : [];
  const located = locateAll(findings, source, options.filename).sort(compareDiagnostics);
  const diagnostics = options.ladder ? withDirectives(located, source, options.filename) : located;
  return hasErrors(diagnostics) ? { source, diagnostics } : { profile: shaped.value, source, diagnostics };
}

/**
 * Parses and validates a ladder written in YAML. Never throws: every problem, from a YAML syntax
 * error to a broken promotion path, is a diagnostic with a file, line and column.
 *
 * @example
 * const { ladder, diagnostics } = parseLadder(text, { filename: "ladders/dual-track.yaml" });
 * if (ladder) console.log(ladder.levels.map((level) => level.title));
 */
export function parseLadder(text: string, options: ParseOptions = {}): LadderResult {
  const parsed = parseYaml(text, options.filename, resolveLimits(options.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  return checkLadder(parsed.value, parsed.source, options);
}

/**
 * Parses and validates a profile written in YAML; given `ladder`, also checks that it fits the
 * ladder (levels, competencies and steps exist, the target can be reached). Never throws.
 *
 * @example
 * const { profile, diagnostics } = parseProfile(text, { filename: "alex.yaml", ladder });
 */
export function parseProfile(text: string, options: ParseProfileOptions = {}): ProfileResult {
  const parsed = parseYaml(text, options.filename, resolveLimits(options.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const { profile, diagnostics } = checkProfile(parsed.value, parsed.source, options);
  return { profile, diagnostics };
}

/**
 * Validates a ladder that is already plain data (say, JSON kept by an HR tool). Diagnostics carry
 * the JSON path but no line or column, since there is no text to point into.
 *
 * @example
 * const { ladder, diagnostics } = validateLadder(JSON.parse(json));
 */
export function validateLadder(value: unknown, options: Omit<ParseOptions, "limits"> = {}): LadderResult {
  const unsafe = unsafeKeyFindings(value);
  if (unsafe.length > 0) return { diagnostics: locateAll(unsafe, undefined, options.filename) };
  return checkLadder(value, undefined, options);
}

/**
 * Validates a profile that is already plain data, against a ladder when one is given.
 *
 * @example
 * const { profile, diagnostics } = validateProfile(JSON.parse(json), { ladder });
 */
export function validateProfile(value: unknown, options: Omit<ParseProfileOptions, "limits"> = {}): ProfileResult {
  const unsafe = unsafeKeyFindings(value);
  if (unsafe.length > 0) return { diagnostics: locateAll(unsafe, undefined, options.filename) };
  const { profile, diagnostics } = checkProfile(value, undefined, options);
  return { profile, diagnostics };
}
