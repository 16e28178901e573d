import { CST } from "yaml";

/**
 * The offsets, in order, of the collections nested deeper than `maxDepth` in a YAML token stream
 * (the outermost of each too-deep branch only). It walks the concrete syntax tree without
 * recursion, before the composer does: the composer recurses once per level, so a file like
 * `[[[[...` 10,000 deep would otherwise overflow the stack inside it, with an unstable position,
 * one diagnostic per unwound frame and, in a process that goes on parsing, a risk of V8 aborting
 * on a regular expression compiled near the stack limit. `onScalar` sees every flow scalar that
 * is the value of an item, on the way.
 */
export function tooDeep(tokens: readonly CST.Token[], maxDepth: number, onScalar?: (token: CST.FlowScalar) => void): number[] {
  const found: number[] = [];
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (token.type === "document") stack.push([token.value, depth]);
    if (!CST.isCollection(token)) continue;
    if (depth + 1 > maxDepth) {
      found.push(token.offset);
      continue;
    }
    // Only a collection nests deeper: scalars, most of the tokens, need not be stacked.
    for (const item of token.items as CST.CollectionItem[]) {
      if (CST.isCollection(item.key)) stack.push([item.key, depth + 1]);
      if (CST.isCollection(item.value)) stack.push([item.value, depth + 1]);
      else if (onScalar && CST.isScalar(item.value) && item.value.type !== "block-scalar") onScalar(item.value);
    }
  }
  return found.sort((a, b) => a - b);
}
