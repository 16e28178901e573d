import { lstat, readFile, realpath, stat } from "../load/fs-async.js";
import { dirname, resolve } from "node:path";
import { hasErrors, sortDiagnostics, toDiagnostic, type Diagnostic } from "../diagnostic.js";
import { decodeUtf8 } from "../load/decode.js";
import { fileSizeMessage, resolveLimits } from "../load/limits.js";
import { place, type YamlSource } from "../load/locate.js";
import { didYouMean } from "../load/suggest.js";
import { parseYaml } from "../load/yaml.js";
import { ruleSettings } from "../validate/run-rules.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { checkArguments, checkLadderLazily, checkProfileLazily, ladderFromLayer, profileFrom } from "./check.js";
import { isExtending } from "../load/extends/is-extending.js";
import { resolveLayer, type ChainLink } from "./extends.js";
import type { LadderResult, ParseOptions, ParseProfileOptions } from "./parse.js";

/** Rules whose messages never quote the file they are about. */
const CONTENT_FREE: ReadonlySet<string> = new Set(["file-size", "file-encoding", "limit", "yaml-depth", "yaml-alias", "yaml-empty"]);

/**
 * A file's text, or the diagnostic that says why it could not be read as text. The text is without
 * a UTF-8 byte order mark; `bom` says the file had one (for a tool that writes the file back).
 */
export type ReadResult = { readonly text: string; readonly bom?: true } | { readonly diagnostic: Diagnostic };

/**
 * Reads a file as UTF-8 text within the size limit, without throwing: a missing file, a directory,
 * an oversized file, UTF-16 or invalid UTF-8 each give a located diagnostic (rule `file-read`,
 * `file-size` or `file-encoding`).
 *
 * @example
 * const read = await readText("ladder.yaml");
 * if ("text" in read) console.log(read.text.length);
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
      return fail("file-size", fileSizeMessage(info.size, maxBytes));
    const bytes = await readFile(path);
    const decoded = decodeUtf8(bytes);
    if ("text" in decoded) return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? { text: decoded.text, bom: true } : { text: decoded.text };
    return fail(decoded.finding.rule, decoded.finding.message, decoded.line, decoded.column);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A link to nothing is there to be seen (`ls` lists it): "not found" would send the reader looking for the link.
    if (code === "ENOENT" && (await lstat(path).then((info) => info.isSymbolicLink(), () => false)))
      return fail("file-read", "broken symbolic link: its target does not exist");
    return fail("file-read", code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
}

/** Options for loading documents from files. */
export interface LoadOptions extends ParseProfileOptions {
  /**
   * Loads the ladder a profile names (an absolute path). Default: `loadLadder`. The CLI passes a
   * cached one, so many profiles of one ladder read it once.
   */
  readonly loadLadder?: ((path: string) => Promise<LadderResult>) | undefined;
  /**
   * Lets a ladder extend a base outside its own folder tree: an absolute path, `../` that leaves
   * the folder, or a symbolic link that leads out. A URL is refused all the same. Default: false.
   */
  readonly allowExtendsOutside?: boolean | undefined;
}

/** Options for checking text of either kind. */
export interface CheckTextOptions extends LoadOptions {
  /** Check it as this kind, whatever its `kind` field says. Default: told by the `kind` field. */
  readonly expect?: "Ladder" | "Profile" | undefined;
  /** The file the text was read from, if any: an extends chain that leads back to it is then a cycle from the first step. Default: none. */
  readonly path?: string | undefined;
}

/** The result of checking one document of either kind. */
export interface DocumentResult {
  /** The document's `kind`, when it says one. */
  readonly kind: "Ladder" | "Profile" | undefined;
  readonly ladder?: ResolvedLadder | undefined;
  readonly profile?: Profile | undefined;
  readonly diagnostics: Diagnostic[];
  /** The text of each other file a diagnostic may be located in (the bases a ladder extends), by file name. */
  readonly texts?: Readonly<Record<string, string>> | undefined;
}

/** An extending ladder: its chain of bases resolved, then the rules run on the merged ladder. */
async function checkExtending(value: unknown, source: YamlSource, baseDir: string, options: CheckTextOptions): Promise<Omit<DocumentResult, "kind">> {
  const ctx = { allowOutside: options.allowExtendsOutside === true, limits: options.limits, texts: new Map<string, string>(), bases: 0 };
  const real = options.path === undefined ? undefined : await realpath(options.path).catch(() => undefined);
  const chain: ChainLink[] = real === undefined ? [] : [{ real, name: options.filename ?? options.path! }];
  const resolved = await resolveLayer(value, source, options.filename, baseDir, chain, ctx);
  const texts = ctx.texts.size > 0 ? Object.fromEntries(ctx.texts) : undefined;
  if (!resolved.layer) return { diagnostics: resolved.diagnostics, texts };
  const result = ladderFromLayer(resolved.layer, options);
  return { ladder: result.ladder, diagnostics: sortDiagnostics([...resolved.diagnostics, ...result.diagnostics]), texts };
}

/**
 * Checks YAML text of either kind, told apart by its `kind` field (a document without a known kind
 * is checked as a ladder, so the schema says what is missing, unless its `kind` is a misspelt
 * `Profile`). A ladder that `extends` another is
 * resolved with its bases, found relative to `baseDir`. A profile is checked against the
 * ladder given in options, or else the ladder file it names, relative to `baseDir`. Bad input
 * gives diagnostics; text that is not a string, an unknown rule id or severity in `rules`, or a
 * value in `limits` that is not a limit, rejects with a TypeError.
 *
 * @example
 * const result = await checkText(uploadedYaml, "ladders/profiles", { filename: "upload.yaml" });
 * if (result.kind === "Profile" && result.profile) console.log(result.profile.level);
 */
export async function checkText(
  text: string,
  baseDir: string,
  options: CheckTextOptions = {},
): Promise<DocumentResult> {
  checkArguments(text, options, "checkText");
  const parsed = parseYaml(text, options.filename, resolveLimits(options.limits));
  const value = parsed.value as { kind?: unknown } | undefined;
  const kind = options.expect ?? (value?.kind === "Profile" ? "Profile" : value?.kind === "Ladder" ? "Ladder" : undefined);
  if (value === undefined) return { kind, diagnostics: parsed.diagnostics };
  // A misspelt `kind: Profle` is checked as the profile it means, so the schema says "did you mean
  // 'Profile'?" rather than listing every field a ladder lacks.
  const checkAs = kind ?? (typeof value.kind === "string" && didYouMean(value.kind, ["Ladder", "Profile"]) === "Profile" ? "Profile" : "Ladder");
  if (checkAs !== "Profile" && isExtending(value)) return { kind, ...(await checkExtending(value, parsed.source!, baseDir, options)) };
  if (checkAs !== "Profile") return { kind, ...(await checkLadderLazily(value, parsed.source, options)) };

  const shaped = await checkProfileLazily(value, parsed.source, { ...options, ladder: undefined });
  if (!shaped.profile) return { kind, diagnostics: shaped.diagnostics };
  let ladder = options.ladder;
  if (!ladder) {
    const read = options.loadLadder ?? ((path: string) => loadLadder(path, { limits: options.limits, allowExtendsOutside: options.allowExtendsOutside }));
    const loaded = await read(resolve(baseDir, shaped.profile.ladder));
    ladder = loaded.ladder;
    if (!ladder) {
      const errors = loaded.diagnostics.filter((d) => d.severity === "error");
      // The first error says what to fix (a limit to raise, say), without a trip to the ladder file;
      // its message only when it quotes nothing of the file: a profile may name any file it likes.
      const first = errors[0];
      const quoted = first !== undefined && CONTENT_FREE.has(first.rule) ? `: ${first.message}` : "";
      const reason =
        first === undefined || first.rule === "file-read"
          ? (first?.message ?? "it has errors")
          : `it has ${errors.length} error(s), the first at ${first.line ?? 1}:${first.column ?? 1}${quoted} (${first.rule})`;
      const finding = { rule: "profile-ladder", severity: "error" as const, message: `cannot use ladder '${shaped.profile.ladder}': ${reason}`, path: ["ladder"] };
      return { kind, diagnostics: sortDiagnostics([...shaped.diagnostics, place(parsed.source!, finding)]) };
    }
  }
  // The shape was checked above: only the rules against the ladder are left.
  const checked = profileFrom({ value: shaped.profile, diagnostics: [] }, parsed.source, { ...options, ladder });
  return { kind, ladder, profile: hasErrors(checked.diagnostics) ? undefined : checked.profile, diagnostics: checked.diagnostics };
}

/**
 * Reads and checks a file of either kind; see `checkText`. Never rejects on a bad or unreadable
 * file (that is a diagnostic); an unknown rule id or severity in `rules` rejects with a TypeError.
 *
 * @example
 * const { kind, diagnostics } = await loadDocument("ladders/profiles/senior-at-fork.yaml");
 */
export async function loadDocument(path: string, options: CheckTextOptions = {}): Promise<DocumentResult> {
  ruleSettings(options.rules); // before reading: a file that cannot be read must not hide the mistake
  const named = { ...options, filename: options.filename ?? path };
  const read = await readText(path, named);
  if ("diagnostic" in read) return { kind: undefined, diagnostics: [read.diagnostic] };
  return checkText(read.text, dirname(path), { ...named, path });
}

/**
 * Reads and validates a ladder file, resolving what it `extends` (each diagnostic located in the
 * file that holds the mistake). Never rejects on a bad file; see `loadDocument`.
 *
 * @example
 * const { ladder, diagnostics } = await loadLadder("ladders/acme.yaml"); // extends ./dual-track.yaml
 */
export async function loadLadder(path: string, options: LoadOptions = {}): Promise<LadderResult> {
  const { ladder, diagnostics } = await loadDocument(path, { ...options, expect: "Ladder" });
  return { ladder, diagnostics };
}

/** The result of loading a profile file: the profile, the ladder it was checked against, and every diagnostic. */
export interface LoadedProfile {
  readonly profile?: Profile | undefined;
  readonly ladder?: ResolvedLadder | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads and validates a profile file and checks it against its ladder: the one given, or else the
 * file its `ladder` field names, relative to the profile. Never rejects on a bad file; see `loadDocument`.
 *
 * @example
 * const { profile, ladder, diagnostics } = await loadProfile("ladders/profiles/senior-at-fork.yaml");
 */
export async function loadProfile(path: string, options: LoadOptions = {}): Promise<LoadedProfile> {
  const { profile, ladder, diagnostics } = await loadDocument(path, { ...options, expect: "Profile" });
  return { profile, ladder, diagnostics };
}
