import * as z from "zod";
import { ID_PATTERN, ID_WORDS } from "./id.js";

/**
 * The `apiVersion` every ladderkit document carries.
 *
 * @example
 * if (document.apiVersion !== API_VERSION) console.log("not a ladderkit/v1 document");
 */
export const API_VERSION = "ladderkit/v1";

/**
 * An identifier: letters, digits and `-`, `_` or `.` inside, starting with a letter or digit.
 * Ids are what references point at, so they are kept short and free of spaces.
 */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { error: `must be an id: ${ID_WORDS}` })
  .meta({
    description:
      "An identifier: 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit.",
  });

/**
 * A mapping keyed by ids (ratings, expectations, a competency's steps). zod passes over an own
 * `__proto__` key of a record without checking it or its value, and leaves it out of its output,
 * where the JSON Schema's `propertyNames` refuses it: it is refused here too, on the input (a
 * refinement would only see the output), so both accept the same documents.
 */
export function idRecord<V extends z.ZodType>(value: V) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === "object" && Object.hasOwn(input, "__proto__"))
      ctx.addIssue({ code: "custom", message: "is not allowed: it could reach an object prototype", path: ["__proto__"], input });
    return input;
  }, z.record(IdSchema, value));
}

/** A calendar date written as `YYYY-MM-DD`. */
export const DateSchema = z.iso
  .date({ error: "must be a date written YYYY-MM-DD" }).meta({ description: "A calendar date, YYYY-MM-DD." });

/** Text that must say something: at least one non-space character. */
export const TextSchema = z.string().regex(/\S/, { error: "must not be blank" });

/** `apiVersion: ladderkit/v1`. */
export const ApiVersionSchema = z.literal(API_VERSION).meta({
  description: `The document format version; always '${API_VERSION}'.`,
});
