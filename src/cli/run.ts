import { cli } from "./main.js";

// The CLI's first chunk, loaded by bin.ts (dist/cli.cjs): runs `ladderkit` on the process's arguments.

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
