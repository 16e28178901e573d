// `npm run fuzz`: the long fuzz run. Every target of test/fuzz/targets.ts for its full number of
// cases (at least 100,000 in all), then a table of cases, failures and time per target. Exits 1
// when any case crashed or broke its invariant, printing the first few with their inputs.
// Runs from source through tsx; FUZZ_SEED=<n> repeats a run, FUZZ_SCALE=<x> multiplies the cases.
import { fuzzContext, FUZZ_TARGETS } from "../test/fuzz/targets.ts";
import { runTarget } from "../test/fuzz/run.ts";

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const context = await fuzzContext();
const reports = [];
console.log(`ladderkit fuzz: ${FUZZ_TARGETS.length} targets, seed ${seed}${scale === 1 ? "" : `, scale ${scale}`}`);
try {
  for (const target of FUZZ_TARGETS) {
    const report = await runTarget(target, context, Math.max(1, Math.round(target.runs * scale)), seed);
    reports.push(report);
    console.log(`  ${target.name.padEnd(24)} ${String(report.cases).padStart(7)} cases  ${String(report.failures.length).padStart(4)} failures  ${(report.ms / 1000).toFixed(1).padStart(6)} s  ${target.about}`);
  }
} finally {
  await context.close();
}

const cases = reports.reduce((sum, r) => sum + r.cases, 0);
const failures = reports.flatMap((r) => r.failures.map((f) => ({ target: r.name, ...f })));
const seconds = reports.reduce((sum, r) => sum + r.ms, 0) / 1000;
console.log(`\n${cases.toLocaleString("en-US")} cases in ${seconds.toFixed(1)} s, ${failures.length} crashes or broken invariants (seed ${seed})`);
for (const f of failures.slice(0, 5)) console.log(`\n[${f.target}] ${f.error}\ninput: ${JSON.stringify(f.input)?.slice(0, 1000)}`);
if (failures.length > 0) process.exitCode = 1;
