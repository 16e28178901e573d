import type { Diagnostic } from "../../diagnostic.js";

/**
 * Shows control characters (C0 and C1, line breaks included, tab spared) and the bidirectional
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) as visible escapes, so input
 * can neither drive the terminal, nor break a one-line message into two, nor show text in an order
 * other than the order it is read in ("Trojan Source").
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The lines around a diagnostic with a caret line under its span, like a compiler shows:
 *
 * ```
 *   11 |       - id: senior
 * > 12 |         titel: Senior Engineer
 *      |         ^^^^^
 * ```
 */
export function codeFrame(lines: readonly string[], diagnostic: Diagnostic, context = 1): string {
  const line = diagnostic.line;
  if (line === undefined || line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    // Cut before escaping: a 10 MB line shown under each of its many findings would otherwise be
    // escaped in full each time.
    const source = lines[n - 1]!.slice(0, 200).replace(/\r$/, "");
    const text = visible(source).slice(0, 200);
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === line) {
      const column = Math.max(1, diagnostic.column ?? 1);
      const end = diagnostic.endLine === line && diagnostic.endColumn !== undefined ? diagnostic.endColumn : source.length + 1;
      // Measured on the line as shown: a tab stays a tab under the text (so the caret lines up
      // whatever the tab width), and a character shown as an escape is as wide as the escape.
      const before = visible(source.slice(0, column - 1)).replace(/[^\t]/g, " ") + " ".repeat(Math.max(0, column - 1 - source.length));
      const length = Math.max(1, visible(source.slice(column - 1, Math.max(column, Math.min(end, source.length + 1)) - 1)).length);
      out.push(`  ${" ".repeat(width)} | ${before}${"^".repeat(length)}`);
    }
  }
  return out.join("\n");
}
