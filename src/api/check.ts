import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostic.js";
import { limitDiagnostics } from "../load/count-limits.js";
import { expectText } from "../load/decode.js";
import { fastShape, type Shaped, type ShapeKind, type ShapeOf } from "../load/fast-shape.js";
import { isExtending } from "../load/extends/is-extending.js";
import { locateInLayer, type Layer } from "../load/extends/origins.js";
import { locateAll, locateAllAt, type YamlSource } from "../load/locate.js";
import type { Ladder } from "../model/ladder.js";
import { resolveLadder } from "../model/resolve.js";
import { withDirectivesOf } from "../validate/disables.js";
import { ladderRuleFindings, profileRuleFindings, ruleSettings } from "../validate/run-rules.js";
import type { LadderResult, ParseOptions, ParseProfileOptions, ProfileResult } from "./parse.js";

// What the loaders do once a document's shape is checked, apart from how it is checked: parse.ts
// checks at once (zod is loaded with it), while the async loaders below load zod only for a document
// that the precompiled validator refuses, so the CLI starts without building any zod schema.

/** Drops what `# ladderkit-disable…` comments silence, and reports directives that silence nothing or are misspelt. */
function withDirectives(diagnostics: Diagnostic[], source: YamlSource | undefined, file: string | undefined): Diagnostic[] {
  // Most files have no directive: a substring test spares them a second parse for comments.
  if (!source || !source.text.includes("ladderkit-")) return diagnostics;
  return withDirectivesOf(diagnostics, source.text, file);
}

/**
 * @internal Throws a TypeError for a call no document could fix: text that is not a string, a
 * `rules` option with an unknown rule id or severity. Checked before anything is read, so the
 * same call fails the same way whatever the text holds.
 */
export function checkArguments(text: unknown, options: ParseOptions, fn: string): void {
  expectText(text, fn);
  ruleSettings(options.rules);
}

/** @internal What the synchronous API says of a ladder that extends another: it has no file system to read the base. */
export function needsLoader(source: YamlSource | undefined, file: string | undefined): LadderResult {
  const message = "this ladder extends another, which needs the file system: read it with loadLadder(path) or `ladderkit validate`";
  return { diagnostics: locateAll([{ rule: "extends-path", severity: "error", message, path: ["extends"] }], source, file) };
}

/** @internal A ladder whose shape is checked: resolution, then rules. */
export function ladderFrom(shaped: Shaped<Ladder>, source: YamlSource | undefined, options: ParseOptions): LadderResult {
  if (!shaped.value) return { diagnostics: sortDiagnostics(shaped.diagnostics) };
  const ladder = resolveLadder(shaped.value);
  const found = sortDiagnostics(locateAllAt(ladderRuleFindings(ladder, options.rules), source, options.filename));
  const diagnostics = withDirectives(found, source, options.filename);
  return hasErrors(diagnostics) ? { diagnostics } : { ladder, diagnostics };
}

/**
 * @internal A ladder resolved from a file and the files it extends: resolution, then rules, each
 * finding located in the file that wrote the node. Each file's directives silence what is located
 * in it; only the entry file's unused directives are reported (a base's are its own business).
 */
export function ladderFromLayer(layer: Layer, options: ParseOptions): LadderResult {
  const ladder = resolveLadder(layer.ladder);
  let diagnostics = sortDiagnostics(ladderRuleFindings(ladder, options.rules).map(({ finding, atKey }) => locateInLayer(layer, finding, atKey)));
  layer.sources.forEach((source, i) => {
    if (source.text.includes("ladderkit-"))
      diagnostics = withDirectivesOf(diagnostics, source.text, source.file, i === 0 ? {} : { severity: "off" });
  });
  return hasErrors(diagnostics) ? { diagnostics } : { ladder, diagnostics };
}

/** @internal A profile whose shape is checked: checked against a ladder when one is given. */
export function profileFrom(
  shaped: Shaped<ShapeOf<"profile">>,
  source: YamlSource | undefined,
  options: ParseProfileOptions,
): ProfileResult & { readonly source?: YamlSource | undefined } {
  if (!shaped.value) return { source, diagnostics: sortDiagnostics(shaped.diagnostics) };
  const findings = options.ladder ? profileRuleFindings(options.ladder, shaped.value, options.rules) : [];
  const located = sortDiagnostics(locateAllAt(findings, source, options.filename));
  const diagnostics = options.ladder ? withDirectives(located, source, options.filename) : located;
  return hasErrors(diagnostics) ? { source, diagnostics } : { profile: shaped.value, source, diagnostics };
}

/** @internal Checks a document's shape: with the precompiled validator for YAML, with zod (imported now) otherwise. */
export async function shapeOf<K extends ShapeKind>(kind: K, value: unknown, source: YamlSource | undefined, file: string | undefined): Promise<Shaped<ShapeOf<K>>> {
  const fast = source ? fastShape(kind, value) : undefined;
  if (fast !== undefined) return { value: fast, diagnostics: [] };
  const { zodShape } = await import("../load/zod-shape.js");
  return zodShape(kind, value, source, file);
}

/** @internal `checkLadder` of parse.ts, loading zod only when the document needs it. */
export async function checkLadderLazily(value: unknown, source: YamlSource | undefined, options: ParseOptions = {}): Promise<LadderResult> {
  const over = limitDiagnostics("ladder", value, source, options);
  if (over.length > 0) return { diagnostics: over };
  if (isExtending(value)) return needsLoader(source, options.filename);
  return ladderFrom(await shapeOf("ladder", value, source, options.filename), source, options);
}

/** @internal `checkProfile` of parse.ts, loading zod only when the document needs it. */
export async function checkProfileLazily(
  value: unknown,
  source: YamlSource | undefined,
  options: ParseProfileOptions = {},
): Promise<ProfileResult & { readonly source?: YamlSource | undefined }> {
  const over = limitDiagnostics("profile", value, source, options);
  if (over.length > 0) return { source, diagnostics: over };
  return profileFrom(await shapeOf("profile", value, source, options.filename), source, options);
}
