import { didYouMean, didYouMeanText } from "./suggest.js";

/**
 * Bounds that keep hostile input cheap to reject. Each default is far above a real ladder (the
 * bundled ones have at most 5 tracks, 18 levels and 28 competencies; the benchmark's generated
 * 10 tracks x 12 levels x 800 competencies loads well within them) and low enough that the worst
 * file within all of them parses in seconds and a few hundred MB (`npm run bench:pathological`).
 */
export interface Limits {
  /** Largest accepted document, in bytes (UTF-8). Default: 10 MiB. */
  readonly maxBytes: number;
  /** Deepest accepted nesting of mappings and sequences. Default: 64; at most 256 (the YAML composer recurses per level). */
  readonly maxDepth: number;
  /** Most aliases (`*name`) in one document. Default: 100. */
  readonly maxAliases: number;
  /**
   * Most YAML nodes, counted before parsing as the line breaks and the `,`, `[` and `{` of flow
   * collections (an upper bound, give or take a few nodes a line). Default: 100,000: 2.5 times the
   * benchmark's generated 10 x 12 x 800 ladder, 100 times the reference ladder. The YAML parser
   * needs about 1.7 KB and 10 to 20 microseconds a node, so 10 MiB of tiny nodes (`[1,1,1,...`)
   * would take minutes and gigabytes; at this limit, about a second and 200 MB.
   */
  readonly maxNodes: number;
  /**
   * Longest string, a key or a value, in UTF-16 code units (characters, for most text). Default:
   * 65,536: a description of a few thousand words. Reports repeat some strings (a step's
   * description on every level that expects it), so a longer one multiplies into huge output.
   */
  readonly maxStringLength: number;
  /**
   * Most levels in a ladder, over all its tracks. Default: 500. Track switches join every level
   * with every level of equal band, so the career graph grows with the square of this number.
   */
  readonly maxLevels: number;
  /**
   * Most competencies in a ladder. Default: 2,000. The resolved matrix has a cell per level and
   * competency, filled by inheritance at no cost in text: at most 500 x 2,000 = 1,000,000 cells.
   */
  readonly maxCompetencies: number;
  /** Most tracks in a ladder. Default: 100. */
  readonly maxTracks: number;
  /**
   * Most steps on a ladder's scale. Default: 100; at most 127, whatever is asked for: the team view
   * keeps a step's rank in a byte (`EncodedTeam.ratings` is an Int8Array).
   */
  readonly maxScaleSteps: number;
  /** Most ratings in one profile. Default: 2,000 (one per competency at most, in a valid profile). */
  readonly maxRatings: number;
  /** Most profiles one `ladderkit team` run reads. Default: 10,000. */
  readonly maxProfiles: number;
  /**
   * Most base ladders one `extends` chain reads (a ladder that extends one that extends another
   * reads two). Default: 16. Each base may be as large as `maxBytes`, so the chain multiplies
   * what one file may cost; real chains are two or three deep.
   */
  readonly maxExtendsDepth: number;
}

/** The name of a limit. */
export type LimitName = keyof Limits;

/**
 * The limits used when none are given.
 *
 * @example
 * parseLadder(text, { limits: { maxBytes: DEFAULT_LIMITS.maxBytes / 10 } }); // the rest stay default
 */
export const DEFAULT_LIMITS: Limits = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 100_000,
  maxStringLength: 65_536,
  maxLevels: 500,
  maxCompetencies: 2_000,
  maxTracks: 100,
  maxScaleSteps: 100,
  maxRatings: 2_000,
  maxProfiles: 10_000,
  maxExtendsDepth: 16,
};

const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS);

/** The deepest nesting any setting allows: deeper, the YAML composer's recursion nears the stack's end. */
export const MAX_DEPTH_CAP = 256;

/** The most scale steps any setting allows: the team view keeps a step's rank in a byte, -2 to 126 with its two codes. */
export const MAX_SCALE_STEPS_CAP = 127;

/** The limits no setting can raise past a cap, each with its cap and why, as a message says it. */
export const LIMIT_CAPS: Readonly<Partial<Record<LimitName, { readonly cap: number; readonly why: string }>>> = {
  maxDepth: { cap: MAX_DEPTH_CAP, why: "the YAML composer recurses once a level" },
  maxScaleSteps: { cap: MAX_SCALE_STEPS_CAP, why: "the team view keeps a step's rank in a byte" },
};

/**
 * Fills unset limits with their defaults and caps the depth at `MAX_DEPTH_CAP` and the scale at
 * `MAX_SCALE_STEPS_CAP`. A limit that is not a whole number of at least 0 (or Infinity), or a name
 * that is not a limit, is a TypeError: NaN or "10" compared false with every count and turned the
 * limit off, and a misspelt name was ignored, so the limit the caller meant was never set.
 */
export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  if (limits === undefined) return DEFAULT_LIMITS;
  const merged: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(limits) as [string, unknown][]) {
    if (value === undefined) continue;
    if (!Object.hasOwn(DEFAULT_LIMITS, name)) throw new TypeError(`unknown limit '${name}'${didYouMeanText(didYouMean(name, LIMIT_NAMES))}; limits: ${LIMIT_NAMES.join(", ")}`);
    if (typeof value !== "number" || !(value === Infinity || (Number.isInteger(value) && value >= 0)))
      throw new TypeError(`limit ${name} must be a whole number of at least 0, or Infinity; got ${typeof value === "string" ? `'${value}'` : String(value)}`);
    merged[name] = value;
  }
  return { ...(merged as unknown as Limits), maxDepth: Math.min(merged.maxDepth!, MAX_DEPTH_CAP), maxScaleSteps: Math.min(merged.maxScaleSteps!, MAX_SCALE_STEPS_CAP) };
}

/** The size of a text in UTF-8 bytes when it is over `maxBytes`; undefined when it is within. */
export function sizeOver(text: string, maxBytes: number): number | undefined {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: a text this short need not be measured.
  if (text.length * 3 <= maxBytes) return undefined;
  const size = Buffer.byteLength(text, "utf8");
  return size > maxBytes ? size : undefined;
}

/** The message for a file (or text) of `size` bytes, over the `maxBytes` of `max`. */
export function fileSizeMessage(size: number, max: number): string {
  return `file is ${size} bytes, over the limit of ${max} bytes (${raiseHint("maxBytes")})`;
}

/**
 * How a message says to raise a limit, in the API and in the CLI; or, for a limit at its cap
 * (`value`, as it was set), that it goes no higher.
 */
export function raiseHint(name: LimitName, value?: number): string {
  const capped = LIMIT_CAPS[name];
  if (capped !== undefined && value !== undefined && value >= capped.cap) return `the most ladderkit takes: ${capped.why}`;
  return `raise it with the ${name} limit: limits.${name} in the API, --limit ${name}=<n> in the CLI`;
}
