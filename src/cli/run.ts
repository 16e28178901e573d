import { cli } from "./main.js";
import { stdoutIsTTY, syncWriter } from "./std-out.js";

// The CLI's first chunk, loaded by bin.ts (dist/cli.cjs): runs `ladderkit` on the process's arguments.

async function readStdin(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    // Past the limit the text is refused whatever follows: reading on would only hold it all.
    if (size > maxBytes) break;
  }
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
