/** A column of a Markdown table: its header and alignment. */
export interface MarkdownColumn {
  readonly header: string;
  readonly align?: "left" | "right" | undefined;
}

/**
 * A GitHub-flavoured Markdown table. Cells must already be escaped (see `escapeMarkdown`), so
 * none holds a `|` or a line break.
 */
export function markdownTable(columns: readonly MarkdownColumn[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  return [
    line(columns.map((c) => c.header)),
    line(columns.map((c) => (c.align === "right" ? "---:" : "---"))),
    ...rows.map(line),
  ].join("\n");
}
