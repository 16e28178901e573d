import { DEFAULT_LIMITS, LIMIT_CAPS, type LimitName, type Limits } from "../load/limits.js";
import { didYouMean, didYouMeanText } from "../load/suggest.js";
import { UsageError } from "./io.js";

/** The options of every command that reads ladders or profiles, as `parseArgs` takes them. */
export const LOAD_OPTIONS = {
  limit: { type: "string", multiple: true },
  "allow-extends-outside": { type: "boolean", default: false },
} as const;

/** The help lines of `LOAD_OPTIONS`, aligned with a command's other options at `column`. */
export function loadUsage(column = 23): string {
  // A flag too long for the column gets its text on the next line, as the other options are aligned.
  const line = (flag: string, text: string) =>
    flag.length < column - 3 ? `  ${flag.padEnd(column - 2)}${text}` : `  ${flag}\n${" ".repeat(column)}${text}`;
  return [
    line("--limit <name>=<n>", "raise or lower a limit, e.g. --limit maxLevels=1000 (repeatable)"),
    line("--allow-extends-outside", "let a ladder extend a base outside its own folder tree"),
  ].join("\n");
}

/** How a command loads its files: the limits, and whether `extends` may leave a ladder's folder tree. */
export interface LoadFlags {
  readonly limits?: Partial<Limits> | undefined;
  readonly allowExtendsOutside?: boolean | undefined;
}

/** The `LoadFlags` of parsed `LOAD_OPTIONS`. */
export function loadFlags(values: { readonly limit?: readonly string[] | undefined; readonly "allow-extends-outside"?: boolean | undefined }): LoadFlags {
  return { limits: parseLimitFlags(values.limit), allowExtendsOutside: values["allow-extends-outside"] === true };
}

/**
 * Parses `--limit name=n` flags (e.g. `--limit maxBytes=20971520`) into limits; undefined when none
 * is given. An unknown name, or a value that is not a whole number of at least 1 (0 for
 * `maxAliases`), is a usage error.
 */
function parseLimitFlags(flags: readonly string[] | undefined): Partial<Limits> | undefined {
  if (flags === undefined || flags.length === 0) return undefined;
  const names = Object.keys(DEFAULT_LIMITS);
  const limits: Partial<Record<LimitName, number>> = {};
  for (const flag of flags) {
    const [name = "", value] = flag.split("=", 2);
    if (!Object.hasOwn(DEFAULT_LIMITS, name))
      throw new UsageError(`--limit ${flag}: unknown limit '${name}'${didYouMeanText(didYouMean(name, names))}; limits: ${names.join(", ")}`);
    const least = name === "maxAliases" ? 0 : 1;
    if (value === undefined || !/^\d{1,15}$/.test(value) || Number(value) < least)
      throw new UsageError(`--limit ${flag}: expected ${name}=<n>, a whole number of at least ${least}`);
    // Over a cap would be lowered to it without a word, and the message would still say to raise it.
    const cap = LIMIT_CAPS[name as LimitName]?.cap;
    if (cap !== undefined && Number(value) > cap) throw new UsageError(`--limit ${flag}: ${name} is at most ${cap}`);
    limits[name as LimitName] = Number(value);
  }
  return limits;
}
