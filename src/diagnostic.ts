/** How serious a finding is. `error` fails validation; `warning` and `info` do not. */
export type Severity = "error" | "warning" | "info";

/** A key in a JSON path: a property name or an array index. */
export type PathKey = string | number;

/**
 * A finding about a document: plain data, never an Error. `line`, `column`, `endLine` and
 * `endColumn` are 1-based; the end is exclusive. They are absent only for values that did not come
 * from text (see `validateLadder`).
 */
export interface Diagnostic {
  /** The id of the rule that found it, e.g. `unique-id`, `schema` or `yaml-syntax`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** The file it is about, as given to the loader. */
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly endLine?: number | undefined;
  readonly endColumn?: number | undefined;
  /** Where in the document, e.g. `["tracks", 1, "levels", 0, "band"]`. */
  readonly path: readonly PathKey[];
  /** A likely fix, e.g. the id that a misspelt reference probably meant. */
  readonly suggestion?: string | undefined;
}

/** A finding before a position is attached: what rules and checks produce. */
export type Finding = Pick<Diagnostic, "rule" | "severity" | "message" | "path" | "suggestion">;

/**
 * Orders diagnostics by file, line and column, then rule and message, so output is stable.
 *
 * @example
 * const all = [...ladderResult.diagnostics, ...profileResult.diagnostics].sort(compareDiagnostics);
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file ?? "").localeCompare(b.file ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

/** The same finding at the same place: a diagnostic without a line is told apart by its path too. */
function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.severity === b.severity &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn &&
    a.suggestion === b.suggestion &&
    (a.line !== undefined || formatPath(a.path) === formatPath(b.path))
  );
}

/**
 * @internal Sorts a document's diagnostics with `compareDiagnostics` and keeps one of each set of
 * identical ones (same file, rule, severity, message and span). A finding inside an anchored node
 * is found again at each alias of it, and would be shown once per alias at the same place. Sorts
 * in place; returns the list kept.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  diagnostics.sort(compareDiagnostics);
  const kept: Diagnostic[] = [];
  // Diagnostics that compare equal are next to each other once sorted: look back over that run only.
  let run = 0;
  for (const d of diagnostics) {
    if (run < kept.length && compareDiagnostics(kept[run]!, d) !== 0) run = kept.length;
    let duplicate = false;
    for (let i = run; i < kept.length && !duplicate; i++) duplicate = sameDiagnostic(kept[i]!, d);
    if (!duplicate) kept.push(d);
  }
  return kept;
}

/**
 * True when any diagnostic is an error.
 *
 * @example
 * if (hasErrors(diagnostics)) process.exitCode = 1;
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/**
 * Renders a path as `tracks[1].levels[0].band`; the empty path is the document root.
 *
 * @example
 * formatPath(["tracks", 1, "levels", 0, "band"]); // "tracks[1].levels[0].band"
 */
export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$-]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out || "(root)";
}

/** Builds a diagnostic in the canonical field order, so JSON output is stable. */
export function toDiagnostic(
  finding: Finding,
  file: string | undefined,
  span?: { line: number; column: number; endLine: number; endColumn: number },
): Diagnostic {
  const diagnostic: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
  } as Diagnostic;
  if (file !== undefined) diagnostic.file = file;
  if (span) {
    diagnostic.line = span.line;
    diagnostic.column = span.column;
    diagnostic.endLine = span.endLine;
    diagnostic.endColumn = span.endColumn;
  }
  diagnostic.path = finding.path;
  if (finding.suggestion !== undefined) diagnostic.suggestion = finding.suggestion;
  return diagnostic;
}
