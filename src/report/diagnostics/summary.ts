import type { FileResult } from "./types.js";

/** Counts of diagnostics by severity across results. */
export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Counts diagnostics by severity. */
export function countDiagnostics(results: readonly FileResult[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results)
    for (const d of result.diagnostics) {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
      else infos++;
    }
  return { errors, warnings, infos };
}

/** `1 error`, `2 warnings`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
