import { cli } from "./main.js";
import { stdoutIsTTY, syncWriter } from "./std-out.js";

// The CLI's first chunk, loaded by bin.ts (dist/cli.cjs): runs `ladderkit` on the process's arguments.

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

cli(process.argv.slice(2), {
  stdout: syncWriter(1, () => process.stdout),
  stderr: syncWriter(2, () => process.stderr),
  cwd: process.cwd(),
  env: process.env,
  readStdin,
  isTTY: stdoutIsTTY(),
}).then((code) => {
  process.exitCode = code;
});
