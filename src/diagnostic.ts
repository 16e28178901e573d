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
