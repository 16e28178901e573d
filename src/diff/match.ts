/** How the items of one kind in two versions correspond. */
export interface Matching {
  /** Old id to new id, for every item found in both (renamed or not). */
  readonly toNew: ReadonlyMap<string, string>;
  /** New id to old id. */
  readonly toOld: ReadonlyMap<string, string>;
}

/** A way to recognise one item across versions; undefined when it says nothing about the item. */
export type MatchKey<T> = (item: T, side: "old" | "new") => string | undefined;

/**
 * Pairs the items of two versions: equal ids first, then the author's explicit renames, then each
 * key in turn. A key pairs an old item that disappeared with a new item that appeared only when
 * the pair is unambiguous: no other unpaired item on either side has the same key. So two levels
 * that swap titles, or two new competencies with one old name, are never guessed at.
 */
export function matchItems<T extends { readonly id: string }>(
  olds: readonly T[],
  news: readonly T[],
  explicit: Readonly<Record<string, string>> = {},
  keys: readonly MatchKey<T>[] = [],
): Matching {
  const toNew = new Map<string, string>();
  const toOld = new Map<string, string>();
  const newIds = new Set(news.map((n) => n.id));
  const pair = (oldId: string, newId: string) => {
    toNew.set(oldId, newId);
    toOld.set(newId, oldId);
  };
  for (const old of olds) if (newIds.has(old.id) && !toOld.has(old.id)) pair(old.id, old.id);
  const oldIds = new Set(olds.map((o) => o.id));
  for (const [from, to] of Object.entries(explicit))
    if (oldIds.has(from) && newIds.has(to) && !toNew.has(from) && !toOld.has(to)) pair(from, to);
  for (const key of keys) {
    const openOld = olds.filter((o) => !toNew.has(o.id));
    const openNew = news.filter((n) => !toOld.has(n.id));
    const count = (items: readonly T[], side: "old" | "new") => {
      const counts = new Map<string, number>();
      for (const item of items) {
        const k = key(item, side);
        if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return counts;
    };
    const oldCounts = count(openOld, "old");
    const newCounts = count(openNew, "new");
    for (const old of openOld) {
      const k = key(old, "old");
      if (k === undefined || oldCounts.get(k) !== 1 || newCounts.get(k) !== 1) continue;
      const found = openNew.find((n) => key(n, "new") === k)!;
      pair(old.id, found.id);
    }
  }
  return { toNew, toOld };
}
