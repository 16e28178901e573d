import { setFlagsFromString } from "node:v8";
import { cli } from "./main.js";

// A CLI run is short, and on Node 20 V8 spends more time optimising yaml's parser with TurboFan
// (over 100 ms of compiling, on another thread, for a 40 KB ladder) than the optimised code saves
// before the run ends. Ten times the default interrupt budget keeps functions longer in the
// interpreter and baseline tiers: a cold `validate` takes about a third less time (bench/cold.mjs),
// and long runs are no slower (measured: 60 files of 55 KB, a team of 450 profiles). Set before any
// command is loaded; only on V8 11 (Node 20), where it was measured; never over the user's own flag.
const tuned = process.execArgv.some((arg) => /^--interrupt[-_]budget/.test(arg));
if (process.versions.v8.startsWith("11.") && !tuned) setFlagsFromString("--interrupt-budget=675840");

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

cli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  readStdin,
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
