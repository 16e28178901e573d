import { codeFrame, visible } from "./code-frame.js";
import { countDiagnostics, plural } from "./summary.js";
import type { Formatter } from "./types.js";

/** An LF, or a lone CR (old Mac OS line endings, read as line breaks, see withLineFeeds): a CRLF line keeps its CR, which codeFrame drops. */
const LINE_BREAK = /\n|\r(?!\n)/;

const paint = (on: boolean, code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * The default terminal format: `file:line:col severity message rule`, a code frame under each
 * finding, then a summary line.
 */
export const stylish: Formatter = (results, options = {}) => {
  const color = options.color === true;
  const red = paint(color, "31");
  const yellow = paint(color, "33");
  const blue = paint(color, "34");
  const dim = paint(color, "2");
  const bold = paint(color, "1");
  const out: string[] = [];
  for (const result of results) {
    const lines = result.text?.split(LINE_BREAK) ?? [];
    for (const d of result.diagnostics) {
      const other = d.file !== undefined && d.file !== result.file ? result.texts?.[d.file] : undefined;
      const where = `${visible(d.file ?? result.file)}:${d.line ?? 1}:${d.column ?? 1}`;
      const severity = d.severity === "error" ? red("error") : d.severity === "warning" ? yellow("warning") : blue("info");
      out.push(`${bold(where)} ${severity} ${visible(d.message)}  ${dim(d.rule)}`);
      const frame = codeFrame(other === undefined ? (d.file === undefined || d.file === result.file ? lines : []) : other.split(LINE_BREAK), d);
      if (frame) out.push(dim(frame), "");
    }
  }
  const { errors, warnings, infos } = countDiagnostics(results);
  const files = plural(results.length, "file");
  if (errors + warnings + infos === 0) out.push(`${files} checked: no problems`);
  else {
    const parts = [plural(errors, "error"), plural(warnings, "warning"), ...(infos > 0 ? [plural(infos, "info")] : [])];
    out.push((errors > 0 ? red : yellow)(`${files} checked: ${parts.join(", ")}`));
  }
  return `${out.join("\n")}\n`;
};
