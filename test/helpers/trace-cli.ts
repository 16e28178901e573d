import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** What one run of the built CLI printed, returned, and read of dist/. */
export interface TracedRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The files under dist/ the process read, in order, each once: the CLI and the chunks it loaded. */
  readonly loaded: string[];
}

/**
 * Runs `node dist/cli.cjs` with a preloaded script that logs every file the process reads through
 * `fs.readFileSync`: Node's own loader for dist/cli.cjs, and the CLI's chunk loader for the chunks
 * (src/cli/chunk-loader.ts), so the log is the code the run loaded, whichever loaded it.
 */
export function runTracing(args: string[], cwd = process.cwd()): TracedRun {
  const dir = mkdtempSync(join(tmpdir(), "ladderkit-trace-"));
  const log = join(dir, "loaded.txt");
  writeFileSync(log, "");
  writeFileSync(
    join(dir, "trace.cjs"),
    `const fs = require("node:fs");
const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === "string") fs.appendFileSync(${JSON.stringify(log)}, path + "\\n");
  return read.call(this, path, ...rest);
};
`,
  );
  const result = spawnSync(process.execPath, ["--require", join(dir, "trace.cjs"), resolve(cwd, "dist/cli.cjs"), ...args], { cwd, encoding: "utf8" });
  const dist = resolve(cwd, "dist");
  const loaded = readFileSync(log, "utf8")
    .split("\n")
    .filter((path) => path.startsWith(dist) && path.endsWith(".cjs"));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, loaded: [...new Set(loaded)] };
}
