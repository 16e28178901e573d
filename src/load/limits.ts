/** Bounds that keep hostile input cheap to reject. */
export interface Limits {
  /** Largest accepted document, in bytes (UTF-8). Default: 10 MiB. */
  readonly maxBytes: number;
  /** Deepest accepted nesting of mappings and sequences. Default: 64; at most 256 (the YAML composer recurses per level). */
  readonly maxDepth: number;
  /** Most aliases (`*name`) in one document. Default: 100. */
  readonly maxAliases: number;
}

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
};

/** The deepest nesting any setting allows: deeper, the YAML composer's recursion nears the stack's end. */
export const MAX_DEPTH_CAP = 256;

/** Fills unset limits with their defaults and caps the depth at `MAX_DEPTH_CAP`. */
export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  const merged = { ...DEFAULT_LIMITS, ...limits };
  return { ...merged, maxDepth: Math.min(merged.maxDepth, MAX_DEPTH_CAP) };
}
