import { CST } from "yaml";

/**
 * Where the quoted scalar that yaml reports as unclosed opens. yaml reports "Missing closing
 * quote" at the end of the scalar, which runs to the end of the file: a position past everything
 * the user wrote, when what they must fix is the opening quote. `end` is that error's offset (the
 * scalar's offset plus its source length); the scalar is found by it in the token stream. Walked
 * without recursion, like tooDeep; called only for a file with that error.
 */
export function unclosedQuoteStart(tokens: readonly CST.Token[], end: number): number | undefined {
  const stack: Array<CST.Token | null | undefined> = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop();
    if (!token) continue;
    if (token.type === "document") stack.push(token.value);
    else if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") {
      if (token.offset + token.source.length === end) return token.offset;
    } else if (CST.isCollection(token)) for (const item of token.items as CST.CollectionItem[]) stack.push(item.key, item.value);
  }
  return undefined;
}
