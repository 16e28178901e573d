import { rename, stat, unlink, writeFile } from "../load/fs-async.js";
import { resolve } from "node:path";
import { OutputError, UsageError, type CliIO } from "./io.js";

/**
 * Whether writing to `target` would replace one of the inputs: the same path, or (when the target
 * exists) the same file under another name: a hard link, or a symbolic link to it, or the input a
 * symbolic link. Inputs are absolute paths of files.
 */
async function isInput(target: string, inputs: readonly string[]): Promise<boolean> {
  if (inputs.includes(target)) return true;
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) return false;
  for (const input of inputs) {
    const other = await stat(input).catch(() => undefined);
    if (other !== undefined && other.dev === info.dev && other.ino === info.ino) return true;
  }
  return false;
}

/**
 * Writes a command's output to `--out` or standard output. A file is written atomically (a
 * temporary file beside it, created anew so no link planted there is followed, then a rename) and
 * never over one of the files the command read, whatever name or link leads to it. `inputs` are
 * those files, relative to the working directory or absolute; `flag` is the option messages name.
 */
export async function writeOutput(io: CliIO, text: string, out: string | undefined, inputs: readonly string[], flag = "--out"): Promise<void> {
  if (out === undefined || out === "-") {
    io.stdout(text);
    return;
  }
  const target = resolve(io.cwd, out);
  if (await isInput(target, inputs.map((input) => resolve(io.cwd, input)))) throw new UsageError(`${flag} ${out} would overwrite an input`);
  // Loaded here: node:crypto takes a few milliseconds to load, and most runs print to standard output.
  const { randomBytes } = await import("node:crypto");
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new OutputError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
