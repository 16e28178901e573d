import { withoutBom } from "../load/decode.js";

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

/** What went wrong while reading, and where: a syntax error, or (rule `limit`) a bound passed. */
export interface CsvSyntaxError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** `limit` when the file passed one of the bounds; otherwise a syntax error. */
  readonly rule?: "limit" | undefined;
}

/** The rows of a CSV text, or the first syntax error. */
export type CsvParse = { readonly rows: CsvRow[] } | { readonly error: CsvSyntaxError };

/** How much a parse keeps before it gives up, so a hostile file costs little: rows (blank ones not counted) and cells in a row. */
export interface CsvBounds {
  readonly maxRows: number;
  readonly maxColumns: number;
  /** The sentence that says how to raise either bound, put after the message. */
  readonly hint: { readonly rows: string; readonly columns: string };
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * Reads CSV as RFC 4180 has it: fields separated by commas, records by CRLF (LF and a lone CR
 * are accepted too), a field in double quotes may hold commas, line breaks and doubled quotes.
 * A byte order mark is skipped. Rows with nothing in them (blank lines) are left out. One pass
 * over the text, each field cut out with one slice: 10 MB read in well under a second. With
 * `bounds`, a row of more cells or a file of more rows stops the parse at once.
 */
export function parseCsv(input: string, bounds?: CsvBounds): CsvParse {
  const text = withoutBom(input);
  const n = text.length;
  const rows: CsvRow[] = [];
  let cells: CsvCell[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const error = (message: string, at: { line: number; column: number }, rule?: "limit"): CsvParse => ({ error: { message, line: at.line, column: at.column, ...(rule && { rule }) } });
  for (;;) {
    const startLine = line;
    const startColumn = i - lineStart + 1;
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let doubled = false;
      for (;;) {
        if (j >= n) return error("a quoted field is not closed", { line: startLine, column: startColumn });
        const c = text.charCodeAt(j);
        if (c === QUOTE) {
          if (text.charCodeAt(j + 1) !== QUOTE) break;
          doubled = true;
          j += 2;
        } else if (c === CR || c === LF) {
          j += c === CR && text.charCodeAt(j + 1) === LF ? 2 : 1;
          line++;
          lineStart = j;
        } else j++;
      }
      value = doubled ? text.slice(i + 1, j).replaceAll('""', '"') : text.slice(i + 1, j);
      i = j + 1;
      const next = text.charCodeAt(i);
      if (i < n && next !== COMMA && next !== CR && next !== LF)
        return error("a quoted field must end at a comma or the end of the line", { line, column: i - lineStart + 1 });
    } else {
      let j = i;
      for (let c = text.charCodeAt(j); j < n && c !== COMMA && c !== CR && c !== LF; c = text.charCodeAt(++j))
        if (c === QUOTE) return error("a double quote inside a field that is not quoted (quote the whole field and double the quote)", { line, column: j - lineStart + 1 });
      value = text.slice(i, j);
      i = j;
    }
    const cell: CsvCell = { text: value, line: startLine, column: startColumn };
    cells.push(cell);
    if (bounds && cells.length > bounds.maxColumns) return error(`a row of more than ${bounds.maxColumns} cells (${bounds.hint.columns})`, cell, "limit");
    if (i < n && text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    if (i < n) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
    }
    if (cells.some((c) => c.text !== "")) {
      rows.push({ line: cells[0]!.line, cells });
      if (bounds && rows.length > bounds.maxRows) return error(`more than ${bounds.maxRows} rows (${bounds.hint.rows})`, cells[0]!, "limit");
      cells = [];
    } else cells.length = 0;
    if (i >= n) break;
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
