// Cold start of the built CLI: `node dist/cli.cjs validate <file>` against bare `node -e 0` and against
// ajv-cli checking the same file with the project's JSON Schema, for the reference ladder and a
// 55 KB one. Each round runs the three commands back to back (in a rotating order), so a slow spell
// of the machine hits all three alike; ratios are taken per round, then their median.
//
// Builds nothing: run `npm run build` first. `node bench/cold.mjs [rounds]` prints a table; bench/run.mjs
// can call `coldStart()` and add its rows to its own table.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { textTable } from "./table.mjs";
import { medianDigits, verdict } from "./targets.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REFERENCE = "ladders/dual-track.yaml";
/** The size of the larger ladder, in bytes. */
const LARGE_BYTES = 55_000;
/** The targets: the CLI at most 4x bare node, and at least 3x faster than ajv-cli. */
export const COLD_TARGETS = Object.freeze({ overNode: 4, ajvOverCli: 3 });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

/**
 * A valid ladder of at least `bytes` bytes: the reference ladder with its competencies copied under
 * new ids (`<id>-2`, ...), each copy expected wherever its original is, so it checks as cleanly.
 */
export function largeLadderText(bytes = LARGE_BYTES) {
  const doc = parseDocument(readFileSync(join(ROOT, REFERENCE), "utf8"));
  const ladder = doc.toJS();
  const originals = ladder.competencies;
  const text = () => doc.toString({ lineWidth: 100 });
  for (let copy = 2; Buffer.byteLength(text()) < bytes; copy++) {
    const original = originals[(copy - 2) % originals.length];
    const round = Math.floor((copy - 2) / originals.length) + 2;
    const id = `${original.id}-${round}`;
    doc.addIn(["competencies"], doc.createNode({ ...original, id, name: `${original.name} (${round})` }));
    ladder.tracks.forEach((track, t) =>
      track.levels.forEach((level, l) => {
        const expected = level.expectations?.[original.id];
        if (expected !== undefined) doc.setIn(["tracks", t, "levels", l, "expectations", id], doc.createNode(expected));
      }),
    );
  }
  return text();
}

/** The environment of every run: NODE_EXTRA_CA_CERTS is read at start-up and would slow each alike. */
function benchEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** The commands compared on one file. */
function commands(file) {
  return {
    node: ["-e", "0"],
    cli: ["dist/cli.cjs", "validate", file],
    ajv: ["node_modules/ajv-cli/dist/index.js", "validate", "-s", "schema/ladder.schema.json", "-d", file, "--spec=draft2020", "-c", "ajv-formats"],
  };
}

/** Runs each command once, checking that it succeeds and (for both validators) that the file is valid. */
function check(cmds, env) {
  for (const [name, args] of Object.entries(cmds)) {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
    const valid = name === "node" || (name === "cli" ? /no problems/.test(run.stdout) : /\bvalid\b/.test(run.stdout) && !/invalid/.test(run.stdout));
    if (run.status !== 0 || !valid) throw new Error(`cold: \`node ${args.join(" ")}\` failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
}

/** Wall milliseconds of one run. */
function wall(args, env) {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "ignore" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`cold: \`node ${args.join(" ")}\` exited with ${run.status}`);
  return ms;
}

/** Times node, the CLI and ajv-cli on one file, alternating, and the per-round ratios. */
function measure(file, rounds, env) {
  const cmds = commands(file);
  check(cmds, env); // also warms the file cache
  const names = Object.keys(cmds);
  const times = { node: [], cli: [], ajv: [] };
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < names.length; i++) {
      const name = names[(r + i) % names.length];
      times[name].push(wall(cmds[name], env));
    }
  const overNode = times.cli.map((ms, r) => ms / times.node[r]);
  const ajvOverCli = times.ajv.map((ms, r) => ms / times.cli[r]);
  return { node: stats(times.node), cli: stats(times.cli), ajv: stats(times.ajv), overNode: stats(overNode), ajvOverCli: stats(ajvOverCli) };
}

/**
 * Measures cold starts and returns rows shaped like bench/run.mjs's: `{ section, name, median, min,
 * max, runs, unit, digits, target, pass }` (`target` is `{ op, value }` on the two ratio rows).
 */
export function coldStart({ rounds = 15 } = {}) {
  const env = benchEnv();
  const dir = mkdtempSync(join(tmpdir(), "ladderkit-cold-"));
  const large = join(dir, "large-ladder.yaml");
  const text = largeLadderText();
  writeFileSync(large, text);
  try {
    const kb = (Buffer.byteLength(text) / 1000).toFixed(0);
    const refKb = (readFileSync(join(ROOT, REFERENCE)).length / 1000).toFixed(0);
    const rows = [];
    const row = (name, s, unit, digits, target) => {
      rows.push({ section: "cold start", name, ...s, unit, digits, target, pass: verdict(s.median, target) });
    };
    for (const [label, file] of [
      [`${REFERENCE} (${refKb} KB)`, REFERENCE],
      [`a ${kb} KB ladder`, large],
    ]) {
      const m = measure(file, rounds, env);
      row(`\`node -e 0\`, beside ${label}`, m.node, "ms wall", 1);
      row(`\`ladderkit validate\` ${label}`, m.cli, "ms wall", 1);
      row(`ajv-cli validate ${label}`, m.ajv, "ms wall", 1);
      row(`ladderkit over node, ${label}`, m.overNode, "x", 2, { op: "<=", value: COLD_TARGETS.overNode });
      row(`ajv-cli over ladderkit, ${label}`, m.ajvOverCli, "x", 2, { op: ">=", value: COLD_TARGETS.ajvOverCli });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rounds = Number(process.argv[2] ?? 15);
  const rows = coldStart({ rounds });
  const fmt = (x, d) => x.toFixed(d);
  const table = rows.map((r) => [r.name, fmt(r.median, medianDigits(r)), fmt(r.min, r.digits), fmt(r.max, r.digits), r.unit, r.target ? `${r.target.op} ${r.target.value}` : "", r.pass === undefined ? "" : r.pass ? "PASS" : "FAIL"]);
  const header = ["benchmark", "median", "min", "max", "unit", "target", "result"];
  console.log(`Node ${process.version}, ${rounds} alternating rounds\n`);
  console.log(textTable(header, table, (i) => i >= 1 && i <= 3));
  const failed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.filter((r) => r.pass !== undefined).length - failed} PASS, ${failed} FAIL`);
  if (failed > 0) process.exitCode = 1;
}
