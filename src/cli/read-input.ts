import { resolve } from "node:path";
import { readText, type ReadResult } from "../api/load.js";
import { resolveLimits } from "../load/limits.js";
import type { Input } from "./files.js";
import type { CliIO } from "./io.js";
import type { LoadFlags } from "./load-flags.js";

/** An input that can be read: a file named on the command line (or found by a folder or glob), or standard input. */
export type ReadableInput = Extract<Input, { readonly kind: "file" | "stdin" }>;

/**
 * The text of a file or of standard input, or why it could not be read. Standard input is read no
 * further than `maxBytes`: a larger stream is refused (by the size check its text then fails)
 * without being held whole. The caller says which it is: a glob can find a file named `-`, and
 * that file is read, not standard input.
 */
export async function readInput(io: CliIO, input: ReadableInput, flags: LoadFlags): Promise<ReadResult> {
  if (input.kind === "stdin") return { text: await io.readStdin(resolveLimits(flags.limits).maxBytes) };
  return readText(resolve(io.cwd, input.path), { filename: input.path, limits: flags.limits });
}
