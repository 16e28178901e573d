import { countDiagnostics } from "./summary.js";
import type { Formatter } from "./types.js";

/** The version of the JSON output's shape; raised on any incompatible change. */
export const DIAGNOSTICS_JSON_VERSION = 1;

/** Machine-readable output: every file with its diagnostics and counts, in a stable field order. */
export const json: Formatter = (results) => {
  const { errors, warnings, infos } = countDiagnostics(results);
  const output = {
    version: DIAGNOSTICS_JSON_VERSION,
    errorCount: errors,
    warningCount: warnings,
    infoCount: infos,
    files: results.map((r) => ({ file: r.file, kind: r.kind ?? null, diagnostics: r.diagnostics })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
