// In-process cost of validation: `parseLadder` (parse + shape check + resolve + every rule) against
// yaml's `parseDocument` alone, on the reference ladder and on generated large ladders at 1x, 2x
// and 4x the size (bench/large-ladder.mjs: the size is the number of competencies, so the bytes).
//
// Run alone with `npx tsup --silent && node bench/in-process.mjs`, or call `inProcess()`.
// Targets: everything after parsing costs at most 25% of the parse itself, and 4x the size takes
// at most 4.5x the time.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { parseLadder } from "../dist/index.js";
import { largeLadder, LARGE_LADDER } from "./large-ladder.mjs";

/** The largest share of the parse that the work after it may cost. */
export const OVERHEAD_TARGET = 0.25;
/** The most time 4x the size may take, as a multiple of 1x. */
export const GROWTH_TARGET = 4.5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

function timed(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Milliseconds of `parseDocument(text)` and of `parseLadder(text)`, each `runs` times after
 * `warmup` calls. The two alternate, so drift in the machine's load falls on both alike.
 */
function measure(text, runs, warmup) {
  const { ladder, diagnostics } = parseLadder(text);
  if (!ladder || diagnostics.length > 0) throw new Error(`the ladder does not validate cleanly: ${diagnostics[0]?.message}`);
  for (let i = 0; i < warmup; i++) {
    parseDocument(text);
    parseLadder(text);
  }
  const parse = [];
  const total = [];
  for (let i = 0; i < runs; i++) {
    parse.push(timed(() => parseDocument(text)));
    total.push(timed(() => parseLadder(text)));
  }
  return { parse: stats(parse), total: stats(total) };
}

/**
 * 4x over 1x, as the median of per-round ratios: each round times `parseLadder` on the 1x text and
 * then on the 4x one, so a slow spell of the machine falls on both sides of a ratio, not on one
 * series of medians taken minutes apart.
 */
function pairedGrowth(one, four, rounds, warmup) {
  for (let i = 0; i < warmup; i++) {
    parseLadder(one);
    parseLadder(four);
  }
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    const small = timed(() => parseLadder(one));
    ratios.push(timed(() => parseLadder(four)) / small);
  }
  return stats(ratios);
}

/**
 * Measures every case and checks the targets. The reference ladder takes milliseconds a run, and
 * many warm-up runs before the JIT settles; a 4x large ladder takes about a second a run of both.
 *
 * @returns {{ cases: Array<{ name: string, bytes: number, parse: object, total: object, overhead: number }>,
 *   growth: number, growthStats: object, bytesGrowth: number, overheadPass: boolean, growthPass: boolean }}
 */
export function inProcess({ runs = 40, warmup = 20, largeRuns = 11, largeWarmup = 3 } = {}) {
  const reference = readFileSync(fileURLToPath(new URL("../ladders/dual-track.yaml", import.meta.url)), "utf8");
  const { tracks, levels, competencies } = LARGE_LADDER;
  const inputs = [
    { name: "ladders/dual-track.yaml", text: reference, runs, warmup },
    ...[1, 2, 4].map((scale) => ({
      name: `large ${tracks}x${levels}x${competencies * scale} (${scale}x)`,
      text: largeLadder({ scale }),
      runs: largeRuns,
      warmup: largeWarmup,
    })),
  ];
  const cases = inputs.map(({ name, text, runs, warmup }) => {
    const { parse, total } = measure(text, runs, warmup);
    return { name, bytes: Buffer.byteLength(text), parse, total, overhead: (total.median - parse.median) / parse.median };
  });
  const [, one, , four] = cases;
  const growthStats = pairedGrowth(inputs[1].text, inputs[3].text, largeRuns, 1);
  const growth = growthStats.median;
  const overheadPass = cases.every((c) => c.overhead <= OVERHEAD_TARGET);
  return { cases, growth, growthStats, bytesGrowth: four.bytes / one.bytes, overheadPass, growthPass: growth <= GROWTH_TARGET };
}

/**
 * The results as rows for bench/run.mjs's table: `row(r.section, r.name, r.stats, r.unit, r.target, r.digits)`.
 * Percentages and ratios are of medians, so they have no min or max (NaN, shown as `-`).
 */
export function inProcessRows(result, section = "validate") {
  const only = (median) => ({ median, min: NaN, max: NaN, runs: 1 });
  const rows = result.cases.flatMap((c) => [
    { section, name: `yaml parseDocument alone, ${c.name}`, stats: c.parse, unit: "ms", digits: 2 },
    { section, name: `parseLadder, ${c.name}`, stats: c.total, unit: "ms", digits: 2 },
    {
      section,
      name: `after parse, share of parseDocument, ${c.name}`,
      stats: { ...only(c.overhead * 100), runs: c.total.runs },
      unit: "%",
      target: { op: "<=", value: OVERHEAD_TARGET * 100 },
      digits: 1,
    },
  ]);
  rows.push({ section, name: "parseLadder time, large 4x / 1x (paired rounds)", stats: result.growthStats, unit: "x", target: { op: "<=", value: GROWTH_TARGET }, digits: 2 });
  return rows;
}

const fmt = (x, digits = 2) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (pass) => (pass ? "PASS" : "FAIL");

/** The results as a plain-text table, with PASS or FAIL against each target. */
export function formatInProcess(result) {
  const header = ["input", "KB", "parseDocument ms (min-max)", "parseLadder ms (min-max)", "after parse", `<= ${OVERHEAD_TARGET * 100}%`];
  const rows = result.cases.map((c) => [
    c.name,
    fmt(c.bytes / 1024, 0),
    `${fmt(c.parse.median)} (${fmt(c.parse.min)}-${fmt(c.parse.max)})`,
    `${fmt(c.total.median)} (${fmt(c.total.min)}-${fmt(c.total.max)})`,
    `${fmt(c.overhead * 100, 1)}%`,
    verdict(c.overhead <= OVERHEAD_TARGET),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
    "",
    `parseLadder time 4x / 1x, median of paired rounds: ${fmt(result.growth)} (bytes ${fmt(result.bytesGrowth)}x), target <= ${GROWTH_TARGET}: ${verdict(result.growthPass)}`,
    `after parse <= ${OVERHEAD_TARGET * 100}% of parseDocument on every input: ${verdict(result.overheadPass)}`,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = inProcess();
  console.log(formatInProcess(result));
  if (!result.overheadPass || !result.growthPass) process.exitCode = 1;
}
