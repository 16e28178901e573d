import type { Finding, PathKey } from "../diagnostic.js";

/** Keys that would reach an object's prototype in code that trusts plain objects. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Finds own keys named `__proto__`, `constructor` or `prototype` anywhere in plain data, without recursion. */
export function unsafeKeyFindings(value: unknown): Finding[] {
  const found: Finding[] = [];
  const stack: Array<[unknown, PathKey[]]> = [[value, []]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) node.forEach((item, i) => stack.push([item, [...path, i]]));
    else
      for (const key of Object.keys(node)) {
        if (UNSAFE_KEYS.has(key))
          found.push({ rule: "unsafe-key", severity: "error", message: `key '${key}' is not allowed: it could reach an object prototype`, path: [...path, key] });
        else stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
      }
  }
  return found.reverse();
}
