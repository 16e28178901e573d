// Run by the build (tsup.config.ts, onSuccess) once the CLI's chunks are in dist/_cli: runs the CLI
// on the sample ladders and profiles with LADDERKIT_CODE_CACHE=write, so that each run writes the
// V8 code cache of every chunk it loaded (src/cli/chunk-loader.ts), with every function it compiled.
// Each run starts from the cache the runs before it wrote, so the last cache holds them all.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// A ladder with a schema error, for the path that loads zod to say what is wrong.
const scratch = mkdtempSync(join(tmpdir(), "ladderkit-code-cache-"));
const broken = join(scratch, "broken.yaml");
writeFileSync(broken, readFileSync(join(root, "ladders/dual-track.yaml"), "utf8").replace(/^name: .*$/m, "name: [not, a, name]"));
const runs = [
  // The everyday commands, what a cold start matters for: a ladder, a profile and its ladder...
  [["validate", "ladders/dual-track.yaml"], 0],
  [["validate", "ladders/profiles/senior-at-fork.yaml"], 0],
  // ...a broken ladder, and the reports.
  [["validate", broken], 1],
  [["gap", "--profile", "ladders/profiles/senior-at-fork.yaml"], 0],
  [["team", "ladders/profiles", "--ladder", "ladders/dual-track.yaml"], 0],
];

// V8 accepts a cache only under the flags it was made with: none from the environment.
const env = { ...process.env, LADDERKIT_CODE_CACHE: "write" };
delete env.NODE_OPTIONS;
rmSync(new URL("../dist/_cli/cache", import.meta.url), { recursive: true, force: true });
for (const [args, status] of runs) {
  const run = spawnSync(process.execPath, ["dist/cli.cjs", ...args], { cwd: root, env, encoding: "utf8" });
  if (run.status !== status) throw new Error(`code cache: \`ladderkit ${args.join(" ")}\` exited with ${run.status}:\n${run.stdout}${run.stderr}`);
}
rmSync(scratch, { recursive: true, force: true });
