/** One cell as read, with the 1-based line and column where it starts. */
export interface CsvCell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A row of cells, with the line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly CsvCell[];
}

/** What went wrong while reading, and where. */
export interface CsvSyntaxError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** The rows of a CSV text, or the first syntax error. */
export type CsvParse = { readonly rows: CsvRow[] } | { readonly error: CsvSyntaxError };

/**
 * Reads CSV as RFC 4180 has it: fields separated by commas, records by CRLF (LF and a lone CR
 * are accepted too), a field in double quotes may hold commas, line breaks and doubled quotes.
 * A byte order mark is skipped. Rows with nothing in them (blank lines) are left out.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith("\ufeff") ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let cells: CsvCell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const newline = () => {
    const width = text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    i += width;
    line++;
    column = 1;
  };
  const endRow = () => {
    if (cells.some((c) => c.text !== "")) rows.push({ line: cells[0]!.line, cells });
    cells = [];
  };
  while (i <= text.length) {
    const start = { line, column };
    let value = "";
    if (text[i] === '"') {
      i++;
      column++;
      for (;;) {
        if (i >= text.length) return { error: { message: "a quoted field is not closed", ...start } };
        const c = text[i]!;
        if (c === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
          column += 2;
        } else if (c === '"') {
          i++;
          column++;
          break;
        } else if (c === "\r" || c === "\n") {
          value += c === "\r" && text[i + 1] === "\n" ? "\r\n" : c;
          newline();
        } else {
          value += c;
          i++;
          column++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n")
        return { error: { message: "a quoted field must end at a comma or the end of the line", line, column } };
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') return { error: { message: "a double quote inside a field that is not quoted (quote the whole field and double the quote)", line, column } };
        value += text[i];
        i++;
        column++;
      }
    }
    cells.push({ text: value, ...start });
    if (i >= text.length) {
      endRow();
      break;
    }
    if (text[i] === ",") {
      i++;
      column++;
    } else {
      newline();
      endRow();
      if (i >= text.length) break;
    }
  }
  return { rows };
}

/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: fields joined by commas, every record ended by CRLF. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
