// The precompiled shape validator (src/load/fast-shape.ts, src/generated/shape-validators.ts) stands
// in for zod on documents read from YAML. These tests keep it honest: it is generated from the
// committed JSON Schemas, it accepts exactly what zod accepts and gives exactly what zod's parse
// gives, the loaders report the same whichever checks, and the CLI does not load zod for a valid file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutOf, renderValidators, VALIDATOR_PATH } from "../scripts/gen-validator.js";
import { checkLadderLazily, checkProfileLazily } from "../src/api/check.js";
import { checkLadder, checkProfile } from "../src/api/parse.js";
import { DEFAULT_LIMITS, LadderExtensionSchema, LadderSchema, parseLadder, ProfileSchema } from "../src/index.js";
import { fastShape, type ShapeKind } from "../src/load/fast-shape.js";
import { parseYaml } from "../src/load/yaml.js";
import { runTracing } from "./helpers/trace-cli.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ZOD = { ladder: LadderSchema, profile: ProfileSchema, extension: LadderExtensionSchema } as const;
const KINDS: readonly ShapeKind[] = ["ladder", "profile", "extension"];

/** Every YAML file under a directory, recursively, relative to the repository. */
function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(join(ROOT, path)).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry) ? [path] : [];
    });
}

/** The files the YAML loader reads to a value, with that value and its source. */
const DOCUMENTS = [...yamlFiles("test/fixtures"), ...yamlFiles("ladders")].flatMap((path) => {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(ROOT, path)));
  } catch {
    return []; // not UTF-8: the loader stops before any shape check
  }
  const parsed = parseYaml(text, path, DEFAULT_LIMITS);
  return parsed.value === undefined ? [] : [{ path, value: parsed.value, source: parsed.source }];
});

/**
 * A value's keys in order at every depth, with its leaves and each object's prototype: what toEqual
 * alone would not compare. Objects become lists of entries, so an own `constructor` key (a rating
 * may be named so) is compared as data: toStrictEqual on the objects themselves takes it for their
 * class, and two equal `{}` values under it for two different classes.
 */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(layout);
  if (value !== null && typeof value === "object") return [Object.getPrototypeOf(value), ...Object.entries(value).map(([key, v]) => [key, layout(v)])];
  return value;
}

/** fastShape agrees with zod on a value: the same verdict, and when valid the same output, key order included. */
function expectAgreement(kind: ShapeKind, value: unknown): boolean {
  const zod = ZOD[kind].safeParse(value);
  const fast = fastShape(kind, value);
  expect(fast !== undefined, `${kind}: zod says ${zod.success}`).toBe(zod.success);
  if (zod.success) {
    // Strict: undefined values, holes and prototypes count, key order too (see layout).
    expect(layout(fast)).toStrictEqual(layout(zod.data));
    expect(fast).not.toBe(value); // fresh objects, as zod gives
  }
  return zod.success;
}

describe("src/generated/shape-validators.ts", () => {
  it("is what scripts/gen-validator.ts generates from schema/*.schema.json (run `npm run validator` when it is not)", () => {
    expect(readFileSync(join(ROOT, VALIDATOR_PATH), "utf8")).toBe(renderValidators());
  });

  it.each([
    ["a strict object, keys in order", { type: "object", properties: { b: { type: "string" }, a: { type: "array", items: {} } }, additionalProperties: false }, { o: [["b", 0], ["a", { a: 0 }]] }],
    ["a record", { type: "object", additionalProperties: { type: "number" } }, { r: 0 }],
    ["a union of a string and an object", { anyOf: [{ type: "string" }, { type: "object", additionalProperties: { type: "string" } }] }, { u: [0, { r: 0 }] }],
    ["a union of primitives", { anyOf: [{ type: "string" }, { type: "number" }] }, 0],
  ] as const)("lays out %s", (_, schema, layout) => {
    expect(layoutOf(schema)).toEqual(layout);
  });

  it.each([
    ["an object that is not strict", { type: "object", properties: {} }],
    ["a union of two objects", { anyOf: [{ type: "object", additionalProperties: {} }, { type: "object", additionalProperties: {} }] }],
    ["a union with a branch of any type", { anyOf: [{ type: "string" }, {}] }],
    ["a $ref", { $ref: "#/$defs/x" }],
    ["a default", { type: "string", default: "x" }],
  ] as const)("refuses to lay out %s, where zod's output could differ from its input", (_, schema) => {
    expect(() => layoutOf(schema)).toThrow(/layoutOf/);
  });

  it("needs nothing at run time: no import but a type", () => {
    const code = readFileSync(join(ROOT, VALIDATOR_PATH), "utf8");
    expect(code.match(/^import .*$/gm)).toEqual(['import type { Layout } from "../load/fast-shape.js";']);
    expect(code).not.toMatch(/\brequire\(/);
  });
});

describe("the precompiled validator and zod", () => {
  it("found the fixtures and sample ladders", () => {
    const paths = DOCUMENTS.map((d) => d.path);
    expect(paths).toContain("ladders/dual-track.yaml");
    expect(paths.filter((p) => p.startsWith("test/fixtures/bad/")).length).toBeGreaterThan(5);
  });

  it.each(DOCUMENTS.map((d) => [d.path, d.value] as const))("agree on %s", (_path, value) => {
    for (const kind of KINDS) expectAgreement(kind, value);
  });

  it("accept the sample ladders and profiles", () => {
    const kindOf = (d: (typeof DOCUMENTS)[number]): ShapeKind =>
      d.path.includes("/profiles/") ? "profile" : Object.hasOwn(d.value as object, "extends") ? "extension" : "ladder";
    const valid = DOCUMENTS.filter((d) => d.path.startsWith("ladders/")).map((d) => fastShape(kindOf(d), d.value));
    expect(valid.length).toBeGreaterThan(3);
    for (const value of valid) expect(value).toBeDefined();
  });

  it("give zod's key order, whatever the order of the file's keys", () => {
    /** The value with the keys of every mapping in reverse order. */
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value === null || typeof value !== "object") return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([key, v]) => [key, reversed(v)]));
    };
    let compared = 0;
    for (const { value } of DOCUMENTS)
      for (const kind of KINDS)
        if (fastShape(kind, value) !== undefined) {
          const backwards = reversed(value);
          expect(layout(backwards)).not.toEqual(layout(value));
          expectAgreement(kind, backwards);
          expect(fastShape(kind, backwards)).toEqual(fastShape(kind, value));
          compared++;
        }
    expect(compared).toBeGreaterThan(10);
  });

  for (const kind of KINDS) {
    it(`agree on mutated ${kind} documents, NaN and infinities (which YAML can write) included`, () => {
      const bases = DOCUMENTS.filter((d) => fastShape(kind, d.value) !== undefined).map((d) => d.value);
      expect(bases.length).toBeGreaterThan(0);
      let accepted = 0;
      fc.assert(
        fc.property(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (base, mutations) => {
          if (expectAgreement(kind, mutations.reduce(mutate, structuredClone(base)))) accepted++;
        }),
        { numRuns: 500 },
      );
      expect(accepted).toBeGreaterThan(20); // some mutations keep the document valid: the outputs were compared
    });
  }
});

describe("the loaders report the same whichever checks the shape", () => {
  const reference = parseLadder(readFileSync(join(ROOT, "ladders/dual-track.yaml"), "utf8")).ladder!;

  it.each(DOCUMENTS.map((d) => [d.path, d] as const))("%s", async (path, { value, source }) => {
    const options = { filename: path };
    const isProfile = (value as { kind?: unknown }).kind === "Profile";
    if (!isProfile) {
      const slow = checkLadder(value, source, options, false);
      expect(checkLadder(value, source, options)).toEqual(slow);
      expect(await checkLadderLazily(value, source, options)).toEqual(slow);
    }
    for (const ladder of isProfile ? [undefined, reference] : [undefined]) {
      const slow = checkProfile(value, source, { ...options, ladder }, false);
      expect(checkProfile(value, source, { ...options, ladder })).toEqual(slow);
      expect(await checkProfileLazily(value, source, { ...options, ladder })).toEqual(slow);
    }
  });
});

describe("the built CLI's `validate`", () => {
  /** Text found in zod's code however it is bundled or minified. */
  const ZOD_MARK = '"$ZodObject"';

  const withZod = (files: string[]) => files.filter((file) => readFileSync(file, "utf8").includes(ZOD_MARK));

  it.each([["a ladder", "ladders/dual-track.yaml"], ["a profile and its ladder", "ladders/profiles/senior-at-fork.yaml"]])(
    "does not load zod for %s without schema errors",
    (_, file) => {
      const { status, stdout, loaded } = runTracing(["validate", file], ROOT);
      expect(status, stdout).toBe(0);
      expect(loaded.length).toBeGreaterThan(2); // the trace saw the chunks
      expect(withZod(loaded)).toEqual([]);
    },
  );

  it("loads zod for a file with schema errors, and reports them", () => {
    const { status, stdout, stderr, loaded } = runTracing(["validate", "test/fixtures/bad/wrong-types.yaml"], ROOT);
    expect(status).toBe(1);
    expect(stdout + stderr).toMatch(/schema/);
    expect(withZod(loaded)).toHaveLength(1);
  });
});

// Mutations: each picks a node of the document (by index, modulo the number of nodes) and changes it.

interface Mutation {
  readonly op: "delete" | "replace" | "add-key";
  readonly at: number;
  readonly key: string;
  readonly value: unknown;
}

/** Values on the edges of what the schemas accept, and what YAML gives that JSON cannot (`.nan`, `.inf`). */
const edgeValue = fc.oneof(
  fc.constantFrom<unknown>(
    "", " ", "\u00a0", "x", "a".repeat(64), "a".repeat(65), "-x", "x.y", "x y", "é", "😀", "ladderkit/v1", "Ladder", "Profile",
    "management", "not-applicable", "2024-02-29", "2023-02-29", "2024-04-31", "expert", "practitioner",
    0, -0, 1, 99, 100, 101, 0.5, 100.0001, -1, 2 ** 53 + 2, NaN, Infinity, -Infinity, true, false, null, [], {},
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom("delete", "replace", "add-key"),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom("__proto__", "constructor", "id", "description", "x", "", "1", "a".repeat(65)), fc.string({ maxLength: 6 })),
  value: edgeValue,
});

/** Every [parent, key] in a value, depth first; the root has none. */
function slots(value: unknown): Array<[Record<string | number, unknown>, string | number]> {
  const found: Array<[Record<string | number, unknown>, string | number]> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      found.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
      walk(child);
    }
  };
  walk(value);
  return found;
}

function mutate(root: unknown, { op, at, key, value }: Mutation): unknown {
  const copy = structuredClone(value); // fast-check hands out the same `{}` and `[]` on every run
  if (op === "add-key") {
    const objects = [root, ...slots(root).map(([parent, k]) => parent[k])].filter((n) => n !== null && typeof n === "object" && !Array.isArray(n));
    // Defined, not assigned: an own `__proto__` key, as YAML's loader makes it.
    if (objects.length > 0) Object.defineProperty(objects[at % objects.length], key, { value: copy, enumerable: true, writable: true, configurable: true });
    return root;
  }
  const all = slots(root);
  if (all.length === 0) return root;
  const [parent, k] = all[at % all.length]!;
  if (op === "replace") parent[k] = copy;
  else if (Array.isArray(parent)) parent.splice(k as number, 1);
  else delete parent[k];
  return root;
}
