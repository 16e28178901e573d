import { dirname, isAbsolute, join } from "node:path";
import { hasErrors, sortDiagnostics, type Diagnostic, type Finding } from "../diagnostic.js";
import { countFindings, limitDiagnostics, limitFinding } from "../load/count-limits.js";
import { fastShape } from "../load/fast-shape.js";
import { basePath } from "../load/extends/base-path.js";
import { mergeExtension } from "../load/extends/merge.js";
import { isExtending } from "../load/extends/is-extending.js";
import { fileLayer, locateInLayer, type Layer } from "../load/extends/origins.js";
import { resolveLimits, type Limits } from "../load/limits.js";
import { place, type YamlSource } from "../load/locate.js";
import { parseYaml } from "../load/yaml.js";
import type { Ladder } from "../model/ladder.js";
import { shapeOf } from "./check.js";
import { readText } from "./load.js";

/** A file of an extends chain: its real path, and its name as diagnostics show it. */
export interface ChainLink {
  readonly real: string;
  readonly name: string;
}

/** What resolving an extends chain needs, and what it collects on the way. */
export interface ChainContext {
  readonly allowOutside: boolean;
  readonly limits: Partial<Limits> | undefined;
  /** The text of every base file read, by its name: for code frames of diagnostics located there. */
  readonly texts: Map<string, string>;
  /** How many base files the chain has read so far, against `maxExtendsDepth`. */
  bases: number;
}

const located = (source: YamlSource, rule: string, message: string): Diagnostic[] => [
  place(source, { rule, severity: "error", message, path: ["extends"] } satisfies Finding),
];

/** The layer of a base file: read, parsed, and resolved in turn when it extends another. */
async function baseLayer(path: string, name: string, chain: readonly ChainLink[], ctx: ChainContext): Promise<{ layer?: Layer; diagnostics: Diagnostic[] }> {
  ctx.bases++;
  const read = await readText(path, { filename: name, limits: ctx.limits });
  if ("diagnostic" in read) return { diagnostics: [read.diagnostic] };
  ctx.texts.set(name, read.text);
  const parsed = parseYaml(read.text, name, resolveLimits(ctx.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  if (isExtending(parsed.value)) return resolveLayer(parsed.value, parsed.source!, name, dirname(path), [...chain, { real: path, name }], ctx);
  // A base that extends nothing is counted too (resolveLayer counts one that does), before its
  // shape and the merge: an extension may remove items, so the merged total alone would let it by.
  const over = limitDiagnostics("ladder", parsed.value, parsed.source, { limits: ctx.limits });
  if (over.length > 0) return { diagnostics: over };
  const shaped = await shapeOf("ladder", parsed.value, parsed.source, name);
  return shaped.value ? { layer: fileLayer(shaped.value, parsed.source, name), diagnostics: [] } : { diagnostics: shaped.diagnostics };
}

/**
 * @internal Resolves a ladder that extends another: checks its shape, follows `extends` (refusing
 * URLs, paths outside the file's folder tree unless allowed, and cycles), resolves the base in turn
 * and lays this file over it. Every diagnostic is located in the file that holds the mistake.
 * `chain` holds the files already on the way, the entry first, to tell a cycle.
 */
export async function resolveLayer(
  value: unknown,
  source: YamlSource,
  file: string | undefined,
  dir: string,
  chain: readonly ChainLink[],
  ctx: ChainContext,
): Promise<{ layer?: Layer; diagnostics: Diagnostic[] }> {
  const limits = resolveLimits(ctx.limits);
  // The extending file's own lists first: a merge compares each of its items with the base's.
  const over = limitDiagnostics("ladder", value, source, { limits });
  if (over.length > 0) return { diagnostics: over };
  const shaped = await shapeOf("extension", value, source, file);
  if (!shaped.value) return { diagnostics: shaped.diagnostics };
  const ext = shaped.value;
  if (ctx.bases >= limits.maxExtendsDepth)
    return { diagnostics: [place(source, limitFinding("maxExtendsDepth", limits.maxExtendsDepth, "base ladders in one extends chain", ["extends"]))] };
  const base = await basePath(ext.extends, dir, ctx.allowOutside);
  if ("refused" in base) return { diagnostics: located(source, "extends-path", base.refused) };
  const loop = chain.findIndex((link) => link.real === base.path);
  if (loop !== -1) {
    const names = [...chain.slice(loop).map((link) => link.name), chain[loop]!.name].map((name) => `'${name}'`);
    return { diagnostics: located(source, "extends-cycle", `extends makes a cycle: ${names.join(" extends ")}`) };
  }
  const name = isAbsolute(ext.extends) ? ext.extends : file === undefined ? base.path : join(dirname(file), ext.extends);
  const loaded = await baseLayer(base.path, name, chain, ctx);
  if (!loaded.layer) return { diagnostics: loaded.diagnostics };

  const merged = mergeExtension(loaded.layer, ext, source, file);
  const diagnostics = sortDiagnostics(merged.findings.map((finding) => place(source, finding)));
  if (hasErrors(diagnostics)) return { diagnostics };
  const layer: Layer = { ladder: merged.value as Ladder, origins: merged.origins, sources: [source, ...loaded.layer.sources] };
  // Each file is within the limits; what they add up to must be too, at every step of the chain.
  const sum = countFindings("ladder", merged.value, limits);
  if (sum.length > 0) return { diagnostics: sum.map((finding) => locateInLayer(layer, finding)) };
  const ladder = fastShape("ladder", merged.value);
  if (ladder !== undefined) return { layer: { ...layer, ladder }, diagnostics };
  const { mergedShapeDiagnostics } = await import("../load/extends/merged-shape.js");
  return { diagnostics: sortDiagnostics(mergedShapeDiagnostics(layer)) };
}
