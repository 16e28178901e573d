import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { compareDiagnostics, hasErrors, toDiagnostic, type Diagnostic } from "../diagnostic.js";
import { decodeUtf8 } from "../load/decode.js";
import { resolveLimits } from "../load/limits.js";
import { place } from "../load/locate.js";
import { parseYaml } from "../load/yaml.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { checkLadder, checkProfile, type LadderResult, type ParseOptions, type ParseProfileOptions } from "./parse.js";

/** A file's text, or the diagnostic that says why it could not be read as text. */
export type ReadResult = { readonly text: string } | { readonly diagnostic: Diagnostic };

/**
 * Reads a file as UTF-8 text within the size limit, without throwing: a missing file, a directory,
 * an oversized file, UTF-16 or invalid UTF-8 each give a located diagnostic (rule `file-read`,
 * `file-size` or `file-encoding`).
 */
export async function readText(path: string, options: ParseOptions = {}): Promise<ReadResult> {
  const file = options.filename ?? path;
  const { maxBytes } = resolveLimits(options.limits);
  const fail = (rule: string, message: string, line = 1, column = 1): ReadResult => ({
    diagnostic: toDiagnostic({ rule, severity: "error", message, path: [] }, file, { line, column, endLine: line, endColumn: column }),
  });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail("file-read", "not a file");
    // Checked before reading, so a huge file costs nothing.
    if (info.size > maxBytes)
      return fail("file-size", `file is ${info.size} bytes, over the limit of ${maxBytes} bytes (raise it with the maxBytes limit)`);
    const decoded = decodeUtf8(await readFile(path));
    if ("text" in decoded) return { text: decoded.text };
    return fail(decoded.finding.rule, decoded.finding.message, decoded.line, decoded.column);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail("file-read", code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
}

/**
 * Reads and validates a ladder file. Never throws; see `parseLadder`.
 *
 * @example
 * const { ladder, diagnostics } = await loadLadder("ladders/dual-track.yaml");
 */
export async function loadLadder(path: string, options: ParseOptions = {}): Promise<LadderResult> {
  const read = await readText(path, options);
  if ("diagnostic" in read) return { diagnostics: [read.diagnostic] };
  const parsed = parseYaml(read.text, options.filename ?? path, resolveLimits(options.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  return checkLadder(parsed.value, parsed.source, { ...options, filename: options.filename ?? path });
}

/** The result of loading a profile file: the profile, the ladder it was checked against, and every diagnostic. */
export interface LoadedProfile {
  readonly profile?: Profile | undefined;
  readonly ladder?: ResolvedLadder | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads and validates a profile file and checks it against its ladder: the one given, or else the
 * file its `ladder` field names, relative to the profile. Never throws.
 *
 * @example
 * const { profile, ladder, diagnostics } = await loadProfile("ladders/profiles/senior-at-fork.yaml");
 */
export async function loadProfile(path: string, options: ParseProfileOptions = {}): Promise<LoadedProfile> {
  const filename = options.filename ?? path;
  const read = await readText(path, options);
  if ("diagnostic" in read) return { diagnostics: [read.diagnostic] };
  const parsed = parseYaml(read.text, filename, resolveLimits(options.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const shaped = checkProfile(parsed.value, parsed.source, { ...options, filename, ladder: undefined });
  if (!shaped.profile) return { diagnostics: shaped.diagnostics };

  let ladder = options.ladder;
  if (!ladder) {
    const ladderPath = resolve(dirname(path), shaped.profile.ladder);
    const loaded = await loadLadder(ladderPath, { limits: options.limits, rules: options.rules });
    ladder = loaded.ladder;
    if (!ladder) {
      const reason = loaded.diagnostics.find((d) => d.rule === "file-read")?.message ?? `it has ${loaded.diagnostics.filter((d) => d.severity === "error").length} error(s)`;
      const finding = { rule: "profile-ladder", severity: "error" as const, message: `cannot use ladder '${shaped.profile.ladder}': ${reason}`, path: ["ladder"] };
      return { diagnostics: [...shaped.diagnostics, place(parsed.source!, finding)].sort(compareDiagnostics) };
    }
  }
  const checked = checkProfile(parsed.value, parsed.source, { ...options, filename, ladder });
  return hasErrors(checked.diagnostics) ? { ladder, diagnostics: checked.diagnostics } : { profile: checked.profile, ladder, diagnostics: checked.diagnostics };
}
