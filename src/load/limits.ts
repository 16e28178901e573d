/** Bounds that keep hostile input cheap to reject. */
export interface Limits {
  /** Largest accepted document, in bytes (UTF-8). Default: 10 MiB. */
  readonly maxBytes: number;
  /** Deepest accepted nesting of mappings and sequences. Default: 64. */
  readonly maxDepth: number;
  /** Most aliases (`*name`) in one document. Default: 100. */
  readonly maxAliases: number;
}

/** The limits used when none are given. */
export const DEFAULT_LIMITS: Limits = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
};

/** Fills unset limits with their defaults. */
export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}
