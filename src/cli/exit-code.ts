import type { Severity } from "../diagnostic.js";
import type { FileResult } from "../report/diagnostics/types.js";
import { UsageError } from "./io.js";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Parses `--fail-severity`: error (default), warning or info. */
export function parseFailSeverity(value: string): Severity {
  if (value === "warn") return "warning";
  if (value === "error" || value === "warning" || value === "info") return value;
  throw new UsageError(`--fail-severity must be one of: error, warning, info; got '${value}'`);
}

/** Parses `--max-warnings`: a whole number, or undefined for no limit. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number; got '${value}'`);
  return Number(value);
}

/**
 * The exit code of a validation run, as ESLint and Spectral decide it: 1 when a finding is at or
 * above the fail severity or there are more warnings than allowed, else 0. (2, for usage, I/O or
 * configuration errors, is decided before.)
 */
export function exitCodeOf(results: readonly FileResult[], failSeverity: Severity, maxWarnings: number | undefined): 0 | 1 {
  let warnings = 0;
  let failing = false;
  for (const result of results)
    for (const d of result.diagnostics) {
      if (d.severity === "warning") warnings++;
      if (RANK[d.severity] >= RANK[failSeverity]) failing = true;
    }
  return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
