// How busy the machine is, with no ladderkit code: node bench/machine-child.mjs
// Prints one line of JSON: nanoseconds per dependent load over a 4 MB and a 32 MB working set (a
// random cycle through an Int32Array, so every load waits for the one before), and per 1,000 steps
// of an integer loop. bench/run.mjs runs it beside the analyzeGap children.
//
// Why: on a shared machine, other tenants slow memory far more than arithmetic. These show how far
// the machine's own pace moved during a run, next to the figures of ladderkit taken beside them.
// They are taken between the analyzeGap processes, not during them, so they say how unsteady the
// machine was, not how much any one figure was slowed.
import { random } from "./synthetic.mjs";

/** One cycle through all `n` slots in random order (Sattolo's algorithm). */
function cycle(n) {
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[i] = i;
  const rand = random(1);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * i);
    const t = next[i];
    next[i] = next[j];
    next[j] = t;
  }
  return next;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
let sink = 0;

/** Median nanoseconds per load of `steps` dependent loads through `next`, over `rounds` rounds. */
function chase(next, steps, rounds) {
  const times = [];
  let at = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let s = 0; s < steps; s++) at = next[at];
    times.push(((performance.now() - start) * 1e6) / steps);
  }
  sink += at;
  return median(times);
}

/** Median nanoseconds per 1,000 steps of an integer loop that touches no memory. */
function alu(steps, rounds) {
  const times = [];
  let x = 1;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let s = 0; s < steps; s++) x = (Math.imul(x, 1664525) + 1013904223) | 0;
    times.push(((performance.now() - start) * 1e9) / steps);
  }
  sink += x;
  return median(times);
}

const small = cycle(1 << 20); // 4 MB
const large = cycle(1 << 23); // 32 MB
chase(small, 1 << 18, 1);
chase(large, 1 << 18, 1);
alu(1e7, 1);
const result = { chase4MbNs: chase(small, 1 << 20, 5), chase32MbNs: chase(large, 1 << 20, 3), aluNsPer1000: alu(2e7, 5), sink };
process.stdout.write(`${JSON.stringify(result)}\n`);
