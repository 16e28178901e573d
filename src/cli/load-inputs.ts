import { resolve } from "node:path";
import { loadDocument, loadProfile } from "../api/load.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { stylish } from "../report/diagnostics/stylish.js";
import { useColor, type CliIO } from "./io.js";

/** Prints errors and warnings to standard error (never standard output, which carries the report). */
export function reportProblems(io: CliIO, file: string, diagnostics: readonly Diagnostic[], texts?: Readonly<Record<string, string>>): void {
  const shown = diagnostics.filter((d) => d.severity !== "info");
  if (shown.length > 0) io.stderr(stylish([{ file, kind: undefined, diagnostics: shown, texts }], { color: useColor(io) }));
}

/** The exit code for diagnostics that stopped a command: 2 when a file could not be read, else 1. */
export function failureCode(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.some((d) => d.rule === "file-read" && d.severity === "error") ? 2 : 1;
}

/**
 * Loads a ladder file (say, named by `--ladder`), resolving what it extends and printing its
 * problems; undefined when it has errors.
 */
export async function ladderFromFlag(io: CliIO, file: string, allowExtendsOutside = false): Promise<{ ladder?: ResolvedLadder; code: number }> {
  const { ladder, diagnostics, texts } = await loadDocument(resolve(io.cwd, file), { filename: file, expect: "Ladder", allowExtendsOutside });
  reportProblems(io, file, diagnostics, texts);
  return ladder ? { ladder, code: 0 } : { code: failureCode(diagnostics) };
}

/** Loads a profile against a ladder (or the ladder it names), printing its problems. */
export async function profileFromFile(
  io: CliIO,
  file: string,
  ladder: ResolvedLadder | undefined,
  allowExtendsOutside = false,
): Promise<{ profile?: Profile; ladder?: ResolvedLadder; code: number }> {
  const loaded = await loadProfile(resolve(io.cwd, file), { filename: file, ladder, allowExtendsOutside });
  reportProblems(io, file, loaded.diagnostics);
  if (!loaded.profile || !loaded.ladder) return { code: failureCode(loaded.diagnostics) };
  return { profile: loaded.profile, ladder: loaded.ladder, code: 0 };
}
