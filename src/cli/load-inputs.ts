import { dirname, resolve } from "node:path";
import { checkText, loadProfile } from "../api/load.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { reportPath } from "../report/diagnostics/report-path.js";
import { stylish } from "../report/diagnostics/stylish.js";
import { useColor, type CliIO } from "./io.js";
import type { LoadFlags } from "./load-flags.js";
import { recordingLadderLoader } from "./ladder-reads.js";
import { readInput } from "./read-input.js";

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
 * The text of a file named on the command line, or of standard input for `-` (see `readInput`), or
 * the exit code once why it could not be read is printed, under `name`.
 */
export async function textFromArg(io: CliIO, arg: string, flags: LoadFlags, name: string): Promise<{ text: string } | { code: number }> {
  const read = await readInput(io, arg === "-" ? { kind: "stdin" } : { kind: "file", path: arg }, flags);
  if ("text" in read) return read;
  reportProblems(io, name, [read.diagnostic]);
  return { code: failureCode([read.diagnostic]) };
}

/**
 * A ladder a command loaded, with its own text as it was read (for its `$schema` line), or the
 * exit code that says why not; and every file read for it (the ladder and every base it extends,
 * for `--out`, which must not replace them).
 */
export type LoadedLadder =
  | { readonly ladder: ResolvedLadder; readonly code: 0; readonly read: readonly string[]; readonly text: string }
  | { readonly ladder?: undefined; readonly code: number; readonly read: readonly string[]; readonly text?: undefined };

/**
 * Loads a ladder named on the command line (say, by `--ladder`), or standard input for `-`,
 * resolving what it extends and printing its problems; no ladder when it has errors. The file is
 * read once: its text is returned for whatever else the command takes from it.
 */
export async function ladderFromArg(io: CliIO, arg: string, flags: LoadFlags = {}, stdinName = "<stdin>"): Promise<LoadedLadder> {
  const stdin = arg === "-";
  const name = stdin ? stdinName : arg;
  const path = stdin ? undefined : resolve(io.cwd, arg);
  // Standard input is no file that `--out` could replace.
  const own = stdin ? [] : [arg];
  const source = await textFromArg(io, arg, flags, name);
  if (!("text" in source)) return { code: source.code, read: own };
  const options = { expect: "Ladder", limits: flags.limits, allowExtendsOutside: flags.allowExtendsOutside, filename: name, path } as const;
  const { ladder, diagnostics, texts } = await checkText(source.text, path === undefined ? io.cwd : dirname(path), options);
  reportProblems(io, name, diagnostics, texts);
  const read = [...own, ...Object.keys(texts ?? {})];
  return ladder ? { ladder, code: 0, read, text: source.text } : { code: failureCode(diagnostics), read };
}

/** Loads a profile against a ladder (or the ladder it names), printing its problems. */
export async function profileFromFile(
  io: CliIO,
  file: string,
  ladder: ResolvedLadder | undefined,
  flags: LoadFlags = {},
): Promise<{ profile?: Profile; ladder?: ResolvedLadder; code: number; read: readonly string[] }> {
  const read = [file];
  const record = recordingLadderLoader(read, flags);
  // The ladder the profile names: its warnings are printed as for a ladder given with --ladder
  // (its errors stop the profile, which says so).
  const loadLadder = async (path: string) => {
    const result = await record(path);
    // Named relative to the working directory, as --ladder names it (the loader has absolute paths).
    const shown = (name: string) => reportPath(name, io.cwd);
    if (result.ladder) reportProblems(io, shown(path), result.diagnostics.map((d) => (d.file === undefined ? d : { ...d, file: shown(d.file) })));
    return result;
  };
  const loaded = await loadProfile(resolve(io.cwd, file), { filename: file, ladder, ...flags, loadLadder });
  reportProblems(io, file, loaded.diagnostics);
  if (!loaded.profile || !loaded.ladder) return { code: failureCode(loaded.diagnostics), read };
  return { profile: loaded.profile, ladder: loaded.ladder, code: 0, read };
}
