import * as z from "zod";
import { ApiVersionSchema, DateSchema, IdSchema, idRecord, TextSchema } from "./common.js";

/**
 * Why a competency has no rating: it does not apply, or there was no chance to show it.
 *
 * @example
 * const marked = Object.values(profile.ratings).filter((r) => typeof r === "object" && RATING_STATUSES.some((s) => s === r.status));
 */
export const RATING_STATUSES = ["not-applicable", "no-opportunity"] as const;

/** A rating with its sources: agreed, manager and self steps, evidence and status. */
export const RatingDetailSchema = z
  .strictObject({
    agreed: IdSchema.optional().meta({ description: "The agreed step id (used first in gap reports)." }),
    manager: IdSchema.optional().meta({ description: "The manager's rating, a step id." }),
    self: IdSchema.optional().meta({ description: "The person's own rating, a step id." }),
    status: z
      .enum(RATING_STATUSES)
      .optional()
      .meta({ description: "not-applicable or no-opportunity: then the competency is not counted as a gap." }),
    evidence: z
      .array(TextSchema)
      .optional()
      .meta({ description: "Links or short notes that support the rating." }),
    note: TextSchema.optional().meta({ description: "A free comment." }),
  })
  .meta({ description: "A rating with its sources." });

/**
 * A rating: a step id (the agreed rating), or the detailed form.
 *
 * @example
 * RatingSchema.parse("expert");
 * RatingSchema.parse({ agreed: "practitioner", self: "expert", evidence: ["https://wiki.example.com/adr/12"] });
 * RatingSchema.parse({ status: "no-opportunity" });
 */
export const RatingSchema = z.union([
  IdSchema.meta({ description: "The agreed step id." }),
  RatingDetailSchema,
]);

/** A goal the person set for themselves. */
export const PersonalGoalSchema = z
  .strictObject({
    title: TextSchema.meta({ description: "The goal in a sentence." }),
    competency: IdSchema.optional().meta({ description: "The competency it serves, if any." }),
    due: DateSchema.optional(),
    note: TextSchema.optional().meta({ description: "Anything else worth saying." }),
  })
  .meta({ description: "A goal the person set for themselves." });

/**
 * An assessment of one person: `apiVersion: ladderkit/v1`, `kind: Profile`. The shape only:
 * `validateProfile` with a ladder also checks levels, competencies and steps.
 *
 * @example
 * const parsed = ProfileSchema.safeParse(JSON.parse(body));
 * if (parsed.success) console.log(parsed.data.person.name, parsed.data.level);
 */
export const ProfileSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal("Profile").meta({ description: "Always 'Profile' for a profile document." }),
    person: z
      .strictObject({
        name: TextSchema.meta({ description: "The person's name." }),
        id: IdSchema.optional().meta({ description: "An id from the HR system." }),
      })
      .meta({ description: "Who is assessed." }),
    ladder: TextSchema.meta({ description: "The ladder file, as a path relative to this profile." }),
    level: IdSchema.meta({ description: "The id of the person's current level." }),
    date: DateSchema.meta({ description: "When the assessment was made, YYYY-MM-DD." }),
    target: IdSchema.optional().meta({
      description: "The id of the level the person aims at. Default: the next level or levels.",
    }),
    ratings: idRecord(RatingSchema).meta({ description: "A rating per competency id." }),
    goals: z.array(PersonalGoalSchema).optional().meta({ description: "The person's own goals." }),
  })
  .meta({
    title: "ladderkit Profile",
    description: "An assessment of one person against a ladder (ladderkit/v1).",
  });

/** The status of an unrated competency. */
export type RatingStatus = (typeof RATING_STATUSES)[number];
/**
 * A rating in its detailed form.
 *
 * @interface
 */
export type RatingDetail = z.infer<typeof RatingDetailSchema>;
/** A rating as written: a step id or the detailed form. */
export type Rating = z.infer<typeof RatingSchema>;
/**
 * A goal the person set for themselves.
 *
 * @interface
 */
export type PersonalGoal = z.infer<typeof PersonalGoalSchema>;
/**
 * A profile as written in YAML.
 *
 * @interface
 */
export type Profile = z.infer<typeof ProfileSchema>;
