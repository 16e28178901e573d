import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Node } from "yaml";

/** The size of a document with every alias written out, and the alias that adds the most. */
export interface Expansion {
  /** Source characters, with each alias counted as the size of what it names. */
  readonly size: number;
  /** The offsets of the alias whose target is largest. */
  readonly largest: readonly [number, number] | undefined;
}

/**
 * Measures a document as if every alias were replaced by a copy of its anchor, in one walk: 100
 * aliases of a 100 KB mapping make a 10 MB value that every later check walks in full, and every
 * finding inside it is repeated per alias. An alias names the last anchor of its name before it;
 * one inside its own anchor (a cycle, which the value keeps as a cycle) counts as 1. Recursive:
 * called after the nesting is bounded (tooDeep).
 */
export function expansion(root: Node | null): Expansion {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  let largest: { size: number; at: [number, number] } | undefined;
  const measure = (node: unknown): number => {
    if (!isNode(node)) return 1;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const size = target === undefined ? 1 : (sizes.get(target) ?? 1);
      if (size > (largest?.size ?? 0)) largest = { size, at: [node.range?.[0] ?? 0, node.range?.[1] ?? 0] };
      return size;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    let size = 1;
    if (isScalar(node)) size = Math.max(1, (node.range?.[1] ?? 0) - (node.range?.[0] ?? 0));
    else if (isMap(node) || isSeq(node))
      for (const item of node.items as unknown[]) size += isPair(item) ? measure(item.key) + measure(item.value) : measure(item);
    sizes.set(node, size);
    return size;
  };
  return { size: measure(root), largest: largest?.at };
}
