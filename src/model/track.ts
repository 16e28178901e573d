import * as z from "zod";
import { IdSchema, idRecord, TextSchema } from "./common.js";

/**
 * The kinds of track a ladder may hold.
 *
 * @example
 * for (const kind of TRACK_KINDS) console.log(kind, ladder.tracks.filter((track) => track.kind === kind).length);
 */
export const TRACK_KINDS = [
  "individual-contributor",
  "management",
  "technical-leadership",
  "executive",
] as const;

/** The kind of a track. */
export const TrackKindSchema = z.enum(TRACK_KINDS).meta({
  description: "The kind of track: individual-contributor, management, technical-leadership or executive.",
});

/** An expectation: a scale step, and optionally what it looks like at this level. */
export const ExpectationSchema = z.union([
  IdSchema.meta({ description: "The id of the expected scale step." }),
  z
    .strictObject({
      step: IdSchema.meta({ description: "The id of the expected scale step." }),
      description: TextSchema.optional().meta({
        description: "What meeting the expectation looks like at this level.",
      }),
    })
    .meta({ description: "The expected scale step and what it looks like at this level." }),
]);

/** A title on a track. */
export const LevelSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The level's id, unique in the ladder." }),
    title: TextSchema.meta({ description: "The job title, e.g. 'Principal Architect'." }),
    band: z
      .int()
      .min(1)
      .max(99)
      .meta({ description: "The band: levels of equal band on different tracks are equivalent roles." }),
    summary: TextSchema.meta({ description: "The role in a sentence or two." }),
    scope: TextSchema.optional().meta({ description: "The scope of impact: team, group, organisation, company." }),
    top: z
      .boolean()
      .optional()
      .meta({ description: "True for a level that is meant to have no promotion. Default: false." }),
    expectations: idRecord(ExpectationSchema)
      .optional()
      .meta({
        description:
          "Expected step per competency id. Only what changes from the previous level need be written; the rest is inherited.",
      }),
  })
  .meta({ description: "A level: a title on a track." });

/** An ordered chain of levels. */
export const TrackSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "The track's id." }),
    name: TextSchema.meta({ description: "The track's display name." }),
    kind: TrackKindSchema,
    description: TextSchema.optional().meta({ description: "What the track is for." }),
    branchesFrom: IdSchema.optional().meta({
      description: "The id of a level on another track that this track grows out of (a fork).",
    }),
    leadsTo: IdSchema.optional().meta({
      description: "The id of a level on another track that the top of this track is promoted into (convergence).",
    }),
    levels: z.array(LevelSchema).min(1).meta({ description: "The levels, lowest first." }),
  })
  .meta({ description: "A track: an ordered chain of levels." });

/** The kind of a track. */
export type TrackKind = z.infer<typeof TrackKindSchema>;
/** An expectation as written: a step id, or a step with a description. */
export type Expectation = z.infer<typeof ExpectationSchema>;
/**
 * A level as written.
 *
 * @interface
 */
export type Level = z.infer<typeof LevelSchema>;
/**
 * A track as written.
 *
 * @interface
 */
export type Track = z.infer<typeof TrackSchema>;
