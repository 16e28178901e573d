import type { Finding, PathKey } from "../diagnostic.js";

/** Keys that would reach an object's prototype in code that trusts plain objects. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Finds own keys named `__proto__`, `constructor` or `prototype` anywhere in plain data, in document
 * order, without recursion.
 */
export function unsafeKeyFindings(value: unknown): Finding[] {
  const found: Finding[] = [];
  // An entry is a value to look into, or (`unsafe`) a key to report when the walk reaches it.
  const stack: Array<[unknown, PathKey[], boolean]> = [[value, [], false]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [node, path, unsafe] = stack.pop()!;
    if (unsafe) {
      found.push({ rule: "unsafe-key", severity: "error", message: `key '${String(path[path.length - 1])}' is not allowed: it could reach an object prototype`, path });
      continue;
    }
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    const keys: PathKey[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    // Pushed last to first, so the first key is looked at first.
    for (const key of keys.reverse())
      stack.push([(node as Record<PathKey, unknown>)[key], [...path, key], typeof key === "string" && UNSAFE_KEYS.has(key)]);
  }
  return found;
}
