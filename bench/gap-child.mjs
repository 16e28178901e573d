// analyzeGap throughput in a fresh process:
//   node bench/gap-child.mjs <samples|synthetic> <rounds> <ms per round>
// Prints one line of JSON: full reports per second of each round, after a one-second warm-up.
//
// bench/run.mjs starts several of these and pools their rounds. One process is not enough here:
// the same code, run back to back in fresh processes on this shared 2-core machine, gave medians of
// 112,000 and of 220,000 reports/s for the 3 sample profiles, each process steady in its own mode,
// with no deoptimisation to tell them apart (--trace-deopt).
import { readFileSync } from "node:fs";
import * as ladderkit from "../dist/index.js";
import { syntheticProfiles } from "./synthetic.mjs";

const [set = "samples", roundsArg = "9", msArg = "300"] = process.argv.slice(2);
const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const { ladder } = ladderkit.parseLadder(read("ladders/dual-track.yaml"), { filename: "ladders/dual-track.yaml" });
if (!ladder) throw new Error("the reference ladder does not load");

function samples() {
  return ["senior-at-fork", "architect-to-principal", "manager-to-technical"].map((name) => {
    const { profile, diagnostics } = ladderkit.parseProfile(read(`ladders/profiles/${name}.yaml`), { ladder });
    if (!profile) throw new Error(`${name}: ${diagnostics.map((d) => d.message).join("; ")}`);
    return profile;
  });
}
const profiles = set === "samples" ? samples() : syntheticProfiles(ladder, 1000, ladderkit);

let sink = 0;
/** Reports per second over about `ms`: every profile in turn, as often as fits. */
function round(ms) {
  let reports = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const p of profiles) sink += ladderkit.analyzeGap(ladder, p).targets.length;
    reports += profiles.length;
    now = performance.now();
  }
  return reports / ((now - start) / 1000);
}

round(1000);
const rates = [];
for (let r = 0; r < Number(roundsArg); r++) rates.push(round(Number(msArg)));
process.stdout.write(`${JSON.stringify({ set, rates, sink })}\n`);
