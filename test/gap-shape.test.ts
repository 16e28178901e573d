// The algorithmic shape of gap analysis: 4x the profiles cost about 4x the time, never the square
// of it. Never an absolute time: machines differ, and other work on the machine slows every figure
// alike. Sizes take turns run by run, so that load falls on each size alike; margins are generous.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { syntheticEncodedTeam, syntheticProfiles } from "../bench/synthetic.mjs";
import * as ladderkit from "../src/index.js";
import { analyzeGap, analyzeTeam, parseLadder, type ResolvedLadder } from "../src/index.js";

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median milliseconds of each job, the jobs taking turns, after `warmup` rounds. */
function medians(jobs: readonly (() => unknown)[], runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) for (const job of jobs) job();
  const times = jobs.map((): number[] => []);
  for (let i = 0; i < runs; i++)
    jobs.forEach((job, j) => {
      const start = performance.now();
      job();
      times[j]!.push(performance.now() - start);
    });
  return times.map(median);
}

const text = readFileSync(new URL("../ladders/dual-track.yaml", import.meta.url), "utf8");
const ladder: ResolvedLadder = parseLadder(text, { filename: "ladders/dual-track.yaml" }).ladder!;

describe("gap analysis scales linearly with the number of profiles", () => {
  it("analyzeTeam on 4x the encoded profiles takes at most 6x the time", () => {
    const small = syntheticEncodedTeam(ladder, 5_000, ladderkit);
    const large = syntheticEncodedTeam(ladder, 20_000, ladderkit);
    // The report covers everyone: the larger team is really analysed whole.
    expect(analyzeTeam(ladder, large).people).toHaveLength(20_000);
    const [a, b] = medians([() => analyzeTeam(ladder, small), () => analyzeTeam(ladder, large)], 9, 3);
    expect(b!).toBeLessThan(6 * a!);
  });

  it("analyzeGap over 4x the profiles takes at most 6x the time", () => {
    const profiles = syntheticProfiles(ladder, 800, ladderkit);
    const small = profiles.slice(0, 200);
    const all = (list: typeof profiles) => () => list.reduce((n, p) => n + analyzeGap(ladder, p).targets.length, 0);
    const [a, b] = medians([all(small), all(profiles)], 9, 3);
    expect(b!).toBeLessThan(6 * a!);
  });
});
