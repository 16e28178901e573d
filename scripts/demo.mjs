// `npm run demo`: what a newcomer sees first. Runs the built CLI on the bundled samples.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const steps = [
  ["Validate every sample ladder and profile", ["validate", "ladders"]],
  ["The reference ladder's tracks side by side", ["tracks", "ladders/dual-track.yaml"]],
  ["A gap report for a senior engineer at the fork", ["gap", "--profile", "ladders/profiles/senior-at-fork.yaml"]],
];

for (const [title, args] of steps) {
  console.log(`\n$ ladderkit ${args.join(" ")}    # ${title}\n`);
  const run = spawnSync(process.execPath, ["dist/cli.cjs", ...args], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
