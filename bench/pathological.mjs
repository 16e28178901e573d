// `npm run bench:pathological`: time and peak memory of parseLadder on the worst inputs we can
// build within the default limits (bench/pathological-inputs.mjs), each at a quarter, half and the
// full size in a fresh process (peak RSS is that process's, its input included). Bounded means:
// linear in size (full / quarter <= 5), and at most 500 MB at full size. Exits 1 when one is not.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PATHOLOGICAL_INPUTS } from "./pathological-inputs.mjs";
import { textTable } from "./table.mjs";

const GROWTH_TARGET = 5;
const MEMORY_TARGET_MB = 500;
const child = fileURLToPath(new URL("./pathological-child.mjs", import.meta.url));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function run(name, scale) {
  const out = spawnSync(process.execPath, ["--max-old-space-size=4096", child, name, String(scale)], { encoding: "utf8", env, timeout: 600_000 });
  if (out.status !== 0) return { ms: NaN, bytes: NaN, maxRssMb: NaN, diagnostics: 0, rules: `crashed: ${(out.stderr || out.error?.message || "").split("\n")[0]}` };
  return JSON.parse(out.stdout);
}

const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "-");
const rows = [];
for (const [name, { about }] of Object.entries(PATHOLOGICAL_INPUTS)) {
  const [quarter, half, full] = [0.25, 0.5, 1].map((scale) => run(name, scale));
  const growth = full.ms / quarter.ms;
  const pass = full.maxRssMb <= MEMORY_TARGET_MB && (growth <= GROWTH_TARGET || full.ms < 50);
  rows.push([name, fmt(full.bytes / 1024 / 1024, 2), fmt(quarter.ms), fmt(half.ms), fmt(full.ms), fmt(growth, 2), fmt(full.maxRssMb), `${full.diagnostics} (${full.rules})`, pass ? "PASS" : "FAIL", about]);
}
const header = ["input", "MiB", "1/4 ms", "1/2 ms", "full ms", "full/(1/4)", "peak MB", "findings", "bounded", "what"];
console.log(textTable(header, rows, (i) => i > 0 && i < 7));
console.log(`\nbounded: time grows at most ${GROWTH_TARGET}x from a quarter to the full size, and peak RSS stays under ${MEMORY_TARGET_MB} MB`);
if (rows.some((r) => r[8] === "FAIL")) process.exitCode = 1;
