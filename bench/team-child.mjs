// One team benchmark in a fresh process, so its peak RSS is its own:
//   node --expose-gc bench/team-child.mjs <encoded|profiles> <size> <runs>
// Prints one line of JSON: the times of each analyzeTeam run (ms) and the process's peak RSS (KB).
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
const times = [];
let check = 0;
for (let r = 0; r < runs; r++) {
  gc();
  const start = performance.now();
  const report = ladderkit.analyzeTeam(ladder, team);
  times.push(performance.now() - start);
  check += report.size + report.sharedGaps.length;
}
process.stdout.write(`${JSON.stringify({ mode, size, times, check, maxRssKb: process.resourceUsage().maxRSS })}\n`);
