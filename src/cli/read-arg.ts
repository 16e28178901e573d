import { resolve } from "node:path";
import { readText, type ReadResult } from "../api/load.js";
import { resolveLimits } from "../load/limits.js";
import type { CliIO } from "./io.js";
import type { LoadFlags } from "./load-flags.js";

/**
 * The text of a file named on the command line, or of standard input for `-`, or why it could not
 * be read. Standard input is read no further than `maxBytes`: a larger stream is refused (by the
 * size check its text then fails) without being held whole.
 */
export async function readArg(io: CliIO, arg: string, flags: LoadFlags): Promise<ReadResult> {
  if (arg === "-") return { text: await io.readStdin(resolveLimits(flags.limits).maxBytes) };
  return readText(resolve(io.cwd, arg), { filename: arg, limits: flags.limits });
}
