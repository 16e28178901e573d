import { toDiagnostic } from "../diagnostic.js";
import { LadderExtensionSchema } from "../model/extension.js";
import { LadderSchema } from "../model/ladder.js";
import { ProfileSchema } from "../model/profile.js";
import type { Shaped, ShapeKind, ShapeOf } from "./fast-shape.js";
import { place, type YamlSource } from "./locate.js";
import { schemaFindings } from "./schema-issues.js";

const schemas = { ladder: LadderSchema, profile: ProfileSchema, extension: LadderExtensionSchema } as const;

/**
 * @internal Checks a plain value against the zod schema of a document, locating each issue in the
 * YAML when there is YAML. The loaders import this module only when the precompiled validator
 * (fast-shape.ts) refuses a document, or for plain data; it is what builds the zod schemas.
 */
export function zodShape<K extends ShapeKind>(kind: K, value: unknown, source: YamlSource | undefined, file: string | undefined): Shaped<ShapeOf<K>> {
  const schema = schemas[kind];
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { value: result.data as ShapeOf<K>, diagnostics: [] };
  const diagnostics = schemaFindings(result.error.issues, schema, value).map(({ finding, atKey }) =>
    source ? place(source, finding, atKey) : toDiagnostic(finding, file),
  );
  return { diagnostics };
}
