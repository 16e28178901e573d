import * as z from "zod";

/** The `apiVersion` every ladderkit document carries. */
export const API_VERSION = "ladderkit/v1";

/**
 * An identifier: letters, digits and `-`, `_` or `.` inside, starting with a letter or digit.
 * Ids are what references point at, so they are kept short and free of spaces.
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
    error: "must be an id: 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit",
  })
  .meta({
    description:
      "An identifier: 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit.",
  });

/** A calendar date written as `YYYY-MM-DD`. */
export const DateSchema = z.iso
  .date({ error: "must be a date written YYYY-MM-DD" }).meta({ description: "A calendar date, YYYY-MM-DD." });

/** Text that must say something: at least one non-space character. */
export const TextSchema = z.string().regex(/\S/, { error: "must not be blank" });

/** `apiVersion: ladderkit/v1`. */
export const ApiVersionSchema = z.literal(API_VERSION).meta({
  description: `The document format version; always '${API_VERSION}'.`,
});
