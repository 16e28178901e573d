import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { parse, stringify } from "yaml";

/** A file of the project, as text. */
export const readProjectFile = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");

/** Valid documents the mutations start from. */
export const SEEDS = {
  ladders: [readProjectFile("test/fixtures/valid/minimal.yaml"), readProjectFile("test/fixtures/rules/track-parity/valid.yaml")],
  largeLadder: readProjectFile("ladders/dual-track.yaml"),
  profiles: [readProjectFile("test/fixtures/rules/profile-unassessed/valid.yaml"), readProjectFile("test/fixtures/rules/profile-rating/valid.yaml")],
  config: "apiVersion: ladderkit/v1\nkind: Config\nrules:\n  duplicate-title: off\n  track-parity: warn\n",
};

/** Pieces of YAML and of ladderkit documents that random text is built from. */
const TOKENS = [
  ":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "!!str ", "!!binary ", "!include ", "!!js/function ", "? ", "|", ">-",
  "'", '"', "#", "# ladderkit-disable ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:yaml.org,2002:\n", "\n", "\r\n", "\r", "  ", "\t",
  "\ufeff", "\u202e", "\u0000", "\ud800", "apiVersion", "ladderkit/v1", "kind", "Ladder", "Profile", "Config", "id", "name", "tracks",
  "levels", "band", "1", "-1", "1e400", "0x1F", ".nan", "true", "null", "~", "__proto__", "constructor", "<<", "x", "é", "😀",
];

/** Text made of YAML tokens: mostly nonsense, often almost YAML. */
export const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(""));

/** Any text, every UTF-16 code unit (lone surrogates and NUL included). */
export const randomText = fc.string({ unit: "binary", maxLength: 300 });

const insertion = fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom(...TOKENS));

/** An edit of text: cut at, insert at, delete a slice, repeat a slice, or a change of line endings or encoding marks. */
const textEdit = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: insertion }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.nat(40) }),
  fc.record({ op: fc.constant("repeat" as const), at: fc.nat(), length: fc.nat(80) }),
  fc.record({ op: fc.constantFrom("crlf" as const, "bom" as const, "tabs" as const, "cr" as const) }),
);
type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

function applyTextEdit(text: string, edit: TextEdit): string {
  const at = "at" in edit ? edit.at % (text.length + 1) : 0;
  switch (edit.op) {
    case "truncate":
      return text.slice(0, at);
    case "insert":
      return text.slice(0, at) + edit.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + edit.length);
    case "repeat":
      return text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
    case "crlf":
      return text.replace(/\r?\n/g, "\r\n");
    case "bom":
      return `\ufeff${text}`;
    case "tabs":
      return text.replace(/^ {2}/gm, "\t");
    case "cr":
      return text.replace(/\r?\n/g, "\r");
  }
}

/** A seed text with one to four edits. */
export const mutatedText = (seeds: readonly string[]) =>
  fc.tuple(fc.constantFrom(...seeds), fc.array(textEdit, { minLength: 1, maxLength: 4 })).map(([seed, edits]) => edits.reduce(applyTextEdit, seed));

type Path = Array<string | number>;

/** Every path into a value, the root included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value !== null && typeof value === "object") for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

/** Every id a document uses, so a mutation can point a reference at another one, or make two equal. */
function idsOf(value: unknown): string[] {
  return [...new Set(pathsOf(value).flatMap((p) => (p[p.length - 1] === "id" ? [String(p.reduce<any>((v, k) => v[k], value))] : [])))];
}

const REPLACEMENTS = [null, 0, -1, 1.5, 100, 1e300, true, false, "", " ", "x", [], {}, [1, 2], { a: 1 }, "2026-02-30", "ladderkit/v1", "Ladder", "Profile", "a".repeat(70)];

/** A value edit: delete, replace with another type or another id, duplicate a list item, add an unknown or unsafe key, rename a key. */
const valueEdit = (ids: readonly string[]) =>
  fc.record({
    op: fc.constantFrom("delete", "replace", "duplicate", "add-key", "rename-key"),
    at: fc.nat(),
    value: fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.constantFrom(...ids), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 8 })),
    key: fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "titel", "<<", "descripton", "extends", "top", "steps"), fc.string({ maxLength: 6 })),
  });
type ValueEdit = typeof valueEdit extends (ids: readonly string[]) => fc.Arbitrary<infer T> ? T : never;

/** Sets an own property, `__proto__` included (plain assignment would set the prototype instead). */
const setOwn = (object: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });

function applyValueEdit(root: unknown, edit: ValueEdit): unknown {
  const paths = pathsOf(root).slice(1);
  if (paths.length === 0) return root;
  const path = paths[edit.at % paths.length]!;
  const key = path[path.length - 1]!;
  const parent = path.slice(0, -1).reduce<any>((v, k) => v[k], root) as Record<string | number, unknown>;
  const copy = structuredClone(parent[key]);
  if (edit.op === "delete") Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
  else if (edit.op === "replace") parent[key] = edit.value;
  else if (edit.op === "duplicate" && Array.isArray(parent)) parent.splice(key as number, 0, copy);
  else if (edit.op === "add-key" && parent[key] !== null && typeof parent[key] === "object" && !Array.isArray(parent[key]))
    setOwn(parent[key] as Record<string, unknown>, edit.key, edit.value);
  else if (edit.op === "rename-key" && !Array.isArray(parent)) {
    delete parent[key];
    setOwn(parent as Record<string, unknown>, edit.key, copy);
  }
  return root;
}

/** A seed document (as a plain value) with one to three value edits. */
export const mutatedValue = (seeds: readonly string[]) => {
  const values = seeds.map((text) => parse(text) as unknown);
  const ids = [...new Set(["x", ...values.flatMap(idsOf)])];
  return fc
    .tuple(fc.nat(values.length - 1), fc.array(valueEdit(ids), { minLength: 1, maxLength: 3 }))
    .map(([i, edits]) => edits.reduce(applyValueEdit, structuredClone(values[i])));
};

/** A mutated value written back as YAML (what a pull request that edits a ladder by hand looks like). */
export const mutatedYaml = (seeds: readonly string[]) => mutatedValue(seeds).map((value) => stringify(value));
