import { isAlias, isMap, isNode, isPair, isScalar, isSeq, visit, type Alias, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from "yaml";
import { toDiagnostic, type Diagnostic, type Finding, type PathKey } from "../diagnostic.js";

/** A parsed YAML document and what is needed to turn offsets into lines and columns. */
export interface YamlSource {
  readonly file: string | undefined;
  /** The text parsed (without a byte order mark), for what only text shows: comments. */
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** 1-based start and exclusive end of a span. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * An offset kept inside the text: at most the end of its last line. A final line break ends the
 * last line, it does not start another, so an offset at or past the end of a text that ends with
 * one (yaml reports some errors there) would otherwise name a line the file does not have.
 */
function within(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset < text.length) return offset;
  return text.length - (text.endsWith("\r\n") ? 2 : text.endsWith("\n") ? 1 : 0);
}

/** Turns a pair of offsets into a span, kept inside the text (never past its last line). */
export function spanOf(source: Pick<YamlSource, "text" | "lineCounter">, start: number, end: number): Span {
  const from = source.lineCounter.linePos(within(source.text, start));
  const to = source.lineCounter.linePos(within(source.text, Math.max(end, start)));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The offsets of a node; a collection is cut to its first entry so the underline stays short. */
function offsetsOf(node: Node): [number, number] | undefined {
  const range = node.range;
  if (!range) return undefined;
  const first = isMap(node) || isSeq(node) ? node.items[0] : undefined;
  const firstNode = isPair(first) ? first.key : first;
  if (isNode(firstNode) && firstNode.range) return [range[0], firstNode.range[1]];
  return [range[0], range[1]];
}

/** The first pair of each key of a mapping, built once per mapping: a file with many diagnostics looks keys up many times. */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * The pair of a mapping with a key, as `items.find` would give it. Indexed, because a finding per key
 * of a mapping of n keys (n unknown properties, say) would otherwise cost n * n: 9 s for 20,000 keys.
 */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndexes.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : pair.key;
      if (typeof name === "string" && !index.has(name)) index.set(name, pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

/** What each alias of a document names, found in one walk: yaml's own `resolve` walks the document per call. */
const aliasTargets = new WeakMap<Document, Map<Alias, Node>>();

/** The node an alias names: the last node before it with that anchor. */
function resolveAlias(doc: Document, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(doc);
  if (targets === undefined) {
    const map = new Map<Alias, Node>();
    const anchors = new Map<string, Node>();
    visit(doc, {
      Alias: (_, node) => {
        const target = anchors.get(node.source);
        if (target) map.set(node, target);
      },
      Node: (_, node) => {
        if (node.anchor) anchors.set(node.anchor, node);
      },
    });
    aliasTargets.set(doc, (targets = map));
  }
  return targets.get(alias);
}

/**
 * Finds the node a path points at, and returns its span. With `key`, a path that ends in a mapping
 * key points at the key itself (for unknown or duplicate keys). A path that goes further than the
 * document points at the deepest node that exists (where a missing property belongs).
 */
export function locate(source: YamlSource, path: readonly PathKey[], key = false): Span {
  let node: unknown = source.doc.contents;
  let target: Node | undefined = isNode(node) ? node : undefined;
  // A mapping or list that is the value of a key is shown by its key: `ratings:` rather than its first entry.
  let keyOfTarget: Node | undefined;
  for (let i = 0; i < path.length && isNode(node); i++) {
    if (isAlias(node)) node = resolveAlias(source.doc, node);
    const step = path[i];
    let next: unknown;
    if (isMap(node)) {
      const pair = pairOf(node, String(step));
      if (pair === undefined) break;
      if (key && i === path.length - 1 && isNode(pair.key)) {
        target = pair.key;
        break;
      }
      // A key with no value (`name:`) has no value node: point at the key.
      next = isNode(pair.value) && pair.value.range ? pair.value : pair.key;
      keyOfTarget = isNode(pair.key) ? pair.key : undefined;
    } else if (isSeq(node) && typeof step === "number") {
      next = node.items[step];
      keyOfTarget = undefined;
    }
    if (!isNode(next)) break;
    node = next;
    target = next;
  }
  if (target && keyOfTarget && (isMap(target) || isSeq(target)) && !key) target = keyOfTarget;
  const offsets = target ? offsetsOf(target) : undefined;
  return offsets ? spanOf(source, offsets[0], offsets[1]) : spanOf(source, 0, 0);
}

/** Attaches the file and the position of its path to a finding. */
export function place(source: YamlSource, finding: Finding, key = false): Diagnostic {
  return toDiagnostic(finding, source.file, locate(source, finding.path, key));
}

/** Places findings in the YAML, or gives them the file alone when there is no YAML. */
export function locateAll(findings: readonly Finding[], source: YamlSource | undefined, file: string | undefined): Diagnostic[] {
  return findings.map((finding) => (source ? place(source, finding) : toDiagnostic(finding, file)));
}

/**
 * Places findings that each say whether they are about the key of the mapping entry at their path
 * (rules' `at: "key"`, unknown properties), or gives them the file alone when there is no YAML.
 */
export function locateAllAt(
  found: readonly { readonly finding: Finding; readonly atKey: boolean }[],
  source: YamlSource | undefined,
  file: string | undefined,
): Diagnostic[] {
  return found.map(({ finding, atKey }) => (source ? place(source, finding, atKey) : toDiagnostic(finding, file)));
}
