import type { Diagnostic } from "../diagnostic.js";
import { fastShape, type Shaped, type ShapeKind, type ShapeOf } from "../load/fast-shape.js";
import { limitDiagnostics, longStringFindings } from "../load/count-limits.js";
import { resolveLimits, type Limits } from "../load/limits.js";
import { locateAll, type YamlSource } from "../load/locate.js";
import { unsafeKeyFindings } from "../load/unsafe-keys.js";
import { parseYaml } from "../load/yaml.js";
import { zodShape } from "../load/zod-shape.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { ruleSettings, type RuleConfig } from "../validate/run-rules.js";
import { checkArguments, ladderFrom, needsLoader, profileFrom } from "./check.js";
import { isExtending } from "../load/extends/is-extending.js";

/** Options for parsing a document. */
export interface ParseOptions {
  /** The file name put in diagnostics. Default: none. */
  readonly filename?: string | undefined;
  /**
   * Bounds on size, nesting, aliases, string length and counts; those left out keep their default.
   * Each is a whole number of at least 0, or Infinity; another value, or a name that is not a
   * limit, is a TypeError. Default: `DEFAULT_LIMITS`.
   */
  readonly limits?: Partial<Limits> | undefined;
  /**
   * Severity per rule id, in the words a config file uses: `error`, `warn` (or `warning`), `info`
   * or `off`. An unknown rule id or word is a TypeError. Default: each rule's own severity.
   */
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

/**
 * Checks a document's shape. YAML goes first through the precompiled validator, which accepts what
 * zod accepts and gives what zod's parse gives; zod runs for what it refuses, to say what is wrong,
 * and for plain data, whose exotic values (symbol keys, getters) only zod judges as zod does.
 */
function shapeOf<K extends ShapeKind>(kind: K, value: unknown, source: YamlSource | undefined, file: string | undefined, fast: boolean): Shaped<ShapeOf<K>> {
  const shaped = fast && source ? fastShape(kind, value) : undefined;
  return shaped === undefined ? zodShape(kind, value, source, file) : { value: shaped, diagnostics: [] };
}

/** @internal Checks a ladder value (from YAML or not): shape, then resolution and rules. `fast: false` checks the shape with zod alone. */
export function checkLadder(value: unknown, source: YamlSource | undefined, options: ParseOptions = {}, fast = true): LadderResult {
  const over = limitDiagnostics("ladder", value, source, options);
  if (over.length > 0) return { diagnostics: over };
  if (isExtending(value)) return needsLoader(source, options.filename);
  return ladderFrom(shapeOf("ladder", value, source, options.filename, fast), source, options);
}

/** @internal Checks a profile value's shape, and the profile against a ladder when one is given. `fast: false` checks the shape with zod alone. */
export function checkProfile(
  value: unknown,
  source: YamlSource | undefined,
  options: ParseProfileOptions = {},
  fast = true,
): ProfileResult & { readonly source?: YamlSource | undefined } {
  const over = limitDiagnostics("profile", value, source, options);
  if (over.length > 0) return { source, diagnostics: over };
  return profileFrom(shapeOf("profile", value, source, options.filename, fast), source, options);
}

/**
 * Parses and validates a ladder written in YAML. Never throws on bad input: every problem, from a
 * YAML syntax error to a broken promotion path, is a diagnostic with a file, line and column. A
 * call it cannot make sense of is a TypeError: `text` that is not a string (a file's bytes: read
 * it with `"utf8"`), an unknown rule id or severity in `rules`, or a value in `limits` that is
 * not a limit.
 *
 * @example
 * const { ladder, diagnostics } = parseLadder(text, { filename: "ladders/dual-track.yaml" });
 * if (ladder) console.log(ladder.levels.map((level) => level.title));
 */
export function parseLadder(text: string, options: ParseOptions = {}): LadderResult {
  checkArguments(text, options, "parseLadder");
  const parsed = parseYaml(text, options.filename, resolveLimits(options.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  return checkLadder(parsed.value, parsed.source, options);
}

/**
 * Parses and validates a profile written in YAML; given `ladder`, also checks that it fits the
 * ladder (levels, competencies and steps exist, the target can be reached). Never throws on bad
 * input; a call it cannot make sense of is a TypeError, as for `parseLadder`.
 *
 * @example
 * const { profile, diagnostics } = parseProfile(text, { filename: "alex.yaml", ladder });
 */
export function parseProfile(text: string, options: ParseProfileOptions = {}): ProfileResult {
  checkArguments(text, options, "parseProfile");
  const parsed = parseYaml(text, options.filename, resolveLimits(options.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const { profile, diagnostics } = checkProfile(parsed.value, parsed.source, options);
  return { profile, diagnostics };
}

/** What only plain data needs checked before its shape: keys that reach a prototype, strings over the limit. */
function plainFindings(value: unknown, options: ParseOptions) {
  const unsafe = unsafeKeyFindings(value);
  return unsafe.length > 0 ? unsafe : longStringFindings(value, resolveLimits(options.limits));
}

/**
 * Validates a ladder that is already plain data (say, JSON kept by an HR tool). Diagnostics carry
 * the JSON path but no line or column, since there is no text to point into. The limits on
 * strings and counts apply (`maxBytes`, `maxDepth` and `maxAliases` are about text). An unknown
 * rule id or severity in `rules` is a TypeError.
 *
 * @example
 * const { ladder, diagnostics } = validateLadder(JSON.parse(json));
 */
export function validateLadder(value: unknown, options: ParseOptions = {}): LadderResult {
  ruleSettings(options.rules);
  const unsafe = plainFindings(value, options);
  if (unsafe.length > 0) return { diagnostics: locateAll(unsafe, undefined, options.filename) };
  return checkLadder(value, undefined, options);
}

/**
 * Validates a profile that is already plain data, against a ladder when one is given. An unknown
 * rule id or severity in `rules` is a TypeError.
 *
 * @example
 * const { profile, diagnostics } = validateProfile(JSON.parse(json), { ladder });
 */
export function validateProfile(value: unknown, options: ParseProfileOptions = {}): ProfileResult {
  ruleSettings(options.rules);
  const unsafe = plainFindings(value, options);
  if (unsafe.length > 0) return { diagnostics: locateAll(unsafe, undefined, options.filename) };
  const { profile, diagnostics } = checkProfile(value, undefined, options);
  return { profile, diagnostics };
}
