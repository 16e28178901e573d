import type { Finding, PathKey } from "../../diagnostic.js";
import { didYouMean, didYouMeanText, MAX_SUGGESTED_FINDINGS } from "../suggest.js";
import type { YamlSource } from "../locate.js";
import { pathKey, type Layer, type OriginEntry } from "./origins.js";

// The pieces every part of a merge uses: recording where each merged node comes from, reporting a
// mistake in the extending file, overlaying one item on another and matching list items by id.

/** A plain mapping, as the merge handles items of either file. */
export type Plain = Record<string, unknown>;

/** What a merge carries along: the base layer, the extending file, what was recorded and found. */
export interface MergeContext {
  readonly base: Layer;
  readonly source: YamlSource | undefined;
  readonly file: string | undefined;
  readonly origins: Map<string, OriginEntry>;
  /** Mistakes in the extending file, by path in that file (rule `extends-patch`). */
  readonly findings: Finding[];
}

/** Where an item sits: in the merged ladder, in the base (when it comes from there) and in the extending file. */
export interface Paths {
  readonly merged: readonly PathKey[];
  readonly base?: readonly PathKey[] | undefined;
  readonly ext: readonly PathKey[];
}

/** The merged node at `merged` is the base's node at `path`. */
export function fromBase(ctx: MergeContext, merged: readonly PathKey[], path: readonly PathKey[]): void {
  ctx.origins.set(pathKey(merged), { base: ctx.base, path });
}

/** The merged node at `merged` was written in the extending file at `path`. */
export function fromExt(ctx: MergeContext, merged: readonly PathKey[], path: readonly PathKey[]): void {
  ctx.origins.set(pathKey(merged), { written: { source: ctx.source, file: ctx.file, path } });
}

/** Reports a mistake at a path of the extending file, with "did you mean" among `candidates` (for the first few findings). */
export function patchError(ctx: MergeContext, path: readonly PathKey[], message: string, word?: string, candidates: Iterable<string> = []): void {
  const suggestion = word === undefined || ctx.findings.length >= MAX_SUGGESTED_FINDINGS ? undefined : didYouMean(word, candidates);
  ctx.findings.push({ rule: "extends-patch", severity: "error", message: message + didYouMeanText(suggestion), path: [...path], suggestion });
}

/**
 * An item with a patch laid over it: each field the patch writes replaces the base's (null drops
 * it), except the fields in `skip`, which the caller merges. The item comes from the base (and each
 * overridden field from the extending file), or wholly from the extending file when it is new.
 */
export function overlay(ctx: MergeContext, base: Plain | undefined, patch: Plain | undefined, at: Paths, skip: readonly string[] = []): Plain {
  const out: Plain = base ? { ...base } : {};
  if (base && at.base) fromBase(ctx, at.merged, at.base);
  else fromExt(ctx, at.merged, at.ext);
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (skip.includes(key)) continue;
    if (value === null) delete out[key];
    else out[key] = value;
    // The id is the same in both files: what is said about it is said where the item was defined.
    if (base && key !== "id") fromExt(ctx, [...at.merged, key], [...at.ext, key]);
  }
  return out;
}

/** A mapping keyed by ids (expectations, a competency's steps) with the patch's keys laid over the base's. */
export function overlayRecord(ctx: MergeContext, base: Plain | undefined, patch: Plain | undefined, at: Paths, recordKeys: boolean): Plain | undefined {
  if (base === undefined && patch === undefined) return undefined;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    out[key] = value;
    if (recordKeys) fromExt(ctx, [...at.merged, key], [...at.ext, key]);
  }
  return out;
}

/** A list item of the merge: from the base, from the patch, or a base item with its patch. */
export interface Slot<T, P> {
  base?: { readonly item: T; readonly index: number };
  patch?: { readonly item: P; readonly index: number };
}

/** The id of a slot's item. */
export const slotId = <T extends { id: string }, P extends { id: string }>(slot: Slot<T, P>): string => (slot.base?.item.id ?? slot.patch?.item.id)!;

/**
 * Matches a list's patches to the base's items by id: the base's items in order (less the removed
 * ones), each with its patch, then the patches of new ids. An id patched twice is a mistake; a
 * patch `accept` refuses (having said why) is left out.
 */
export function matchById<T extends { id: string }, P extends { id: string }>(
  ctx: MergeContext,
  kind: string,
  base: readonly T[],
  removed: ReadonlySet<string>,
  patches: readonly P[] | undefined,
  ext: readonly PathKey[],
  accept: (patch: P, index: number) => boolean = () => true,
): Array<Slot<T, P>> {
  const slots: Array<Slot<T, P>> = [];
  base.forEach((item, index) => {
    if (!removed.has(item.id)) slots.push({ base: { item, index } });
  });
  const seen = new Set<string>();
  patches?.forEach((item, index) => {
    if (!accept(item, index)) return;
    if (seen.has(item.id)) return patchError(ctx, [...ext, index, "id"], `${kind} '${item.id}' is written twice in this list: write each id once`);
    seen.add(item.id);
    const slot = slots.find((s) => slotId(s) === item.id);
    if (slot) slot.patch = { item, index };
    else slots.push({ patch: { item, index } });
  });
  return slots;
}

/**
 * True when a new item (an id the base does not have) writes every field a complete item needs;
 * otherwise reports what is missing, with the base id it may have meant to override.
 */
export function isComplete(ctx: MergeContext, kind: string, patch: Plain & { id: string }, required: readonly string[], ext: readonly PathKey[], baseIds: Iterable<string>): boolean {
  const missing = required.filter((key) => patch[key] === undefined || patch[key] === null);
  if (missing.length === 0) return true;
  const list = missing.map((key) => `'${key}'`).join(", ");
  patchError(ctx, [...ext, "id"], `${kind} '${patch.id}' is not in the base ladder, so it is new and needs ${list}`, patch.id, baseIds);
  return false;
}
