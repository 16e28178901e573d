import type { Diagnostic, Finding, PathKey } from "../diagnostic.js";
import { raiseHint, resolveLimits, type LimitName, type Limits } from "./limits.js";
import { locateAll, type YamlSource } from "./locate.js";

/** The rule id of every finding past one of the limits that are not about YAML itself. */
export const LIMIT_RULE = "limit";

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The finding for more than `max` of `what` (the `name` limit), at `path`: its message says how to raise it. */
export function limitFinding(name: LimitName, max: number, what: string, path: PathKey[]): Finding {
  return { rule: LIMIT_RULE, severity: "error", message: `more than ${max} ${what} (${raiseHint(name, max)})`, path };
}

/** The message for a string of `length` characters, over the `maxStringLength` of `max`. */
export function longStringMessage(length: number, max: number): string {
  return `a string of ${length} characters, over the limit of ${max} (${raiseHint("maxStringLength")})`;
}

/** A list longer than its limit, found at its first item past the limit. */
function listOver(root: Record<string, unknown>, key: string, name: LimitName, limits: Limits, what: string): Finding[] {
  const list = root[key];
  return isList(list) && list.length > limits[name] ? [limitFinding(name, limits[name], what, [key, limits[name]])] : [];
}

/** Levels over all tracks: found at the first level past the limit. */
function levelsOver(root: Record<string, unknown>, limits: Limits): Finding[] {
  const tracks = root.tracks;
  if (!isList(tracks)) return [];
  let count = 0;
  for (let t = 0; t < tracks.length; t++) {
    const levels = isObject(tracks[t]) ? (tracks[t] as Record<string, unknown>).levels : undefined;
    if (!isList(levels)) continue;
    if (count + levels.length > limits.maxLevels) return [limitFinding("maxLevels", limits.maxLevels, "levels", ["tracks", t, "levels", limits.maxLevels - count])];
    count += levels.length;
  }
  return [];
}

/**
 * The counts a hostile document can multiply cheaply, checked on the plain value before its shape
 * (so a list of a million numbers is refused as fast as a million levels): a ladder's scale steps,
 * competencies, tracks and levels, a profile's ratings. Each count past its limit is one finding,
 * at the first item past it. Costs a look at a few lists, not a walk of the document.
 */
export function countFindings(kind: "ladder" | "profile", value: unknown, limits: Limits): Finding[] {
  if (!isObject(value)) return [];
  if (kind === "profile") {
    const ratings = value.ratings;
    if (!isObject(ratings)) return [];
    let count = 0;
    for (const key in ratings)
      if (Object.hasOwn(ratings, key) && ++count > limits.maxRatings) return [limitFinding("maxRatings", limits.maxRatings, "ratings", ["ratings", key])];
    return [];
  }
  return [
    ...listOver(value, "scale", "maxScaleSteps", limits, "scale steps"),
    ...listOver(value, "competencies", "maxCompetencies", limits, "competencies"),
    ...listOver(value, "tracks", "maxTracks", limits, "tracks"),
    ...levelsOver(value, limits),
  ];
}

/**
 * The guard a check starts with: `countFindings` under the caller's limits, each finding placed in
 * the YAML (or given the file alone for plain data). Empty when every count is within its limit.
 */
export function limitDiagnostics(
  kind: "ladder" | "profile",
  value: unknown,
  source: YamlSource | undefined,
  options: { readonly limits?: Partial<Limits> | undefined; readonly filename?: string | undefined },
): Diagnostic[] {
  return locateAll(countFindings(kind, value, resolveLimits(options.limits)), source, options.filename);
}

/**
 * The first string (a key or a value) of plain data longer than the limit, as a finding: for values
 * that did not come from YAML, whose walk checks its scalars itself. Without recursion.
 */
export function longStringFindings(value: unknown, limits: Limits): Finding[] {
  const max = limits.maxStringLength;
  const stack: Array<[unknown, PathKey[]]> = [[value, []]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === "string" && node.length > max) return [{ rule: LIMIT_RULE, severity: "error", message: longStringMessage(node.length, max), path }];
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    const keys: PathKey[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys)
      if (typeof key === "string" && key.length > max)
        return [{ rule: LIMIT_RULE, severity: "error", message: `a key of ${key.length} characters, over the limit of ${max} (${raiseHint("maxStringLength")})`, path: [...path, key] }];
    // Pushed last to first, so the first value is looked at first.
    for (const key of keys.reverse()) stack.push([(node as Record<PathKey, unknown>)[key], [...path, key]]);
  }
  return [];
}
