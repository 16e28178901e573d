import { resolve } from "node:path";
import { checkText, loadLadder } from "../api/load.js";
import type { ResolvedLadder } from "../model/resolved.js";
import type { CliIO } from "./io.js";
import { failureCode, reportProblems } from "./load-inputs.js";

/** Loads a ladder named on the command line, or from standard input for `-`, printing its problems. */
export async function ladderFromArg(io: CliIO, arg: string, stdinName = "<stdin>"): Promise<{ ladder?: ResolvedLadder; code: number }> {
  if (arg !== "-") {
    const { ladder, diagnostics } = await loadLadder(resolve(io.cwd, arg), { filename: arg });
    reportProblems(io, arg, diagnostics);
    return ladder ? { ladder, code: 0 } : { code: failureCode(diagnostics) };
  }
  const { ladder, diagnostics } = await checkText(await io.readStdin(), io.cwd, { filename: stdinName, expect: "Ladder" });
  reportProblems(io, stdinName, diagnostics);
  return ladder ? { ladder, code: 0 } : { code: failureCode(diagnostics) };
}
