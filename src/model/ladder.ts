import * as z from "zod";
import { ApiVersionSchema, IdSchema, TextSchema } from "./common.js";
import { CategorySchema, CompetencySchema } from "./competency.js";
import { ScaleSchema } from "./scale.js";
import { TrackSchema } from "./track.js";

/**
 * A career ladder: `apiVersion: ladderkit/v1`, `kind: Ladder`. The shape only: `validateLadder`
 * also resolves the ladder and runs the rules.
 *
 * @example
 * const parsed = LadderSchema.safeParse(value);
 * if (!parsed.success) console.log(parsed.error.issues.length, "schema issues");
 */
export const LadderSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal("Ladder").meta({ description: "Always 'Ladder' for a ladder document." }),
    id: IdSchema.meta({ description: "The ladder's id." }),
    name: TextSchema.meta({ description: "The ladder's display name." }),
    version: TextSchema.meta({ description: "The ladder's version, e.g. '2026.1' or '1.2.0'." }),
    description: TextSchema.optional().meta({ description: "What the ladder is for and who it covers." }),
    scale: ScaleSchema,
    categories: z.array(CategorySchema).min(1).meta({ description: "The competency categories." }),
    competencies: z.array(CompetencySchema).min(1).meta({ description: "The competencies assessed." }),
    tracks: z.array(TrackSchema).min(1).meta({ description: "The tracks, each an ordered chain of levels." }),
  })
  .meta({
    title: "ladderkit Ladder",
    description: "A career ladder with parallel tracks (ladderkit/v1).",
  });

/**
 * A ladder as written in YAML.
 *
 * @interface
 */
export type Ladder = z.infer<typeof LadderSchema>;
