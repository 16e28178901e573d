import { noAutolink } from "../gap/escape.js";
import { visible } from "./code-frame.js";
import { reportPath } from "./report-path.js";
import { countDiagnostics, plural } from "./summary.js";
import type { Formatter } from "./types.js";

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Makes text safe as one Markdown table cell: line breaks become spaces (a row is one line),
 * `& < >` become entities (no HTML), `\ | * _ [ ] # ~` and backticks are backslash-escaped (no
 * cell break, emphasis, link or code span), `@` too and `://` is written `\://`, `www.` `www\.` (no
 * autolink), and other control characters are shown as `\u001b`-style escapes.
 *
 * @example
 * escapeCell("a | <b>"); // "a \\| &lt;b&gt;"
 */
export function escapeCell(text: string): string {
  const escaped = visible(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " "))
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(/[\\|*_[\]#`~@]/g, (c) => `\\${c}`);
  return noAutolink(escaped);
}

/**
 * A Markdown summary for a CI job page (e.g. `$GITHUB_STEP_SUMMARY`): a heading, a count line and
 * a table `| Severity | File | Line | Rule | Message |` with `line:column` in the Line column, or
 * "No problems found" for a clean run. Every cell is escaped. Never coloured.
 */
export const markdown: Formatter = (results, options = {}) => {
  const { errors, warnings, infos } = countDiagnostics(results);
  const files = plural(results.length, "file");
  const out = ["## ladderkit validate", ""];
  if (errors + warnings + infos === 0) return `${[...out, `**No problems found** in ${files}.`].join("\n")}\n`;
  const parts = [plural(errors, "error"), plural(warnings, "warning"), ...(infos > 0 ? [plural(infos, "info")] : [])];
  out.push(`**${parts.join(", ")}** in ${files} checked.`, "", "| Severity | File | Line | Rule | Message |", "| --- | --- | ---: | --- | --- |");
  for (const result of results)
    for (const d of result.diagnostics) {
      const where = d.line === undefined ? "" : `${d.line}:${d.column ?? 1}`;
      const cells = [d.severity, reportPath(d.file ?? result.file, options.cwd), where, d.rule, d.message];
      out.push(`| ${cells.map(escapeCell).join(" | ")} |`);
    }
  return `${out.join("\n")}\n`;
};
