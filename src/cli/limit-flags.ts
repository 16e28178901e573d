import { DEFAULT_LIMITS, type LimitName, type Limits } from "../load/limits.js";
import { didYouMean, didYouMeanText } from "../load/suggest.js";
import { UsageError } from "./io.js";

/** The `--limit` option, as each command that reads ladders or profiles declares it. */
export const LIMIT_OPTION = { limit: { type: "string", multiple: true } } as const;

/** The help line of `--limit`. */
export const LIMIT_USAGE = "  --limit <name>=<n>   raise or lower a limit, e.g. --limit maxLevels=1000 (repeatable)";

/**
 * Parses `--limit name=n` flags (e.g. `--limit maxBytes=20971520`) into limits; undefined when none
 * is given. An unknown name, or a value that is not a whole number of at least 1 (0 for
 * `maxAliases`), is a usage error.
 */
export function parseLimitFlags(flags: readonly string[] | undefined): Partial<Limits> | undefined {
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
    limits[name as LimitName] = Number(value);
  }
  return limits;
}
