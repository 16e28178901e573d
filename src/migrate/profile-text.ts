import { isMap, isScalar, parseDocument, Scalar, stringify, type Document } from "yaml";
import { checkProfile } from "../api/parse.js";
import { compareDiagnostics, type Diagnostic, type PathKey } from "../diagnostic.js";
import type { LadderDiff } from "../diff/types.js";
import { expectText } from "../load/decode.js";
import { resolveLimits, type Limits } from "../load/limits.js";
import { place } from "../load/locate.js";
import { parseYaml } from "../load/yaml.js";
import { planMigration, type MigrateOptions, type ProfileEdit } from "./migrate-profile.js";

/** Options of `migrateProfileText`. */
export interface MigrateTextOptions extends MigrateOptions {
  /** The file name put in diagnostics. Default: none. */
  readonly filename?: string | undefined;
  /** Limits on the profile's text, as for `parseProfile`. Default: `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits> | undefined;
}

/** The result of migrating a profile's text: the new text (unless the profile could not be read), and every diagnostic. */
export interface MigratedText {
  readonly text?: string | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Only for the fallback, which writes the whole document again: the samples' profiles are written at 100 columns. */
const LINE_WIDTH = 100;

/** Applies one edit that sets or deletes a value, changing nodes in place so their comments stay with them. */
function applyEdit(doc: Document, edit: ProfileEdit): void {
  if (edit.action === "delete") {
    doc.deleteIn(edit.path);
    return;
  }
  const node = doc.getIn(edit.path, true);
  if (isScalar(node)) node.value = edit.value;
  else doc.setIn(edit.path as PathKey[], edit.value);
}

/**
 * Finds a key node by its path (the mapping's path, then the key's name as it is now): the first key
 * of that name. Each mapping's keys are indexed once, the first time one of them is asked for.
 */
function keyFinder(doc: Document): (path: readonly PathKey[]) => Scalar | undefined {
  const indexes = new Map<unknown, Map<string, Scalar>>();
  return (path) => {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    let index = indexes.get(parent);
    if (index === undefined) {
      index = new Map();
      for (const pair of parent.items) if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair.key);
      indexes.set(parent, index);
    }
    return index.get(String(path[path.length - 1]));
  };
}

/**
 * Applies edits in order, then renames keys all at once: every key node is found by its old name
 * before any is renamed, so renames a -> b and b -> c move both ratings (one at a time, b -> c
 * would find the key a had just become). Each map's keys are indexed once, not searched per rename.
 */
function applyEdits(doc: Document, edits: readonly ProfileEdit[]): void {
  for (const edit of edits) if (edit.action !== "rename-key") applyEdit(doc, edit);
  const keyOf = keyFinder(doc);
  const renames = edits.flatMap((edit) => (edit.action === "rename-key" ? [[keyOf(edit.path), edit.value] as const] : []));
  for (const [key, value] of renames) if (key) key.value = value;
}

/** One change of the text: the characters from `start` to `end` of the source become `text`. */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A new value written in the style of the scalar it replaces (plain, 'single' or "double" quoted); undefined for a block scalar, or when it would take more than a line. */
function written(node: Scalar, value: string): string | undefined {
  if (node.type !== "PLAIN" && node.type !== "QUOTE_SINGLE" && node.type !== "QUOTE_DOUBLE") return undefined;
  const scalar = new Scalar(value);
  scalar.type = node.type;
  // A plain value that would not read back as the same string comes out quoted.
  const text = stringify(scalar, { lineWidth: 0 }).replace(/\n$/, "");
  return text.includes("\n") ? undefined : text;
}

/** The source range of a scalar's value (without its tag, anchor or comment) with its new text. */
function scalarSplice(node: unknown, value: string): Splice | undefined {
  if (!isScalar(node) || node.range == null) return undefined;
  const text = written(node, value);
  return text === undefined ? undefined : { start: node.range[0], end: node.range[1], text };
}

/** Whether a line of the source holds only a comment. */
const commentLine = (line: string) => /^[ \t]*#/.test(line);

/**
 * The lines of a `key: value` pair of a block mapping, taken out: its key's line through the last
 * line of its value (with the comment at its end), and the comment lines just above it at its
 * indentation, with no blank line between (a note on the entry goes with it; one a blank line
 * away, or at another indentation, stays). Undefined where lines cannot simply go: a flow mapping,
 * a key that shares its line (the first key of a `- ` item), an empty value.
 */
function pairDeletion(text: string, parent: unknown, key: string): Splice | undefined {
  if (!isMap(parent) || parent.flow) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const keyNode = pair?.key as Scalar | undefined;
  const value = pair?.value as { range?: [number, number, number] | null } | null | undefined;
  if (!keyNode?.range || !value?.range || value.range[1] <= keyNode.range[1]) return undefined;
  let start = text.lastIndexOf("\n", keyNode.range[0] - 1) + 1;
  const indent = text.slice(start, keyNode.range[0]);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const lastEnd = text.indexOf("\n", Math.max(value.range[1] - 1, keyNode.range[1]));
  const end = lastEnd === -1 ? text.length : lastEnd + 1;
  while (start > 0) {
    const above = text.lastIndexOf("\n", start - 2) + 1;
    const line = text.slice(above, start).replace(/\r?\n$/, "");
    if (!commentLine(line) || !line.startsWith(`${indent}#`)) break;
    start = above;
  }
  return { start, end, text: "" };
}

/**
 * The edits as changes of the source text, so that the bytes around them stay as they were:
 * comments, spacing, folded lines, line endings. Undefined when an edit cannot be made so (an
 * alias, a block scalar, a flow mapping, a pair that shares its line): the caller then writes the
 * whole document again.
 */
function splices(doc: Document, text: string, edits: readonly ProfileEdit[]): Splice[] | undefined {
  const out: Splice[] = [];
  const keyOf = keyFinder(doc);
  for (const edit of edits) {
    let splice: Splice | undefined;
    if (edit.action === "set") splice = scalarSplice(doc.getIn(edit.path, true), edit.value);
    else if (edit.action === "delete") splice = pairDeletion(text, doc.getIn(edit.path.slice(0, -1), true), String(edit.path[edit.path.length - 1]));
    // A key is found by its old name, as applyEdits finds it: the first key of that name.
    else splice = scalarSplice(keyOf(edit.path), edit.value);
    if (splice === undefined) return undefined;
    out.push(splice);
  }
  out.sort((a, b) => a.start - b.start);
  // Two edits of one stretch of text (none planned makes them) are left to the document.
  for (let i = 1; i < out.length; i++) if (out[i]!.start < out[i - 1]!.end) return undefined;
  return out;
}

/** The text with the splices made; they are sorted and do not overlap. */
function spliced(text: string, changes: readonly Splice[]): string {
  let out = "";
  let at = 0;
  for (const { start, end, text: put } of changes) {
    out += text.slice(at, start) + put;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The migrated text. The edits are made as splices of the source, so text that is not edited comes
 * out byte for byte as it went in. Where they cannot be (see `splices`), or should the spliced text
 * not read as the edited document does (a deletion that leaves a mapping empty, say), the edited
 * document is written whole: values and comments survive, but not the layout of lines yaml
 * rewrites (aligned comments, folded blocks); its line endings and byte order mark are put back.
 */
function migratedText(source: string, bom: string, doc: Document, edits: readonly ProfileEdit[]): string {
  if (edits.length === 0) return bom + source;
  const changes = splices(doc, source, edits);
  applyEdits(doc, edits);
  if (changes !== undefined) {
    const text = spliced(source, changes);
    const check = parseDocument(text);
    if (check.errors.length === 0 && JSON.stringify(check.toJS()) === JSON.stringify(doc.toJS())) return bom + text;
  }
  const whole = doc.toString({ lineWidth: LINE_WIDTH });
  const crlf = source.includes("\r\n") && !/(^|[^\r])\n/.test(source);
  return bom + (crlf ? whole.replace(/\n/g, "\r\n") : whole);
}

/**
 * Migrates a profile written in YAML (see `migrateProfile`), changing only the text of the ids
 * that moved (and the lines of what is left out): the rest, comments, layout, line endings and a
 * byte order mark, comes out byte for byte as it went in. Diagnostics point into the old
 * profile. Never throws on bad input: a profile that cannot be read gives its diagnostics and no
 * text. Text that is not a string (a file's bytes: read it with `"utf8"`) is a TypeError.
 *
 * @example
 * const after = (await loadLadder("ladders/dual-track-2027.yaml")).ladder!;
 * const { text: migrated, diagnostics } = migrateProfileText(text, diffLadders(ladder, after), { filename: "alex.yaml", ladder: "../dual-track-2027.yaml" });
 * if (migrated !== undefined) await writeFile("alex.yaml", migrated);
 */
export function migrateProfileText(text: string, diff: LadderDiff, options: MigrateTextOptions = {}): MigratedText {
  expectText(text, "migrateProfileText");
  // Read once, as parseProfile does; the source keeps the text the loader read (no byte order mark).
  const parsed = parseYaml(text, options.filename, resolveLimits(options.limits));
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const read = checkProfile(parsed.value, parsed.source, { filename: options.filename, limits: options.limits });
  if (!read.profile) return { diagnostics: read.diagnostics };
  const source = parsed.source!;
  const { edits, findings } = planMigration(read.profile, diff, options);
  // Edited as a document of its own: the loader's was composed with string keys, and would write them so.
  const doc = parseDocument(source.text);
  // The loader read it cleanly, so yaml should too; should they ever disagree, a diagnostic, not a throw.
  const refused = doc.errors[0];
  if (refused) return { diagnostics: [place(source, { rule: "yaml-syntax", severity: "error", message: `cannot be edited in place: ${refused.message.split("\n")[0]}`, path: [] })] };
  const diagnostics = findings.map((f) => place(source, f)).sort(compareDiagnostics);
  const bom = text.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
  return { text: migratedText(source.text, bom, doc, edits), diagnostics };
}
