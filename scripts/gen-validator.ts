// `npm run validator`: writes src/generated/shape-validators.ts, ajv's standalone code for
// schema/ladder.schema.json, schema/profile.schema.json and schema/ladder-extension.schema.json, so the loaders can check a document's
// shape without building the zod schemas (or compiling anything) at start-up. test/fast-shape.test.ts
// fails when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import type { Layout } from "../src/load/fast-shape.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where the validators are written, relative to the repository root. */
export const VALIDATOR_PATH = "src/generated/shape-validators.ts";

/** The schemas compiled, by the name of the validator exported for each. */
const SCHEMAS = {
  ladder: "schema/ladder.schema.json",
  profile: "schema/profile.schema.json",
  extension: "schema/ladder-extension.schema.json",
} as const;

type JsonSchema = { readonly [key: string]: unknown };

/** JSON Schema types whose values zod keeps as they are. */
const PRIMITIVES: readonly unknown[] = ["string", "number", "integer", "boolean", "null"];

/** Calls `fn` on each subschema of a node: the keywords the ladderkit schemas use. */
function eachSubschema(node: JsonSchema, fn: (child: JsonSchema) => JsonSchema): JsonSchema {
  const out: Record<string, unknown> = { ...node };
  for (const key of ["items", "additionalProperties", "propertyNames"])
    if (typeof node[key] === "object" && node[key] !== null) out[key] = fn(node[key] as JsonSchema);
  if (Array.isArray(node.anyOf)) out.anyOf = (node.anyOf as JsonSchema[]).map(fn);
  if (node.properties) out.properties = Object.fromEntries(Object.entries(node.properties as Record<string, JsonSchema>).map(([k, v]) => [k, fn(v)]));
  return out;
}

/** The schema without annotations, which validate nothing and would only be copied into the code. */
function stripAnnotations(node: JsonSchema): JsonSchema {
  const { title: _title, description: _description, ...rest } = eachSubschema(node, stripAnnotations);
  return rest;
}

/**
 * How zod builds its output from a valid value (see Layout). Unions must be told apart by the
 * input's type alone: zod keeps the first branch that accepts a value, and a primitive branch
 * accepts no object.
 */
export function layoutOf(node: JsonSchema): Layout {
  const unsupported = ["$ref", "oneOf", "allOf", "patternProperties", "prefixItems", "default"].filter((k) => k in node);
  if (unsupported.length > 0) throw new Error(`layoutOf: unsupported keyword ${unsupported.join(", ")}`);
  if (Array.isArray(node.anyOf)) {
    const options = node.anyOf as JsonSchema[];
    const branches = options.map(layoutOf);
    const kinds = branches.map((b, i) => (b !== 0 ? ("a" in b ? "array" : "object") : PRIMITIVES.includes(options[i]!.type as string) ? "primitive" : "any"));
    if (kinds.includes("any") || kinds.filter((k) => k !== "primitive").length !== new Set(kinds.filter((k) => k !== "primitive")).size)
      throw new Error(`layoutOf: union branches not told apart by type: ${kinds.join(", ")}`);
    return branches.every((b) => b === 0) ? 0 : { u: branches };
  }
  if (node.type === "array") return { a: layoutOf(node.items as JsonSchema) };
  if (node.type === "object") {
    if (node.properties) {
      if (node.additionalProperties !== false) throw new Error("layoutOf: an object with properties must be strict");
      return { o: Object.entries(node.properties as Record<string, JsonSchema>).map(([key, child]) => [key, layoutOf(child)] as const) };
    }
    if (typeof node.additionalProperties === "object") return { r: layoutOf(node.additionalProperties as JsonSchema) };
    throw new Error("layoutOf: an object needs properties or additionalProperties");
  }
  return 0;
}

/** The text of src/generated/shape-validators.ts for the committed JSON Schemas. */
export function renderValidators(): string {
  const schemas = Object.entries(SCHEMAS).map(([name, path]) => ({ name, schema: JSON.parse(readFileSync(`${ROOT}${path}`, "utf8")) as JsonSchema }));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false,
    // Only the verdict is used: a rejected document goes to zod, which says what is wrong.
    messages: false,
    // `format: date` comes with the zod regex as a `pattern`, which decides alone, as in zod.
    validateFormats: false,
    // zod's regexes have no `u` flag: neither have these, so they match the same strings.
    unicodeRegExp: false,
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  for (const { schema } of schemas) ajv.addSchema(stripAnnotations(schema));
  const code = standaloneCode.default(ajv, Object.fromEntries(schemas.map(({ name, schema }) => [name, schema.$id as string])));
  const layouts = schemas.map(({ name, schema }) => `export const ${name}Layout: Layout = ${JSON.stringify(layoutOf(schema))};`);
  return [
    "// @ts-nocheck",
    "// Generated by scripts/gen-validator.ts (`npm run validator`) from schema/*.schema.json: do not edit.",
    "// ajv's standalone validators, and the layout of each document as zod outputs it (src/load/fast-shape.ts).",
    'import type { Layout } from "../load/fast-shape.js";',
    // A module is strict already.
    code.replace(/^"use strict";/, "").trim(),
    ...layouts,
    "",
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(`${ROOT}${VALIDATOR_PATH}`, renderValidators());
  console.log(`wrote ${VALIDATOR_PATH}`);
}
