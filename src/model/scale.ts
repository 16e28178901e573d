import * as z from "zod";
import { IdSchema, TextSchema } from "./common.js";

/** One step of the proficiency scale. Steps are ordered: the first is the lowest. */
export const ScaleStepSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The step's id, used by expectations and ratings." }),
    label: TextSchema.meta({ description: "A short label shown in reports, e.g. 'Practitioner'." }),
    description: TextSchema.meta({ description: "What this step means, whatever the competency." }),
  })
  .meta({ description: "One step of the proficiency scale." });

/** The proficiency scale: at least two steps, lowest first. */
export const ScaleSchema = z
  .array(ScaleStepSchema)
  .min(2)
  .meta({ description: "The ordered proficiency steps, lowest first (at least two)." });

/**
 * One step of the proficiency scale.
 *
 * @interface
 */
export type ScaleStep = z.infer<typeof ScaleStepSchema>;
