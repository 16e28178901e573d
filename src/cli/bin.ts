#!/usr/bin/env node
import { createRequire } from "node:module";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { createChunkLoader } from "./chunk-loader.js";

// dist/cli.cjs: CommonJS, so Node starts it without its ES module loader. It tunes V8, then loads
// the CLI's chunks (dist/_cli/) with the code cache built beside them (chunk-loader.ts).

// A CLI run is short, and on Node 20 V8 spends more time optimising yaml's parser with TurboFan
// (over 100 ms of compiling, on another thread, for a 40 KB ladder) than the optimised code saves
// before the run ends. Ten times the default interrupt budget keeps functions longer in the
// interpreter and baseline tiers: a cold `validate` takes about a third less time (bench/cold.mjs),
// and long runs are no slower (measured: 60 files of 55 KB, a team of 450 profiles). Set before any
// chunk is compiled (V8 accepts a code cache only under the flags it was made with); only on V8 11
// (Node 20), where it was measured; never over the user's own flag.
const tuned = process.execArgv.some((arg) => /^--interrupt[-_]budget/.test(arg));
if (process.versions.v8.startsWith("11.") && !tuned) setFlagsFromString("--interrupt-budget=675840");

// Node's require, made here: a bare `require` would pull in a helper chunk through Node's loader.
const chunks = createChunkLoader(createRequire(__filename));
// For the build and its tests: `write` the caches of the chunks a run loaded, with every function it
// compiled (scripts/code-cache.mjs); `report` on standard error whether V8 took each chunk's cache.
const mode = process.env.LADDERKIT_CODE_CACHE;
if (mode === "write") process.once("exit", chunks.writeCaches);
if (mode === "report")
  process.once("exit", () => process.stderr.write(chunks.cacheUse().map(([file, use]) => `code cache ${use}: ${file}\n`).join("")));
chunks.load(join(__dirname, "_cli", "run.cjs"));
