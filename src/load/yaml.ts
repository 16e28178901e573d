import { Composer, isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, Parser, type CST, type Document, type Node, type YAMLError } from "yaml";
import { toDiagnostic, type Diagnostic } from "../diagnostic.js";
import { expansion } from "./alias-expansion.js";
import { LIMIT_RULE, longStringMessage } from "./count-limits.js";
import { tooDeep } from "./cst-depth.js";
import { withLineFeeds, withoutBom } from "./decode.js";
import { fileSizeMessage, raiseHint, sizeOver, type Limits } from "./limits.js";
import { UNSAFE_KEYS } from "./unsafe-keys.js";
import { spanOf, type YamlSource } from "./locate.js";
import { unclosedQuoteStart } from "./unclosed-quote.js";

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
  return `nesting deeper than ${limits.maxDepth} levels (${raiseHint("maxDepth", limits.maxDepth)})`;
}

/**
 * The offset of the first mark past `max`, when the text has more than `max` node marks: line
 * breaks (counted already, `lines`) and the `,`, `[` and `{` of flow collections. Undefined when
 * within. Counted with indexOf, a few passes of native search: 0.1 ms for a 40 KB ladder.
 */
function nodesOver(text: string, lines: number, max: number): number | undefined {
  let count = lines;
  for (const mark of [",", "[", "{"]) for (let i = text.indexOf(mark); i !== -1 && count <= max; i = text.indexOf(mark, i + 1)) count++;
  if (count <= max) return undefined;
  // Over: find where, in text order (the error path only).
  count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 44 || c === 91 || c === 123) && ++count > max) return i;
  }
  return 0;
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
  // yaml reports some errors at or past the end of the text: spanOf keeps spans inside it.
  const at: At = (rule, message, start, end) => toDiagnostic({ rule, severity: "error", message, path: [] }, file, spanOf({ text, lineCounter }, start, end));

  const size = sizeOver(text, limits.maxBytes);
  if (size !== undefined)
    return {
      diagnostics: [
        toDiagnostic(
          {
            rule: "file-size",
            severity: "error",
            message: fileSizeMessage(size, limits.maxBytes),
            path: [],
          },
          file,
          { line: 1, column: 1, endLine: 1, endColumn: 1 },
        ),
      ],
    };
  text = withLineFeeds(withoutBom(text));

  // What parseAllDocuments does, with a depth check between parsing and composing (see tooDeep).
  // Lines are counted from the text, not from the parser's newline tokens: after a syntax error
  // (an unclosed quote, say) the parser reports fewer, and every position after it was off.
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  const nodes = nodesOver(text, lineCounter.lineStarts.length, limits.maxNodes);
  if (nodes !== undefined) return { diagnostics: [at(LIMIT_RULE, `more than ${limits.maxNodes} YAML nodes, counted as line breaks and the commas and brackets of flow collections (${raiseHint("maxNodes")})`, nodes, nodes + 1)] };
  const tokens = Array.from(new Parser().parse(text));
  // A scalar whose source is over ten times the longest string can only be over it (an escape
  // writes at most 10 characters for 2): refused before yaml decodes it, which for a 10 MB double-
  // quoted string takes 3 s and 400 MB. Those nearer the limit are measured after decoding.
  let longScalar: CST.FlowScalar | undefined;
  const deep = tooDeep(tokens, limits.maxDepth, (scalar) => {
    if (longScalar === undefined && scalar.source.length > 10 * limits.maxStringLength) longScalar = scalar;
  });
  if (longScalar !== undefined) {
    const { offset, source } = longScalar;
    return { diagnostics: [at(LIMIT_RULE, `a string of more than ${10 * limits.maxStringLength} characters written, over the limit of ${limits.maxStringLength} (${raiseHint("maxStringLength")})`, offset, offset + source.length)] };
  }
  if (deep.length > 0) return { diagnostics: deep.map((offset) => at("yaml-depth", depthMessage(limits), offset, offset + 1)) };
  // yaml's duplicate-key check compares each key with every earlier key of its mapping: quadratic,
  // 100 ms for a ladder of 800 competencies, and 275 s for one mapping of 88,000 keys. Compose
  // without it; the walk notices a duplicate with a Set, and duplicateKeys (also linear) says where,
  // for a file with a duplicate or with any other error (which the walk does not go through).
  const docs = compose(tokens);
  const walked = docs.length === 1 && docs[0]!.errors.length === 0 ? walkNodes(docs[0]!.contents, limits, at) : undefined;
  if (docs.length === 0 || (docs.length === 1 && docs[0]!.contents === null && docs[0]!.errors.length === 0))
    return { diagnostics: [at("yaml-empty", "file is empty: expected a YAML mapping with apiVersion and kind", 0, 0)] };
  const doc = docs[0]!;
  const source: YamlSource = { file, text, doc, lineCounter };
  const diagnostics: Diagnostic[] = [];
  for (const error of withoutTabFollowOns([...doc.errors, ...doc.warnings], text)) {
    let [start, end] = error.pos;
    let message = error.message;
    // yaml reports an unclosed quote where the string ends, at the end of the file: point at the
    // quote that opens it (to the end of its line), which is what the user has to close.
    const quote = error.code === "MISSING_CHAR" ? /^Missing closing (["'])quote/.exec(error.message)?.[1] : undefined;
    const open = quote === undefined ? undefined : unclosedQuoteStart(tokens, start);
    if (open !== undefined) {
      const newline = text.indexOf("\n", open);
      const lineEnd = newline === -1 ? text.length : newline - (text[newline - 1] === "\r" ? 1 : 0);
      [start, end] = [open, Math.max(lineEnd, open + 1)];
      message = `Missing closing ${quote}quote: the string that opens here is never closed`;
    }
    // yaml marks a duplicate key by its first character only: widen the span to the whole key.
    const found = error.code === "DUPLICATE_KEY" ? keyTextAt(text, start) : text.slice(start, Math.min(end, start + 80));
    message =
      error.code === "DUPLICATE_KEY"
        ? `duplicate key '${found}': a mapping may hold each key once`
        : error.code === "TAG_RESOLVE_FAILED"
          ? `tag ${found} is not allowed: ladderkit reads plain YAML only`
          : error.code === "NON_STRING_KEY"
            ? "a mapping key must be text: a list, a mapping or a tagged value cannot be a key"
            : message;
    diagnostics.push(at(yamlRule(error.code), message, start, error.code === "DUPLICATE_KEY" ? start + found.length : end));
  }
  if (walked === undefined || walked.duplicateKey) {
    diagnostics.push(...duplicateKeys(doc.contents, text, at));
    diagnostics.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  }
  if (docs.length > 1) {
    const second = docs[1]!.range;
    diagnostics.push(at("yaml-multiple-documents", `file holds ${docs.length} YAML documents; expected exactly one`, second[0], second[0] + 3));
  }
  if (diagnostics.length > 0) return { source, diagnostics };

  // One document without errors gets here (every other case returned above), so it was walked.
  const { found, aliases, value } = walked!;
  if (found.length > 0) return { source, diagnostics: found };
  if (!isMap(doc.contents)) {
    const range = doc.contents?.range ?? [0, 0];
    return { source, diagnostics: [at("yaml-root", "the document must be a mapping with apiVersion and kind", range[0], range[1])] };
  }
  if (value !== undefined) return { source, value, diagnostics };
  let expandedValue: unknown;
  try {
    // yaml counts the anchored node as one copy: n aliases of it are n + 1 copies.
    expandedValue = doc.toJS({ maxAliasCount: limits.maxAliases + 1 });
  } catch (error) {
    // toJS throws only on alias expansion beyond maxAliasCount: an alias bomb.
    const [start, end] = aliases[0] ?? [0, 0];
    const message = `aliases expand into more than ${limits.maxAliases} copies: an alias bomb (${raiseHint("maxAliases")})`;
    return { source, diagnostics: [at("yaml-alias", message, start, end)] };
  }
  // Within maxAliases, aliases of a large node still multiply it: the value, every check that walks
  // it and the findings inside it. Bound the document as written out by maxBytes, like the file.
  const expanded = expansion(doc.contents);
  if (expanded.size > limits.maxBytes) {
    const [start, end] = expanded.largest ?? aliases[0] ?? [0, 0];
    const message = `aliases expand the document to about ${expanded.size} characters, over the limit of ${limits.maxBytes} (${raiseHint("maxBytes")})`;
    return { source, diagnostics: [at("yaml-alias", message, start, end)] };
  }
  return { source, value: expandedValue, diagnostics };
}

/** The next line at or after `from` that starts at column 1 with content (not blank, not a comment), or the end of the text. */
function nextTopLevelLine(text: string, from: number): number {
  const next = /\n[^\s#]/g;
  next.lastIndex = from;
  const match = next.exec(text);
  return match === null ? text.length : match.index + 1;
}

/**
 * The errors without those a tab used as indentation causes. yaml reads a line indented with a tab
 * as not indented at all: every block open before it closes, and each line after it, up to the
 * next top-level key, is then read against that wrong structure, giving a syntax error or two a
 * line ("Nested mappings are not allowed in compact mappings", "Implicit keys need to be on a
 * single line"...): 15 errors for one tab. So the rule: from a tab error to the next line that
 * starts at column 1 with content, the other syntax errors are dropped. The tab errors themselves
 * are all kept (each is a line to fix), and so is every error that is not a syntax error (a
 * duplicate key, a tag) and every error outside that stretch.
 */
function withoutTabFollowOns(errors: readonly YAMLError[], text: string): YAMLError[] {
  const stretches = errors.filter((e) => e.code === "TAB_AS_INDENT").map((e) => [e.pos[0], nextTopLevelLine(text, e.pos[0])] as const);
  if (stretches.length === 0) return [...errors];
  return errors.filter(
    (e) => e.code === "TAB_AS_INDENT" || yamlRule(e.code) !== "yaml-syntax" || !stretches.some(([start, end]) => e.pos[0] >= start && e.pos[0] < end),
  );
}

/**
 * Every key of a mapping that an earlier key of the same mapping already holds, as yaml's check
 * would report it (a null key counts as ''). Linear: one Set per mapping. Recursive, like the walk.
 */
function duplicateKeys(root: Node | null, text: string, at: At): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (!isCollection(node)) return;
    const seen = new Set<string>();
    for (const item of node.items as unknown[]) {
      if (!isPair(item)) {
        visit(item);
        continue;
      }
      const key = item.key;
      if (isScalar(key) && key.range) {
        const name = key.value === null ? "" : String(key.value);
        if (seen.has(name)) {
          const start = key.range[0];
          const written = keyTextAt(text, start);
          found.push(at("yaml-duplicate-key", `duplicate key '${written}': a mapping may hold each key once`, start, start + written.length));
        }
        seen.add(name);
      }
      visit(key);
      visit(item.value);
    }
  };
  visit(root);
  return found;
}

/** What parseAllDocuments does after parsing: every document of a token stream, composed. */
function compose(tokens: readonly CST.Token[]): Document.Parsed[] {
  // The YAML 1.2 core schema whatever a `%YAML 1.1` directive asks for: under 1.1 `yes` is true,
  // `0755` octal and `<<` merges mappings, which editors and the JSON Schema would read otherwise.
  return Array.from(new Composer({ uniqueKeys: false, stringKeys: true, schema: "core", merge: false }).compose(tokens));
}

/** Makes a diagnostic of a rule, located by offsets. */
type At = (rule: string, message: string, start: number, end: number) => Diagnostic;

/** What one walk over the composed nodes finds, with the document as plain data when the walk could build it. */
interface Walked {
  readonly found: Diagnostic[];
  /** The offsets of every alias, in document order. */
  readonly aliases: Array<[number, number]>;
  /** A mapping holds a key twice (the composer was told not to look). */
  readonly duplicateKey: boolean;
  /** The plain value, as `doc.toJS()` gives it; undefined when that is left to `doc.toJS()` (aliases). */
  readonly value: unknown;
}

/**
 * Checks every node (tags, keys that could reach a prototype, alias count, duplicate keys) and builds
 * the plain value in the same walk, which is what `doc.toJS()` would walk again. It recurses: the
 * nesting was bounded before composing (tooDeep), and the composer recursed as deep.
 */
function walkNodes(root: Node | null, limits: Limits, at: At): Walked {
  const found: Diagnostic[] = [];
  const aliases: Array<[number, number]> = [];
  let duplicateKey = false;
  let long = false;
  // Aliases (and the odd key that is not a scalar) are left to yaml's toJS, which counts expansions.
  let plain = true;

  const visit = (node: unknown): unknown => {
    if (!isNode(node)) return node ?? null;
    const [start, end] = node.range ?? [0, 0];
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag))
      found.push(at("yaml-tag", `tag ${node.tag.replace("tag:yaml.org,2002:", "!!")} is not allowed: ladderkit reads plain YAML only`, start, end));
    if (isAlias(node)) {
      aliases.push([start, end]);
      plain = false;
      return undefined;
    }
    if (isScalar(node)) {
      // Only the first string over the limit is reported: one is enough to refuse the file.
      if (typeof node.value === "string" && node.value.length > limits.maxStringLength && !long) {
        long = true;
        found.push(at(LIMIT_RULE, longStringMessage(node.value.length, limits.maxStringLength), start, end));
      }
      return node.value;
    }
    if (!isCollection(node)) {
      plain = false;
      return undefined;
    }
    const map = isMap(node);
    const list: unknown[] = [];
    const object: Record<string, unknown> = {};
    for (const item of node.items as unknown[]) {
      if (!isPair(item)) {
        list.push(visit(item));
        continue;
      }
      const key = item.key;
      if (isScalar(key) && UNSAFE_KEYS.has(String(key.value))) {
        const [keyStart, keyEnd] = key.range ?? [start, end];
        found.push(at("unsafe-key", `key '${String(key.value)}' is not allowed: it could reach an object prototype`, keyStart, keyEnd));
      }
      visit(key);
      const value = visit(item.value);
      if (!map || !isScalar(key)) plain = false;
      else {
        // As yaml's addPairToJSMap: a null key is '', and a name the object inherits becomes an own property.
        const name = key.value === null ? "" : String(key.value);
        // A name the object holds already is a duplicate key (or, at worst, a null key and '': then
        // yaml's own check, run again, finds none).
        if (Object.hasOwn(object, name)) duplicateKey = true;
        if (name in object) Object.defineProperty(object, name, { value, writable: true, enumerable: true, configurable: true });
        else object[name] = value;
      }
    }
    if (map && list.length > 0) plain = false;
    return map ? object : list;
  };

  const value = visit(root);
  // Sorted so that the alias reported is the first one over the limit in the file.
  aliases.sort((a, b) => a[0] - b[0]);
  const over = aliases[limits.maxAliases];
  if (over) found.push(at("yaml-alias", `more than ${limits.maxAliases} aliases (${raiseHint("maxAliases")})`, over[0], over[1]));
  found.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  return { found, aliases, duplicateKey, value: plain ? value : undefined };
}
