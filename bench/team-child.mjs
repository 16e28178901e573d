// One team benchmark in a fresh process, so its peak RSS is its own:
//   node --expose-gc bench/team-child.mjs <encoded|profiles> <size> <runs>
// Prints one line of JSON: the time of the first analyzeTeam call (ms), the times of the measured
// runs after warm-up (ms) and the process's peak RSS (KB).
//
// The first calls are slower than the rest, and not only for the JIT: every person's result
// survives, and V8 copies them through the young generation until its allocation sites learn to
// place them in the old generation directly (`--trace-pretenuring-statistics` shows it setting in
// after four to seven calls here). A service that analyses teams again and again runs in that
// steady state, which the measured runs show; the first call is printed beside them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as ladderkit from "../dist/index.js";
import { syntheticEncodedTeam, syntheticProfiles } from "./synthetic.mjs";

const [mode = "encoded", sizeArg = "100000", runsArg = "7"] = process.argv.slice(2);
const size = Number(sizeArg);
const runs = Number(runsArg);
const gc = globalThis.gc ?? (() => {});

const text = readFileSync(fileURLToPath(new URL("../ladders/dual-track.yaml", import.meta.url)), "utf8");
const { ladder } = ladderkit.parseLadder(text);
if (!ladder) throw new Error("the reference ladder does not load");

const team = mode === "encoded" ? syntheticEncodedTeam(ladder, size, ladderkit) : syntheticProfiles(ladder, size, ladderkit);
const WARMUP = 8;
const times = [];
let first = 0;
let check = 0;
for (let r = -WARMUP; r < runs; r++) {
  gc();
  const start = performance.now();
  const report = ladderkit.analyzeTeam(ladder, team);
  const ms = performance.now() - start;
  if (r === -WARMUP) first = ms;
  if (r >= 0) times.push(ms);
  check += report.size + report.sharedGaps.length;
}
process.stdout.write(`${JSON.stringify({ mode, size, first, times, check, maxRssKb: process.resourceUsage().maxRSS })}\n`);
