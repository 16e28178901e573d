import type { Diagnostic } from "../diagnostic.js";
import { extension, extensionLayout, ladder, ladderLayout, profile, profileLayout } from "../generated/shape-validators.js";
import type { LadderExtension } from "../model/extension.js";
import type { Ladder } from "../model/ladder.js";
import type { Profile } from "../model/profile.js";

/**
 * How zod builds its output from a valid value, derived from the JSON Schema: `0` a value kept as
 * it is; `o` a strict object, its keys in the schema's order; `r` a record; `a` an array; `u` a
 * union whose branches differ in type (a primitive, an object, an array).
 */
export type Layout =
  | 0
  | { readonly o: ReadonlyArray<readonly [string, Layout]> }
  | { readonly r: Layout }
  | { readonly a: Layout }
  | { readonly u: readonly Layout[] };

/** The documents with a precompiled validator. */
export type ShapeKind = "ladder" | "profile" | "extension";

/** The value a document of a kind holds once its shape is checked. */
export type ShapeOf<K extends ShapeKind> = { ladder: Ladder; profile: Profile; extension: LadderExtension }[K];

/** A document's shape check: the value when it has the right shape, else the schema diagnostics. */
export interface Shaped<T> {
  readonly value?: T;
  readonly diagnostics: Diagnostic[];
}

const shapes: Record<ShapeKind, { readonly valid: (data: unknown) => boolean; readonly layout: Layout }> = {
  ladder: { valid: ladder, layout: ladderLayout },
  profile: { valid: profile, layout: profileLayout },
  extension: { valid: extension, layout: extensionLayout },
};

/** Copies a valid value the way zod's parse does: fresh objects and arrays, object keys in schema order. */
function copy(value: unknown, layout: Layout): unknown {
  if (layout === 0 || value === null || typeof value !== "object") return value;
  if ("u" in layout) {
    const branch = layout.u.find((b) => b !== 0 && ("a" in b) === Array.isArray(value));
    return branch === undefined ? value : copy(value, branch);
  }
  if ("a" in layout) return (value as unknown[]).map((item) => copy(item, layout.a));
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if ("r" in layout) for (const key of Object.keys(input)) out[key] = copy(input[key], layout.r);
  else for (const [key, child] of layout.o) if (key in input) out[key] = copy(input[key], child);
  return out;
}

/**
 * @internal The document as zod's parse would give it, when ajv's precompiled validator (generated
 * from the JSON Schema, which accepts what zod accepts: test/schema.test.ts, test/fast-shape.test.ts)
 * accepts it; otherwise undefined, and zod must say what is wrong. Meant for values read from YAML:
 * plain data, where the two agree; exotic JavaScript values (symbol keys, getters, class instances)
 * are zod's alone.
 */
export function fastShape<K extends ShapeKind>(kind: K, value: unknown): ShapeOf<K> | undefined {
  const shape = shapes[kind];
  return shape.valid(value) ? (copy(value, shape.layout) as ShapeOf<K>) : undefined;
}
