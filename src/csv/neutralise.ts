/**
 * The first characters that make a spreadsheet run a cell as a formula (OWASP, "CSV Injection"):
 * `=`, `+`, `-`, `@`, tab and carriage return; and the apostrophe itself, so that a cell that
 * really starts with one survives the round trip.
 */
const TRIGGERS = /^[=+\-@\t\r']/;

/**
 * A cell made inert for spreadsheets: a cell that starts with a formula character gets a leading
 * apostrophe, which spreadsheets show as text and do not run.
 */
export function neutralise(cell: string): string {
  return TRIGGERS.test(cell) ? `'${cell}` : cell;
}

/** Undoes exactly `neutralise`: one apostrophe is dropped only where `neutralise` put it. */
export function restore(cell: string): string {
  return cell.startsWith("'") && TRIGGERS.test(cell.slice(1)) ? cell.slice(1) : cell;
}
