import type { EncodedTeam, Profile, ResolvedLadder } from "../src/index.js";

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number;

/** Seeded profiles for a resolved ladder, as the benchmarks use them. */
export function syntheticProfiles(
  ladder: ResolvedLadder,
  count: number,
  api: { readonly shortestPath: (ladder: ResolvedLadder, from: string, to: string) => unknown },
  seed?: number,
): Profile[];

/** A seeded team straight into the columns `analyzeTeam` reads. */
export function syntheticEncodedTeam(
  ladder: ResolvedLadder,
  size: number,
  api: { readonly UNASSESSED: number; readonly NOT_APPLICABLE: number },
  seed?: number,
): EncodedTeam;
