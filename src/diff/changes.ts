import type { Matching } from "./match.js";
import type { ChangeKind, DiffSubject, DiffValue, LadderChange } from "./types.js";

/** A field compared between the old and the new version of one item. */
export interface FieldPair {
  readonly field: string;
  readonly from: DiffValue;
  readonly to: DiffValue;
  /** `moved` for a move to another category, track or position. Default: `changed`. */
  readonly kind?: "changed" | "moved" | undefined;
}

/** Whether two recorded values are the same (lists compared item by item). */
export function sameValue(a: DiffValue, b: DiffValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** A change with its keys in the canonical order, and no key that has nothing to say. */
export function change(subject: DiffSubject, kind: ChangeKind, id: string, rest: Omit<LadderChange, "subject" | "kind" | "id"> = {}): LadderChange {
  const out: { -readonly [K in keyof LadderChange]: LadderChange[K] } = { subject, kind, id };
  if (rest.oldId !== undefined) out.oldId = rest.oldId;
  if (rest.name !== undefined) out.name = rest.name;
  if (rest.field !== undefined) out.field = rest.field;
  if (rest.from !== undefined) out.from = rest.from;
  if (rest.to !== undefined) out.to = rest.to;
  if (rest.level !== undefined) out.level = rest.level;
  if (rest.competency !== undefined) out.competency = rest.competency;
  if (rest.writtenAt !== undefined) out.writtenAt = rest.writtenAt;
  return out;
}

/** A `changed` (or `moved`) change for each field whose value differs, in the order given. */
export function fieldChanges(subject: DiffSubject, id: string, pairs: readonly FieldPair[]): LadderChange[] {
  return pairs.filter((p) => !sameValue(p.from, p.to)).map((p) => change(subject, p.kind ?? "changed", id, { field: p.field, from: p.from, to: p.to }));
}

/**
 * The changes of one kind of item: in the new ladder's order, each item renamed or added, then
 * its changed fields; then the items removed, in the old ladder's order. `oldById` looks the old
 * items up (the resolved ladder's own index, where it has one).
 */
export function itemChanges<T extends { readonly id: string }>(
  subject: DiffSubject,
  olds: readonly T[],
  oldById: ReadonlyMap<string, T>,
  news: readonly T[],
  matching: Matching,
  fields: (before: T, after: T) => readonly FieldPair[],
  nameOf: (item: T) => string,
): LadderChange[] {
  const out: LadderChange[] = [];
  for (const after of news) {
    const oldId = matching.toOld.get(after.id);
    if (oldId === undefined) {
      out.push(change(subject, "added", after.id, { name: nameOf(after) }));
      continue;
    }
    if (oldId !== after.id) out.push(change(subject, "renamed", after.id, { oldId, name: nameOf(after) }));
    out.push(...fieldChanges(subject, after.id, fields(oldById.get(oldId)!, after)));
  }
  for (const before of olds) if (!matching.toNew.has(before.id)) out.push(change(subject, "removed", before.id, { name: nameOf(before) }));
  return out;
}

/**
 * The ids (new) whose place among the items found in both versions changed. `newOrder` lists
 * those items in the new order, `oldOrder` the same ids in the old order.
 */
export function reordered(oldOrder: readonly string[], newOrder: readonly string[]): Set<string> {
  const moved = new Set<string>();
  newOrder.forEach((id, i) => {
    if (oldOrder[i] !== id) moved.add(id);
  });
  return moved;
}
