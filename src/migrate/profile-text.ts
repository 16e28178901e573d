import { isMap, isScalar, parseDocument, type Document, type Scalar } from "yaml";
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

/** The profiles of the samples are written at 100 columns: text that is not edited comes out as it went in. */
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
 * Applies edits in order, then renames keys all at once: every key node is found by its old name
 * before any is renamed, so renames a -> b and b -> c move both ratings (one at a time, b -> c
 * would find the key a had just become). Each map's keys are indexed once, not searched per rename.
 */
function applyEdits(doc: Document, edits: readonly ProfileEdit[]): void {
  for (const edit of edits) if (edit.action !== "rename-key") applyEdit(doc, edit);
  const indexes = new Map<unknown, Map<string, Scalar>>();
  const keyOf = (path: readonly PathKey[]): Scalar | undefined => {
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
  const renames = edits.flatMap((edit) => (edit.action === "rename-key" ? [[keyOf(edit.path), edit.value] as const] : []));
  for (const [key, value] of renames) if (key) key.value = value;
}

/**
 * Migrates a profile written in YAML (see `migrateProfile`), editing its document in place so its
 * comments and layout survive: only the ids that moved change. Diagnostics point into the old
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
  applyEdits(doc, edits);
  const diagnostics = findings.map((f) => place(source, f)).sort(compareDiagnostics);
  return { text: doc.toString({ lineWidth: LINE_WIDTH }), diagnostics };
}
