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
 * Pairs the items of two versions: the author's explicit renames first, then equal ids, then each
 * key in turn. An explicit rename is taken whenever its old id is in the old version and its new
 * id in the new one, even where either id is in both: it is what the author says, so it comes
 * before equal ids (`a=b` where the old `b` was removed and `a` became `b`; `a=b` with `b=a`, a
 * swap). Of two renames onto one new id the first is taken (the command refuses both). A key pairs
 * an old item that disappeared with a new item that appeared only when the pair is unambiguous: no
 * other unpaired item on either side has the same key. So two levels that swap titles, or two new
 * competencies with one old name, are never guessed at.
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
  const oldIds = new Set(olds.map((o) => o.id));
  for (const [from, to] of Object.entries(explicit)) if (oldIds.has(from) && newIds.has(to) && !toNew.has(from) && !toOld.has(to)) pair(from, to);
  for (const old of olds) if (newIds.has(old.id) && !toNew.has(old.id) && !toOld.has(old.id)) pair(old.id, old.id);
  for (const key of keys) {
    // Each item's key is computed once: a key may normalise a long description, and looking the
    // new items up by key (not by a scan per old item) keeps a ladder of thousands of renames linear.
    const keyed = (items: readonly T[], side: "old" | "new") => {
      const byKey = new Map<string, T[]>();
      for (const item of items) {
        const k = key(item, side);
        if (k === undefined) continue;
        const same = byKey.get(k);
        if (same) same.push(item);
        else byKey.set(k, [item]);
      }
      return byKey;
    };
    const oldByKey = keyed(olds.filter((o) => !toNew.has(o.id)), "old");
    const newByKey = keyed(news.filter((n) => !toOld.has(n.id)), "new");
    for (const [k, [old, ...others]] of oldByKey) {
      const found = newByKey.get(k);
      if (others.length === 0 && found?.length === 1) pair(old!.id, found[0]!.id);
    }
  }
  return { toNew, toOld };
}
