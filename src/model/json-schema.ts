import * as z from "zod";
import { LadderExtensionSchema } from "./extension.js";
import { LadderSchema } from "./ladder.js";
import { ProfileSchema } from "./profile.js";

/** The `$id` of each JSON Schema is `urn:ladderkit:<name>:v1`: a name, not a download address. */
const schemaId = (name: string) => `urn:ladderkit:${name}:v1`;

function generate(schema: z.ZodType, name: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
  return { $schema: json.$schema, $id: schemaId(name), ...json };
}

/** The JSON Schema of a ladder document, generated from `LadderSchema`. */
export function ladderJsonSchema(): Record<string, unknown> {
  return generate(LadderSchema, "ladder");
}

/** The JSON Schema of a profile document, generated from `ProfileSchema`. */
export function profileJsonSchema(): Record<string, unknown> {
  return generate(ProfileSchema, "profile");
}

/** The JSON Schema of a ladder that extends another, generated from `LadderExtensionSchema`. */
export function ladderExtensionJsonSchema(): Record<string, unknown> {
  return generate(LadderExtensionSchema, "ladder-extension");
}
