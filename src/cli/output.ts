import { rename, unlink, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError, type CliIO } from "./io.js";

/**
 * Writes a command's output to `--out` or standard output. A file is written atomically (a
 * temporary file beside it, then a rename) and never over one of the command's inputs.
 */
export async function writeOutput(io: CliIO, text: string, out: string | undefined, inputs: readonly string[]): Promise<void> {
  if (out === undefined || out === "-") {
    io.stdout(text);
    return;
  }
  const target = resolve(io.cwd, out);
  if (inputs.some((input) => resolve(io.cwd, input) === target)) throw new UsageError(`--out ${out} would overwrite an input`);
  // Loaded here: node:crypto takes a few milliseconds to load, and most runs print to standard output.
  const { randomBytes } = await import("node:crypto");
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
