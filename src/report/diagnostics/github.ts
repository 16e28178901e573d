import type { Severity } from "../../diagnostic.js";
import { visible } from "./code-frame.js";
import { reportPath } from "./report-path.js";
import type { Formatter } from "./types.js";

const COMMANDS: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "notice" };

const PERCENT: Readonly<Record<string, string>> = { "%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C" };

/**
 * Escapes a workflow command's message as `@actions/core` does (`%`, CR and LF), then shows the
 * other control characters as `\u001b`-style escapes, as the other formats do: the runner's log
 * would otherwise take an escape sequence from a ladder in a pull request as colour or cursor moves.
 */
export function escapeCommandData(text: string): string {
  return visible(text.replace(/[%\r\n]/g, (c) => PERCENT[c]!));
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`, which end a property. */
export function escapeCommandProperty(text: string): string {
  return visible(text.replace(/[%\r\n:,]/g, (c) => PERCENT[c]!));
}

/**
 * GitHub Actions workflow commands, one line per diagnostic, which the runner shows as
 * annotations on the pull request:
 *
 * ```
 * ::error file=ladders/a.yaml,line=14,col=15,endLine=14,endColumn=19,title=unresolved-reference::category 'tehc' does not exist
 * ```
 *
 * `info` becomes `::notice`. `col` and `endColumn` are left out when a span covers several lines,
 * since the runner drops an annotation that has them then. Nothing else is printed, no summary
 * either: each `::notice` would be one more annotation on every run, and the exit code already
 * says whether validation passed. Never coloured.
 */
export const github: Formatter = (results, options = {}) => {
  let out = "";
  for (const result of results)
    for (const d of result.diagnostics) {
      const properties: [string, string | number][] = [["file", reportPath(d.file ?? result.file, options.cwd)]];
      if (d.line !== undefined) {
        const oneLine = d.endLine === undefined || d.endLine === d.line;
        properties.push(["line", d.line]);
        if (oneLine && d.column !== undefined) properties.push(["col", d.column]);
        if (d.endLine !== undefined) properties.push(["endLine", d.endLine]);
        if (oneLine && d.column !== undefined && d.endColumn !== undefined) properties.push(["endColumn", Math.max(d.column, d.endColumn)]);
      }
      properties.push(["title", d.rule]);
      const list = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
      out += `::${COMMANDS[d.severity]} ${list}::${escapeCommandData(d.message)}\n`;
    }
  return out;
};
