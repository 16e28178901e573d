// The text tables the benchmarks print: each column as wide as its widest cell.

/**
 * A text table: the header, a rule under it, then the rows, two spaces between columns and no
 * spaces at the ends of lines. A column is right-aligned where `alignRight(i)` is true.
 */
export function textTable(header, rows, alignRight) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((cells) => cells[i].length)));
  const line = (cells) => cells.map((c, i) => (alignRight(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
