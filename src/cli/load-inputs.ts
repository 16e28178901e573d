import { resolve } from "node:path";
import { loadLadder, loadProfile } from "../api/load.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Limits } from "../load/limits.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { stylish } from "../report/diagnostics/stylish.js";
import { useColor, type CliIO } from "./io.js";

/** Prints errors and warnings to standard error (never standard output, which carries the report). */
export function reportProblems(io: CliIO, file: string, diagnostics: readonly Diagnostic[]): void {
  const shown = diagnostics.filter((d) => d.severity !== "info");
  if (shown.length > 0) io.stderr(stylish([{ file, kind: undefined, diagnostics: shown }], { color: useColor(io) }));
}

/** The exit code for diagnostics that stopped a command: 2 when a file could not be read, else 1. */
export function failureCode(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.some((d) => d.rule === "file-read" && d.severity === "error") ? 2 : 1;
}

/** Loads the ladder named by `--ladder`, printing its problems; undefined when it has errors. */
export async function ladderFromFlag(io: CliIO, file: string, limits?: Partial<Limits>): Promise<{ ladder?: ResolvedLadder; code: number }> {
  const { ladder, diagnostics } = await loadLadder(resolve(io.cwd, file), { filename: file, limits });
  reportProblems(io, file, diagnostics);
  return ladder ? { ladder, code: 0 } : { code: failureCode(diagnostics) };
}

/** Loads a profile against a ladder (or the ladder it names), printing its problems. */
export async function profileFromFile(
  io: CliIO,
  file: string,
  ladder: ResolvedLadder | undefined,
  limits?: Partial<Limits>,
): Promise<{ profile?: Profile; ladder?: ResolvedLadder; code: number }> {
  const loaded = await loadProfile(resolve(io.cwd, file), { filename: file, ladder, limits });
  reportProblems(io, file, loaded.diagnostics);
  if (!loaded.profile || !loaded.ladder) return { code: failureCode(loaded.diagnostics) };
  return { profile: loaded.profile, ladder: loaded.ladder, code: 0 };
}
