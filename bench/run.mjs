// `npm run bench`: how fast the built package is. Prints a table of medians (with min and max over
// several runs), PASS/FAIL against the targets, and writes bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { coldStart } from "./cold.mjs";
import { inProcess, inProcessRows } from "./in-process.mjs";
import { textTable } from "./table.mjs";
import { medianDigits, verdict } from "./targets.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path) => readFileSync(new URL(path, new URL("..", import.meta.url)), "utf8");
const TEAM_SIZE = 100_000;

// --- Helpers ----------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

const rows = [];
// Other work on the machine slows every figure (ratios less): the load is written down with them.
const loadAtStart = os.loadavg()[0];
/** One line of the table; `target` is `{ op: ">=" | "<=", value }` or undefined. */
function row(section, name, s, unit, target, digits = 0) {
  rows.push({ section, name, ...s, unit, digits, target, pass: verdict(s.median, target) });
}
const fmt = (x, digits) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Runs `node <args>` in a fresh process from the package root; its last line of output, as JSON. */
function child(args) {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}

// --- 1. analyzeGap ----------------------------------------------------------------------

// Each set in fresh processes, alternating, their rounds pooled: see bench/gap-child.mjs for why.
const GAP_PROCESSES = 5;
const gapChild = (set, rounds, ms) => child(["bench/gap-child.mjs", set, String(rounds), String(ms)]).rates;
const gapRates = { samples: [], synthetic: [] };
// The machine's own pace beside each pair, with no ladderkit code (bench/machine-child.mjs).
const machineRuns = [];
const gapProcesses = [];
for (let p = 0; p < GAP_PROCESSES; p++) {
  const samples = gapChild("samples", 5, 300);
  const synthetic = gapChild("synthetic", 5, 500);
  const machine = child(["bench/machine-child.mjs"]);
  gapRates.samples.push(...samples);
  gapRates.synthetic.push(...synthetic);
  machineRuns.push(machine);
  gapProcesses.push([fmt(median(samples), 0), fmt(median(synthetic), 0), fmt(machine.chase4MbNs, 1), fmt(machine.chase32MbNs, 1)]);
}
row("analyzeGap", "full reports/s, the 3 sample profiles", stats(gapRates.samples), "reports/s", { op: ">=", value: 150_000 });
row("analyzeGap", "full reports/s, 1,000 synthetic profiles", stats(gapRates.synthetic), "reports/s", { op: ">=", value: 150_000 });
for (const [key, name] of [
  ["chase4MbNs", "dependent load, 4 MB working set"],
  ["chase32MbNs", "dependent load, 32 MB working set"],
  ["aluNsPer1000", "integer loop, 1,000 steps"],
])
  row("machine", `${name} (no ladderkit code)`, stats(machineRuns.map((m) => m[key])), "ns", undefined, 1);

// --- 2. analyzeTeam, each in a fresh process for its peak RSS ---------------------------

const teamChild = (mode) => child(["--expose-gc", "bench/team-child.mjs", mode, String(TEAM_SIZE), "7"]);
for (const [mode, label, withTargets] of [
  ["encoded", "100,000 as an EncodedTeam", true],
  ["profiles", "100,000 as Profile objects", false],
]) {
  const result = teamChild(mode);
  const rates = result.times.map((ms) => TEAM_SIZE / (ms / 1000));
  row("analyzeTeam", `${label}: first call`, { median: result.first, min: result.first, max: result.first, runs: 1 }, "ms", undefined, 1);
  row("analyzeTeam", `${label}: time`, stats(result.times), "ms", undefined, 1);
  row("analyzeTeam", `${label}: profiles/s`, stats(rates), "profiles/s", withTargets ? { op: ">=", value: 1_000_000 } : undefined);
  const rssMb = result.maxRssKb / 1024;
  row("analyzeTeam", `${label}: peak RSS (own process)`, { median: rssMb, min: rssMb, max: rssMb, runs: 1 }, "MB", withTargets ? { op: "<=", value: 150 } : undefined, 1);
}

// --- 3. validate: in process (bench/in-process.mjs) and cold starts (bench/cold.mjs) -----

for (const r of inProcessRows(inProcess())) row(r.section, r.name, r.stats, r.unit, r.target, r.digits);
rows.push(...coldStart({ rounds: 15 }));

// --- Output -----------------------------------------------------------------------------

const version = (pkg) => JSON.parse(read(`node_modules/${pkg}/package.json`)).version;
const machine = {
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  node: process.version,
  zod: version("zod"),
  yaml: version("yaml"),
  date: new Date().toISOString().slice(0, 10),
  load: `${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`,
};

const cell = (x, digits) => (Number.isNaN(x) ? "-" : fmt(x, digits));
const header = ["section", "benchmark", "median", "min", "max", "unit", "target", "result"];
const table = rows.map((r) => [
  r.section,
  r.name,
  cell(r.median, medianDigits(r)),
  cell(r.min, r.digits),
  cell(r.max, r.digits),
  r.unit,
  r.target ? `${r.target.op} ${fmt(r.target.value, Number.isInteger(r.target.value) ? 0 : 1)}` : "",
  r.pass === undefined ? "" : r.pass ? "PASS" : "FAIL",
]);
const numeric = new Set([2, 3, 4]);
console.log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, zod ${machine.zod}, yaml ${machine.yaml}, ${machine.date}, load average ${machine.load}\n`);
console.log(textTable(header, table, (i) => numeric.has(i)));

const failed = rows.filter((r) => r.pass === false);
console.log(`\n${rows.filter((r) => r.pass !== undefined).length - failed.length} PASS, ${failed.length} FAIL`);

const md = [
  "# Benchmark results",
  "",
  "Written by `npm run bench` (bench/run.mjs); numbers are medians, with min and max, over several runs.",
  "",
  `- Machine: ${machine.cpu}, ${machine.cores} cores`,
  `- Node: ${machine.node}`,
  `- zod ${machine.zod}, yaml ${machine.yaml}`,
  `- Date: ${machine.date}`,
  `- Load average (1 minute): ${machine.load}`,
  "",
  `| ${header.join(" | ")} |`,
  `| ${header.map((_, i) => (numeric.has(i) ? "---:" : "---")).join(" | ")} |`,
  ...table.map((cells) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`),
  "",
  "analyzeGap by process, each pair beside the machine run after it:",
  "",
  "| samples, reports/s | synthetic, reports/s | dependent load, 4 MB (ns) | dependent load, 32 MB (ns) |",
  "| ---: | ---: | ---: | ---: |",
  ...gapProcesses.map((cells) => `| ${cells.join(" | ")} |`),
  "",
  "How each is measured:",
  "",
  "- analyzeGap: full reports (default targets, or the named one) of the reference ladder, in rounds of",
  `  300-500 ms after a one-second warm-up, in ${GAP_PROCESSES} fresh processes per set (bench/gap-child.mjs), alternating,`,
  "  all rounds pooled; synthetic profiles are seeded (bench/synthetic.mjs).",
  `- machine: after each pair of analyzeGap processes, one that runs no ladderkit code (bench/machine-child.mjs):`,
  "  random dependent loads over 4 MB and 32 MB, and an integer loop. Other tenants of a shared machine slow",
  "  memory far more than arithmetic: these show how far the machine's pace moved during the run. They are",
  "  taken between the analyzeGap processes, not during them.",
  `- analyzeTeam: ${fmt(TEAM_SIZE, 0)} synthetic people in a fresh \`node --expose-gc bench/team-child.mjs\` per input form:`,
  "  the first call alone, then 7 runs after 8 warm-up calls (the first calls also wait for V8 to pretenure the",
  "  results, which all survive); peak RSS is that process's `process.resourceUsage().maxRSS`, inputs included.",
  "- validate: in-process medians after warm-up, parseLadder against yaml's parseDocument alone, on the",
  "  reference ladder and on a generated 10 tracks x 12 levels x 200 competencies ladder at 1x, 2x and 4x",
  "  (bench/in-process.mjs, bench/large-ladder.mjs); 4x / 1x is the median of rounds that time 1x, then 4x.",
  "- cold start: wall times of `spawnSync`, `node -e 0`, `node dist/cli.cjs validate` and ajv-cli with the",
  "  project's JSON Schema alternating, on the reference ladder and a 55 KB ladder, with",
  "  NODE_EXTRA_CA_CERTS removed from the environment (bench/cold.mjs).",
  "",
];
writeFileSync(new URL("RESULTS.md", import.meta.url), md.join("\n"));
console.log("\nWrote bench/RESULTS.md");
