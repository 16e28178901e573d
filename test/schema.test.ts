// The JSON Schemas in schema/ are generated from the zod models. These tests keep the two in step:
// the files are not stale, they compile under ajv's strict mode, they document every property, and
// ajv and zod accept and reject the same documents.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { LadderExtensionSchema, LadderSchema, ProfileSchema } from "../src/index.js";
import { ladderExtensionJsonSchema, ladderJsonSchema, profileJsonSchema } from "../src/model/json-schema.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const SCHEMAS = [
  { name: "ladder", kind: "Ladder", generate: ladderJsonSchema, zod: LadderSchema },
  { name: "profile", kind: "Profile", generate: profileJsonSchema, zod: ProfileSchema },
  { name: "ladder-extension", kind: "Ladder", generate: ladderExtensionJsonSchema, zod: LadderExtensionSchema },
] as const;

/** The schema a document is meant for: by its kind, and a ladder that says `extends` is an extension. */
const schemaNameOf = (value: Record<string, unknown>): string =>
  value.kind === "Profile" ? "profile" : Object.hasOwn(value, "extends") ? "ladder-extension" : "ladder";

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // `format: date` needs a definition in strict mode; ajv-formats is what users of the schema add too.
  addFormats.default(ajv);
  return ajv;
}

const ajv = newAjv();
const validators = SCHEMAS.map((s) => ({ ...s, validate: ajv.compile(s.generate()) }));

/** Every YAML file under a directory, recursively, as paths relative to the repository. */
function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(join(ROOT, path)).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry) ? [path] : [];
    });
}

/** True for null, booleans, finite numbers, strings, arrays and plain objects of those: what JSON can hold. */
function isJson(value: unknown): boolean {
  const stack = [value];
  // A node met twice (an alias of a collection, or one inside its own anchor, which would loop
  // forever here) is not what JSON data can be: every node of JSON is its own.
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number" && Number.isFinite(v)) continue;
    if (seen.has(v)) return false;
    seen.add(v);
    if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) stack.push(...Object.values(v));
    else return false;
  }
  return true;
}

/** A YAML file's value when it holds exactly one mapping that reads without error and is JSON data. */
function readMapping(path: string): Record<string, unknown> | undefined {
  const text = readFileSync(join(ROOT, path), "utf8");
  // The corpus of files past the limits adds size, not shapes: 1,000 mutations of each would take minutes.
  if (text.length > 64 * 1024) return undefined;
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.length !== 1) return undefined;
  const doc = docs[0]!;
  if (doc.errors.length > 0 || doc.contents === null || !("items" in doc.contents)) return undefined;
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    return isJson(value) && typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // an alias bomb
  }
}

const DOCUMENTS = [...yamlFiles("test/fixtures"), ...yamlFiles("ladders")]
  .map((path) => ({ path, value: readMapping(path) }))
  .filter((d): d is { path: string; value: Record<string, unknown> } => d.value !== undefined);

/** Whether ajv and zod accept a value, and ajv's errors for the failure message. */
function verdicts(schema: (typeof validators)[number], value: unknown): { ajv: boolean; zod: boolean; errors: ErrorObject[] } {
  const ajvOk = schema.validate(value);
  return { ajv: ajvOk, zod: schema.zod.safeParse(value).success, errors: schema.validate.errors ?? [] };
}

describe.each(SCHEMAS)("schema/$name.schema.json", ({ name, generate }) => {
  const file = join(ROOT, "schema", `${name}.schema.json`);
  const schema = generate();

  it("is what src/model/json-schema.ts generates (run `npm run schema` when it is not)", () => {
    expect(readFileSync(file, "utf8")).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it("compiles under ajv's strict mode", () => {
    expect(() => newAjv().compile(JSON.parse(readFileSync(file, "utf8")))).not.toThrow();
  });

  it("has $schema, $id, title and description at the root", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`urn:ladderkit:${name}:v1`);
    expect(schema.title).toMatch(/\S/);
    expect(schema.description).toMatch(/\S/);
  });

  it("describes every property", () => {
    const { properties, undocumented } = propertyDocs(schema);
    expect(properties).toBeGreaterThan(10);
    expect(undocumented).toEqual([]);
  });
});

/** How many properties a JSON Schema declares, at any depth, and the pointers of those without a description. */
function propertyDocs(schema: unknown): { properties: number; undocumented: string[] } {
  const undocumented: string[] = [];
  let properties = 0;
  const stack: Array<[unknown, string]> = [[schema, "#"]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    for (const [key, child] of Object.entries(node)) stack.push([child, `${at}/${key}`]);
    const props = (node as { properties?: Record<string, { description?: unknown }> }).properties;
    for (const [prop, sub] of Object.entries(props ?? {})) {
      properties++;
      if (typeof sub.description !== "string" || !/\S/.test(sub.description)) undocumented.push(`${at}/properties/${prop}`);
    }
  }
  return { properties, undocumented: undocumented.sort() };
}

it("propertyDocs finds an undocumented property at any depth", () => {
  const schema = {
    properties: { a: { description: "A." }, b: { type: "array", items: { properties: { c: { description: " " }, d: {} } } } },
  };
  expect(propertyDocs(schema)).toEqual({
    properties: 4,
    undocumented: ["#/properties/b/items/properties/c", "#/properties/b/items/properties/d", "#/properties/b"].sort(),
  });
});

describe("ajv and zod agree", () => {
  it("found the fixtures and sample ladders", () => {
    const paths = DOCUMENTS.map((d) => d.path);
    expect(paths).toContain("test/fixtures/valid/minimal.yaml");
    expect(paths.filter((p) => p.startsWith("ladders/profiles/")).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith("test/fixtures/bad/")).length).toBeGreaterThan(5);
  });

  it.each(DOCUMENTS.map((d) => [d.path, d.value] as const))("on %s", (_path, value) => {
    for (const schema of validators) {
      const { ajv: ajvOk, zod: zodOk, errors } = verdicts(schema, value);
      expect(zodOk, `${schema.name}: ajv says ${ajvOk}: ${JSON.stringify(errors)}`).toBe(ajvOk);
    }
  });

  it("accepts each sample ladder and profile under both", () => {
    for (const { path, value } of DOCUMENTS.filter((d) => d.path.startsWith("ladders/") || d.path.includes("/valid/"))) {
      const schema = validators.find((v) => v.name === schemaNameOf(value))!;
      expect(verdicts(schema, value), path).toMatchObject({ ajv: true, zod: true });
    }
  });

  for (const schema of validators) {
    const bases = DOCUMENTS.filter((d) => schemaNameOf(d.value) === schema.name && verdicts(schema, d.value).ajv).map((d) => d.value);

    it(`on mutated ${schema.name} documents`, () => {
      expect(bases.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (base, mutations) => {
          const value = mutations.reduce(mutate, clone(base));
          const { ajv: ajvOk, zod: zodOk, errors } = verdicts(schema, value);
          expect(zodOk, `ajv says ${ajvOk}: ${JSON.stringify(errors.slice(0, 3))}`).toBe(ajvOk);
        }),
        { numRuns: 1000 },
      );
    });
  }
});

describe("an own __proto__ key in a record", () => {
  // zod skips such a key in a record (and its value), where the JSON Schema's propertyNames refuses
  // it: the models refuse it on the input, so both say no.
  const withProto = (record: object) => Object.defineProperty(record, "__proto__", { value: 5, enumerable: true });

  it.each([
    ["ratings", "profile", (v: any) => withProto(v.ratings)],
    ["a competency's steps", "ladder", (v: any) => withProto(v.competencies[0].steps)],
    ["a level's expectations", "ladder", (v: any) => withProto(v.tracks[0].levels[0].expectations)],
  ] as const)("is refused in %s by ajv and zod", (_where, name, poke) => {
    const schema = validators.find((v) => v.name === name)!;
    const base = DOCUMENTS.find((d) => d.value.kind === schema.kind && d.path.startsWith("ladders/") && verdicts(schema, d.value).ajv)!;
    const value = clone(base.value);
    expect(verdicts(schema, value)).toMatchObject({ ajv: true, zod: true });
    poke(value);
    expect(verdicts(schema, value)).toMatchObject({ ajv: false, zod: false });
  });
});

// Mutations: each picks a node of the document by index (modulo the number of nodes) and changes it.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

interface Mutation {
  readonly op: "delete" | "replace" | "add-key" | "retype";
  readonly at: number;
  readonly key: string;
  readonly value: Json;
}

/** Strings and numbers on the edges of what the schemas accept. */
const edgeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    "", " ", "\n", "\u00a0", "x", "basic", "Practitioner", "a".repeat(64), "a".repeat(65), "-x", "_x", "x.y", "x y", "x\n", "é",
    "ladderkit/v1", "ladderkit/v2", "Ladder", "Profile", "management", "executive", "not-applicable", "no-opportunity",
    "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-02-29", "2024-04-31", "2024-13-01", "2024-1-01", "2024-01-01T00:00:00Z",
    0, -0, 1, 2, 50, 99, 100, 101, 0.5, 1.5, 99.5, 100.0001, -1, 1e21, 2 ** 53 + 2, true, false, null, [], {},
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Property names: unknown ones, near misses, and the ones that reach a prototype. */
const keyArb = fc.oneof(
  { arbitrary: fc.constantFrom("__proto__", "constructor", "prototype"), weight: 2 },
  { arbitrary: fc.constantFrom("toString", "hasOwnProperty", "descripton", "id", "x", "", " ", "-", "a".repeat(65), "é"), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
);

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom("delete", "replace", "add-key", "retype"),
  at: fc.nat(),
  key: keyArb,
  value: edgeValue,
});

/** Sets an own property, even `__proto__` (which plain assignment would turn into a prototype change). */
function setOwn(object: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function clone(value: unknown): Json {
  if (Array.isArray(value)) return value.map(clone);
  if (value === null || typeof value !== "object") return value as Json;
  const out: { [key: string]: Json } = {};
  for (const [key, v] of Object.entries(value)) setOwn(out, key, clone(v));
  return out;
}

/** Every path in a value, the root first. */
function pathsOf(value: Json): Path[] {
  const paths: Path[] = [];
  const stack: Array<[Json, Path]> = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    paths.push(path);
    if (Array.isArray(node)) node.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) stack.push([v, [...path, k]]);
  }
  return paths;
}

function get(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

const isObject = (node: Json): node is { [key: string]: Json } => node !== null && typeof node === "object" && !Array.isArray(node);

function mutate(root: Json, { op, at, key, value: shared }: Mutation): Json {
  // fast-check hands out the same `{}` and `[]` on every run: insert a copy, never the instance.
  const value = clone(shared);
  // A key is added to a mapping: picking among mappings only makes records (ratings, steps) likelier.
  const paths = op === "add-key" ? pathsOf(root).filter((p) => isObject(get(root, p))) : pathsOf(root);
  const path = paths[at % Math.max(paths.length, 1)];
  if (path === undefined) return root;
  const node = get(root, path);
  const change = (next: Json | undefined): Json => {
    if (path.length === 0) return next === undefined ? root : next;
    const parent = get(root, path.slice(0, -1));
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) {
      if (next === undefined) parent.splice(last as number, 1);
      else parent[last as number] = next;
    } else if (parent !== null && typeof parent === "object") {
      if (next === undefined) delete parent[last as string];
      else setOwn(parent, last as string, next);
    }
    return root;
  };
  switch (op) {
    case "delete":
      return change(undefined);
    case "replace":
      return change(value);
    case "add-key":
      if (isObject(node)) setOwn(node, key, value);
      return root;
    case "retype":
      if (typeof node === "string") return change(Number.isNaN(Number(node)) ? node.length : Number(node));
      if (typeof node === "number") return change(String(node));
      if (typeof node === "boolean") return change(String(node));
      return change(Array.isArray(node) ? { ...node } : node === null ? "null" : [node]);
  }
}

describe("the mutations themselves", () => {
  it("change the document they are given", () => {
    const base = clone({ a: { b: [1, "x"] } });
    const paths = pathsOf(base);
    expect(paths).toHaveLength(5);
    const next = mutate(clone(base), { op: "add-key", at: 0, key: "__proto__", value: 1 });
    expect(Object.keys(next as object)).toEqual(["a", "__proto__"]);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(mutate(clone(base), { op: "delete", at: 1, key: "", value: null })).toEqual({});
  });
});
