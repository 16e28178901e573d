import * as z from "zod";
import { ApiVersionSchema, IdSchema, idRecord, TextSchema } from "./common.js";
import { ExpectationSchema, TrackKindSchema } from "./track.js";

// An extending ladder writes only what changes from its base. Every list item is matched to the
// base by id: a known id overrides the fields written (nested mappings, a level's expectations and
// a competency's steps, key by key), an unknown id adds an item, which must then be complete. An
// optional field set to null is dropped, as in a JSON merge patch. `remove` lists ids by kind.

const optionalId = (description: string) => IdSchema.optional().meta({ description });
const dropped = (schema: z.ZodType, description: string) =>
  schema.nullable().optional().meta({ description: `${description} null drops the base's value.` });

/** A scale step, matched by id: override its label or description, or add a step at the top. */
export const StepPatchSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The step's id: a base step to override, or a new step (added at the top)." }),
    label: TextSchema.optional().meta({ description: "The step's label. Required for a new step." }),
    description: TextSchema.optional().meta({ description: "What the step means. Required for a new step." }),
  })
  .meta({ description: "A scale step to override or add." });

/** A category, matched by id. */
export const CategoryPatchSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The category's id: a base category to override, or a new one." }),
    name: TextSchema.optional().meta({ description: "The display name. Required for a new category." }),
    description: dropped(TextSchema, "What the category covers."),
  })
  .meta({ description: "A category to override or add." });

/** A competency, matched by id. */
export const CompetencyPatchSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The competency's id: a base competency to override, or a new one." }),
    name: TextSchema.optional().meta({ description: "The display name. Required for a new competency." }),
    category: optionalId("The id of its category. Required for a new competency."),
    description: TextSchema.optional().meta({ description: "What it is about. Required for a new competency." }),
    tracks: dropped(z.array(IdSchema).min(1), "The tracks it applies to, replacing the base's list."),
    weight: dropped(z.number().positive().max(100), "Relative weight in weighted gaps."),
    steps: idRecord(TextSchema.meta({ description: "What this step looks like for the competency." }))
      .optional()
      .meta({ description: "What each scale step looks like, by step id; merged into the base's, step by step." }),
  })
  .meta({ description: "A competency to override or add." });

/** A level, matched by id on its track. */
export const LevelPatchSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The level's id: a base level of this track to override, or a new level." }),
    title: TextSchema.optional().meta({ description: "The job title. Required for a new level." }),
    band: z.int().min(1).max(99).optional().meta({ description: "The band. Required for a new level." }),
    summary: TextSchema.optional().meta({ description: "The role in a sentence or two. Required for a new level." }),
    scope: dropped(TextSchema, "The scope of impact."),
    top: z.boolean().optional().meta({ description: "True for a level meant to have no promotion." }),
    expectations: idRecord(ExpectationSchema)
      .optional()
      .meta({ description: "Expected step per competency id, merged into the base level's, competency by competency." }),
    after: optionalId("Put the level just above this level of the track. Default: a new level goes on top."),
    before: optionalId("Put the level just below this level of the track."),
  })
  .meta({ description: "A level to override, add or move." });

/** A track, matched by id. */
export const TrackPatchSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The track's id: a base track to override, or a new track (added last)." }),
    name: TextSchema.optional().meta({ description: "The display name. Required for a new track." }),
    kind: TrackKindSchema.optional(),
    description: dropped(TextSchema, "What the track is for."),
    branchesFrom: dropped(IdSchema, "The level on another track that this track grows out of."),
    leadsTo: dropped(IdSchema, "The level on another track that the top of this track is promoted into."),
    levels: z.array(LevelPatchSchema).optional().meta({ description: "Levels to override, add or move, matched by id." }),
  })
  .meta({ description: "A track to override or add." });

/** What an extending ladder takes away from its base, by kind of id. */
export const RemoveSchema = z
  .strictObject({
    categories: z.array(IdSchema).optional().meta({ description: "Categories to remove, with the competencies in them." }),
    competencies: z.array(IdSchema).optional().meta({ description: "Competencies to remove, with every level's expectation of them." }),
    tracks: z.array(IdSchema).optional().meta({ description: "Tracks to remove, with their levels." }),
    levels: z.array(IdSchema).optional().meta({ description: "Levels to remove from their track." }),
    expectations: idRecord(z.array(IdSchema))
      .optional()
      .meta({ description: "Per level id, competencies whose written expectation is removed: the level inherits it again." }),
  })
  .meta({ description: "Ids to remove from the base, by kind. Applied before the overrides, so removing then adding an id replaces it." });

/**
 * A ladder that extends a base ladder (`extends: <relative path>`) and writes only what changes.
 * It still says what it is: `apiVersion`, `kind: Ladder`, its own `id`, `name` and `version`.
 *
 * @example
 * const parsed = LadderExtensionSchema.safeParse({ apiVersion: "ladderkit/v1", kind: "Ladder", extends: "./dual-track.yaml", id: "acme", name: "Acme", version: "1" });
 * console.log(parsed.success); // true
 */
export const LadderExtensionSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal("Ladder").meta({ description: "Always 'Ladder' for a ladder document." }),
    extends: TextSchema.meta({
      description: "The base ladder: a path relative to this file, inside its folder tree. Never a URL.",
    }),
    id: IdSchema.meta({ description: "This ladder's own id." }),
    name: TextSchema.meta({ description: "This ladder's own display name." }),
    version: TextSchema.meta({ description: "This ladder's own version." }),
    description: TextSchema.optional().meta({ description: "What the ladder is for. Default: the base's." }),
    scale: z.array(StepPatchSchema).optional().meta({ description: "Scale steps to override or add, matched by id." }),
    categories: z.array(CategoryPatchSchema).optional().meta({ description: "Categories to override or add, matched by id." }),
    competencies: z.array(CompetencyPatchSchema).optional().meta({ description: "Competencies to override or add, matched by id." }),
    tracks: z.array(TrackPatchSchema).optional().meta({ description: "Tracks to override or add, matched by id." }),
    remove: RemoveSchema.optional(),
  })
  .meta({
    title: "ladderkit Ladder extension",
    description: "A career ladder that extends a base ladder and writes only what changes (ladderkit/v1).",
  });

/**
 * A ladder that extends another, as written.
 *
 * @interface
 */
export type LadderExtension = z.infer<typeof LadderExtensionSchema>;
/**
 * A level override in an extending ladder.
 *
 * @interface
 */
export type LevelPatch = z.infer<typeof LevelPatchSchema>;
/**
 * A track override in an extending ladder.
 *
 * @interface
 */
export type TrackPatch = z.infer<typeof TrackPatchSchema>;
