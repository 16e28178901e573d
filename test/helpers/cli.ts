import { cli } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in process, from the project root unless told otherwise, with no colour. */
export async function runCli(argv: string[], options: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    readStdin: async () => options.stdin ?? "",
    isTTY: false,
  };
  const code = await cli(argv, io);
  return { code, stdout, stderr };
}
