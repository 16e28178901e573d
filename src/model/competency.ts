import * as z from "zod";
import { IdSchema, idRecord, TextSchema } from "./common.js";

/** A group of competencies, e.g. Technology, People or Influence. */
export const CategorySchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The category's id, referenced by competencies." }),
    name: TextSchema.meta({ description: "The category's display name." }),
    description: TextSchema.optional().meta({ description: "What the category covers." }),
  })
  .meta({ description: "A group of competencies." });

/** What is assessed: a skill or behaviour with a description per scale step. */
export const CompetencySchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The competency's id, used by expectations and ratings." }),
    name: TextSchema.meta({ description: "The competency's display name." }),
    category: IdSchema.meta({ description: "The id of the category it belongs to." }),
    description: TextSchema.meta({ description: "What the competency is about." }),
    tracks: z
      .array(IdSchema)
      .min(1)
      .optional()
      .meta({ description: "Ids of the tracks it applies to. Default: every track." }),
    weight: z
      .number()
      .positive()
      .max(100)
      .optional()
      .meta({ description: "Relative weight in weighted gaps. Default: 1." }),
    steps: idRecord(TextSchema.meta({ description: "What this step looks like for the competency." }))
      .optional()
      .meta({ description: "What each scale step looks like for this competency, by step id." }),
  })
  .meta({ description: "A competency: what is assessed." });

/**
 * A group of competencies.
 *
 * @interface
 */
export type Category = z.infer<typeof CategorySchema>;
/**
 * What is assessed.
 *
 * @interface
 */
export type Competency = z.infer<typeof CompetencySchema>;
