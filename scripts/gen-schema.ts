// Writes schema/*.schema.json from the zod models: the models are the single source of truth.
import { writeFileSync } from "node:fs";
import { ladderExtensionJsonSchema, ladderJsonSchema, profileJsonSchema } from "../src/model/json-schema.js";

for (const [name, schema] of [
  ["ladder", ladderJsonSchema()],
  ["profile", profileJsonSchema()],
  ["ladder-extension", ladderExtensionJsonSchema()],
] as const) {
  const path = new URL(`../schema/${name}.schema.json`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}.schema.json`);
}
