import { Composer, isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, Parser, type Node } from "yaml";
import { toDiagnostic, type Diagnostic } from "../diagnostic.js";
import { tooDeep } from "./cst-depth.js";
import type { Limits } from "./limits.js";
import { UNSAFE_KEYS } from "./unsafe-keys.js";
import { spanOf, type YamlSource } from "./locate.js";

/** What reading YAML text gave: the document and its plain value, or why there is none. */
export interface ParsedYaml {
  readonly source?: YamlSource;
  /** The document as plain data; present only when the YAML itself had no error. */
  readonly value?: unknown;
  readonly diagnostics: Diagnostic[];
}

/** Tags of the YAML 1.2 core schema: anything else (`!include`, `!!js/function`, `!!binary`) is refused. */
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));


function depthMessage(limits: Limits): string {
  return `nesting deeper than ${limits.maxDepth} levels (raise it with the maxDepth limit)`;
}

/** The source text of the mapping key that starts at an offset: a quoted string, or plain text up to `:`. */
function keyTextAt(text: string, start: number): string {
  const rest = text.slice(start, start + 200);
  const key = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n]*?(?=[ \t]*:(?:[\s,\]}]|$)))/.exec(rest)?.[0];
  return key || rest.slice(0, 1);
}

function yamlRule(code: string): string {
  if (code === "DUPLICATE_KEY") return "yaml-duplicate-key";
  if (code === "TAG_RESOLVE_FAILED") return "yaml-tag";
  if (code === "RESOURCE_EXHAUSTION") return "yaml-depth";
  return "yaml-syntax";
}

/**
 * Parses YAML text into a document that keeps source positions, and checks what no schema can:
 * syntax, duplicate keys, several documents, tags outside the core schema, alias counts, nesting
 * depth and keys that would reach a prototype. Never throws.
 */
export function parseYaml(text: string, file: string | undefined, limits: Limits): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (rule: string, message: string, start: number, end: number): Diagnostic =>
    toDiagnostic({ rule, severity: "error", message, path: [] }, file, spanOf(lineCounter, start, end));

  const size = Buffer.byteLength(text, "utf8");
  if (size > limits.maxBytes)
    return {
      diagnostics: [
        toDiagnostic(
          {
            rule: "file-size",
            severity: "error",
            message: `file is ${size} bytes, over the limit of ${limits.maxBytes} bytes (raise it with the maxBytes limit)`,
            path: [],
          },
          file,
          { line: 1, column: 1, endLine: 1, endColumn: 1 },
        ),
      ],
    };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // What parseAllDocuments does, with a depth check between parsing and composing (see tooDeep).
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const deep = tooDeep(tokens, limits.maxDepth);
  if (deep.length > 0) return { diagnostics: deep.map((offset) => at("yaml-depth", depthMessage(limits), offset, offset + 1)) };
  const docs = Array.from(new Composer({ uniqueKeys: true, stringKeys: true }).compose(tokens));
  if (docs.length === 0 || (docs.length === 1 && docs[0]!.contents === null && docs[0]!.errors.length === 0))
    return { diagnostics: [at("yaml-empty", "file is empty: expected a YAML mapping with apiVersion and kind", 0, 0)] };
  const doc = docs[0]!;
  const source: YamlSource = { file, text, doc, lineCounter };
  const diagnostics: Diagnostic[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const [start, end] = error.pos;
    // yaml marks a duplicate key by its first character only: widen the span to the whole key.
    const found = error.code === "DUPLICATE_KEY" ? keyTextAt(text, start) : text.slice(start, Math.min(end, start + 80));
    const message =
      error.code === "DUPLICATE_KEY"
        ? `duplicate key '${found}': a mapping may hold each key once`
        : error.code === "TAG_RESOLVE_FAILED"
          ? `tag ${found} is not allowed: ladderkit reads plain YAML only`
          : error.message;
    diagnostics.push(at(yamlRule(error.code), message, start, error.code === "DUPLICATE_KEY" ? start + found.length : end));
  }
  if (docs.length > 1) {
    const second = docs[1]!.range;
    diagnostics.push(at("yaml-multiple-documents", `file holds ${docs.length} YAML documents; expected exactly one`, second[0], second[0] + 3));
  }
  if (diagnostics.length > 0) return { source, diagnostics };

  const { found, firstAlias } = checkNodes(doc.contents, limits, at);
  if (found.length > 0) return { source, diagnostics: found };
  if (!isMap(doc.contents)) {
    const range = doc.contents?.range ?? [0, 0];
    return { source, diagnostics: [at("yaml-root", "the document must be a mapping with apiVersion and kind", range[0], range[1])] };
  }
  try {
    return { source, value: doc.toJS({ maxAliasCount: limits.maxAliases }), diagnostics };
  } catch (error) {
    // toJS throws only on alias expansion beyond maxAliasCount: an alias bomb.
    const [start, end] = firstAlias ?? [0, 0];
    const message = `aliases expand into more than ${limits.maxAliases} copies: an alias bomb (raise it with the maxAliases limit)`;
    return { source, diagnostics: [at("yaml-alias", message, start, end)] };
  }
}

/** Walks the node tree without recursion (so depth cannot overflow the stack) and checks each node. */
function checkNodes(
  root: Node | null,
  limits: Limits,
  at: (rule: string, message: string, start: number, end: number) => Diagnostic,
): { found: Diagnostic[]; firstAlias?: [number, number] } {
  const found: Diagnostic[] = [];
  const aliases: Array<[number, number]> = [];
  // Depth was checked on the syntax tree before composing (tooDeep), so this walk need not count it.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    const [start, end] = node.range ?? [0, 0];
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag))
      found.push(at("yaml-tag", `tag ${node.tag.replace("tag:yaml.org,2002:", "!!")} is not allowed: ladderkit reads plain YAML only`, start, end));
    if (isAlias(node)) aliases.push([start, end]);
    if (!isCollection(node)) continue;
    for (const item of node.items as unknown[]) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      const key = item.key;
      if (isScalar(key) && UNSAFE_KEYS.has(String(key.value))) {
        const [keyStart, keyEnd] = key.range ?? [start, end];
        found.push(at("unsafe-key", `key '${String(key.value)}' is not allowed: it could reach an object prototype`, keyStart, keyEnd));
      }
      stack.push(key, item.value);
    }
  }
  // The walk is depth first from the end: sort, so the alias reported is the first one over the limit in the file.
  aliases.sort((a, b) => a[0] - b[0]);
  const over = aliases[limits.maxAliases];
  if (over) found.push(at("yaml-alias", `more than ${limits.maxAliases} aliases (raise it with the maxAliases limit)`, over[0], over[1]));
  return { found: found.sort((a, b) => a.line! - b.line! || a.column! - b.column!), firstAlias: aliases[0] };
}
