import { visible } from "../diagnostics/code-frame.js";

/** Markdown punctuation that could start emphasis, a link, a table cell, a heading, code, HTML or an entity. */
const MARKDOWN_SPECIAL = /[\\|*_[\]<>#`~&@]/g;

/**
 * Breaks what GitHub-flavoured Markdown would turn into a link by itself: `://` is written `\://`
 * and `www.` as `www\.` (the `@` of an e-mail address is escaped with the other punctuation).
 */
export function noAutolink(text: string): string {
  return text.replace(/:\/\//g, "\\://").replace(/(www)\./gi, "$1\\.");
}

/**
 * Makes ladder or profile text safe inside one line of Markdown, table cells included: escapes
 * `\ | * _ [ ] < > # ~ & @` and backticks, writes `://` as `\://` and `www.` as `www\.` so no
 * bare URL or address turns into a link, turns line breaks into spaces so a cell or heading cannot
 * be broken, and shows other control characters as `\u001b`-style escapes so the file cannot drive
 * a terminal it is printed to.
 *
 * @example
 * escapeMarkdown("a | [b](http://x)"); // "a \\| \\[b\\](http\\://x)"
 */
export function escapeMarkdown(text: string): string {
  return noAutolink(visible(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ")).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`));
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes `& < > " '` so text is inert in HTML and SVG content and in quoted attributes; line
 * breaks stay line breaks (a browser shows them as spaces), and other control characters but tab
 * are shown as `\u001b`-style escapes.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  // Line breaks are HTML white space: kept (a CR pair as one line feed), each line escaped apart.
  return text
    .split(/\r\n|[\r\n]/)
    .map(visible)
    .join("\n")
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
