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

/** The most characters of a line a frame shows. */
const WIDTH = 200;
/** Shown characters kept before the span when a line is cut on the left. */
const LEAD = 80;
/** A line is cut on the left unless at least this many shown characters from the span's start fit. */
const TAIL = 40;

/**
 * Where (0-based) the shown window of `source` (`length` characters without its CR) starts so that
 * `index` is inside it: 0 for a line that fits and near the start of one that does not, else LEAD
 * shown characters before `index` (a character shown as an escape is as wide as the escape). Only
 * a stretch of WIDTH characters is ever measured: a finding far into a 10 MB line costs as little
 * as one near its start.
 */
function windowStart(source: string, length: number, index: number): number {
  if (index <= WIDTH) {
    const fits = length <= WIDTH && visible(source.slice(0, length)).length <= WIDTH;
    if (fits || visible(source.slice(0, index)).length <= WIDTH - TAIL) return 0;
  }
  let start = index;
  for (let width = 0; start > 0; start--) {
    width += visible(source[start - 1]!).length;
    if (width > LEAD) break;
  }
  // Never between the two halves of a surrogate pair.
  const code = source.charCodeAt(start);
  return start < index && code >= 0xdc00 && code <= 0xdfff ? start + 1 : start;
}

/**
 * The lines around a diagnostic with a caret line under its span, like a compiler shows:
 *
 * ```
 *   11 |       - id: senior
 * > 12 |         titel: Senior Engineer
 *      |         ^^^^^
 * ```
 *
 * A long line is shown through a window of at most 200 characters around the span, `…` marking
 * what is cut, and the lines around it through the same window: a frame is a few hundred bytes
 * however far into its line the span is, so output grows with the number of findings only.
 */
export function codeFrame(lines: readonly string[], diagnostic: Diagnostic, context = 1): string {
  const line = diagnostic.line;
  if (line === undefined || line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  // Each line without its CR, as its length: a line is cut before anything is escaped or copied, so
  // a 10 MB line shown under each of its many findings is never escaped, nor copied, in full.
  const lengthOf = (text: string) => (text.endsWith("\r") ? text.length - 1 : text.length);
  const target = lines[line - 1]!;
  const index = Math.min(Math.max(1, diagnostic.column ?? 1) - 1, lengthOf(target));
  const start = windowStart(target, lengthOf(target), index);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const full = lines[n - 1]!;
    const length = lengthOf(full);
    const source = full.slice(start, Math.min(length, start + WIDTH));
    const escaped = visible(source);
    const cut = length > start + WIDTH || escaped.length > WIDTH;
    const text = `${start > 0 && length > 0 ? "…" : ""}${escaped.slice(0, WIDTH)}${cut ? "…" : ""}`;
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === line) {
      const end = diagnostic.endLine === line && diagnostic.endColumn !== undefined ? diagnostic.endColumn - 1 : length;
      // Measured on the line as shown: a tab stays a tab under the text (so the caret lines up
      // whatever the tab width), a character shown as an escape is as wide as the escape, and a
      // column past the end of the line stands just after it.
      const before = `${start > 0 ? " " : ""}${visible(full.slice(start, index)).replace(/[^\t]/g, " ")}`;
      const span = visible(full.slice(index, Math.min(Math.max(index, end), length, start + WIDTH))).length;
      const carets = Math.max(1, Math.min(span, WIDTH - (before.length - (start > 0 ? 1 : 0))));
      out.push(`  ${" ".repeat(width)} | ${before}${"^".repeat(carets)}`);
    }
  }
  return out.join("\n");
}
