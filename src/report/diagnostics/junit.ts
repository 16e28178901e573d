import { formatPath, type Diagnostic } from "../../diagnostic.js";
import { reportPath } from "./report-path.js";
import type { Formatter } from "./types.js";

/** Characters XML 1.0 forbids: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Escapes text for XML content or a quoted attribute: `& < > " '` as entities, characters XML 1.0
 * forbids shown as `\u001b`-style text. CR (and in an attribute also tab and LF) becomes a
 * character reference, since a parser would otherwise normalise it away.
 */
export function escapeXml(text: string, attribute = false): string {
  return text
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(attribute ? /[\t\n\r]/g : /\r/g, (c) => `&#${c.charCodeAt(0)};`);
}

const attr = (text: string | number) => `"${escapeXml(String(text), true)}"`;

/** The body of a failure or note: everything about the finding, one fact a line. */
const details = (d: Diagnostic, file: string) =>
  [`${d.severity}: ${d.message}`, `at ${file}:${d.line ?? 1}:${d.column ?? 1}`, `rule: ${d.rule}`, `path: ${formatPath(d.path)}`].join("\n");

/**
 * JUnit XML, for CI test-report views: one `<testsuite>` per file, one `<testcase>` per finding
 * named `<rule> at <line>:<col>` (with ` (2)`, ` (3)` on repeats, so names are unique per file).
 * Errors and warnings are `<failure>`s; an `info` is a passing testcase whose `<system-out>` holds
 * it, so it is shown without failing the build. A file with no finding gets one passing testcase
 * named `valid`. Never coloured.
 */
export const junit: Formatter = (results, options = {}) => {
  const suites: string[] = [];
  const seen = new Set<string>();
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = reportPath(result.file, options.cwd);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const d of result.diagnostics) {
      const base = d.line === undefined ? d.rule : `${d.rule} at ${d.line}:${d.column ?? 1}`;
      let name = base;
      for (let n = 2; seen.has(`${file}\u0000${name}`); n++) name = `${base} (${n})`;
      seen.add(`${file}\u0000${name}`);
      const body = escapeXml(details(d, reportPath(d.file ?? result.file, options.cwd)));
      const inner =
        d.severity === "info"
          ? `<system-out>${body}</system-out>`
          : `<failure message=${attr(d.message)} type=${attr(d.rule)}>${body}</failure>`;
      if (d.severity !== "info") suiteFailures++;
      cases.push(`    <testcase name=${attr(name)} classname=${attr(file)}>\n      ${inner}\n    </testcase>`);
    }
    if (cases.length === 0) cases.push(`    <testcase name="valid" classname=${attr(file)}/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name=${attr(file)} tests="${cases.length}" failures="${suiteFailures}" errors="0">\n${cases.join("\n")}\n  </testsuite>`);
  }
  const open = `<testsuites name="ladderkit" tests="${tests}" failures="${failures}" errors="0">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${open}\n${suites.map((s) => `${s}\n`).join("")}</testsuites>\n`;
};
