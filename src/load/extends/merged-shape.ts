import type { Diagnostic } from "../../diagnostic.js";
import { LadderSchema } from "../../model/ladder.js";
import { schemaFindings } from "../schema-issues.js";
import { locateInLayer, type Layer } from "./origins.js";

/**
 * @internal What zod says is wrong with a merged ladder (one the precompiled validator refused),
 * each issue located in the file that wrote the node. Imported only then: it builds the zod schema.
 */
export function mergedShapeDiagnostics(layer: Layer): Diagnostic[] {
  const result = LadderSchema.safeParse(layer.ladder, { reportInput: true });
  if (result.success) return [];
  return schemaFindings(result.error.issues, LadderSchema, layer.ladder).map(({ finding, atKey }) => locateInLayer(layer, finding, atKey));
}
