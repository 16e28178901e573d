// `npm run docs`: writes docs/rules.md from the rules' own metadata and their fixtures, so the
// reference cannot drift from the code. test/docs.test.ts fails when the committed file is stale.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseLadder, parseProfile, rules, type Diagnostic, type Rule } from "../src/index.js";
import { loadRules } from "../src/validate/load-rules.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where the docs are written, relative to the repository root. */
export const RULE_DOCS_PATH = "docs/rules.md";

/** The ladder every profile rule's fixture is checked against. */
export const PROFILE_LADDER = "test/fixtures/rules/profile-ladder.yaml";

/** A file this short is shown whole; a longer one as windows around the reported lines. */
const WHOLE_FILE_LINES = 30;
/** Lines shown before and after each reported line. */
const BEFORE = 4;
const AFTER = 3;
/** Heads each window of a long fixture, so a diagnostic's line can be found in it. */
export const windowHeader = (start: number, end: number): string => `# lines ${start}–${end}`;

/** The failing example of a rule: its fixture path (from the repository root). */
export const exampleOf = (id: string): string => `test/fixtures/rules/${id}/invalid.yaml`;

const read = (path: string): string => readFileSync(`${ROOT}${path}`, "utf8");

/** The diagnostics of one rule on its failing example, run the way the rule tests run it. */
export function exampleDiagnostics(rule: Rule): Diagnostic[] {
  const path = exampleOf(rule.id);
  const text = read(path);
  let all: Diagnostic[];
  if (rule.target === "profile") {
    const { ladder, diagnostics } = parseLadder(read(PROFILE_LADDER), { filename: PROFILE_LADDER });
    if (!ladder) throw new Error(`${PROFILE_LADDER} does not load: ${JSON.stringify(diagnostics)}`);
    all = parseProfile(text, { filename: path, ladder }).diagnostics;
  } else all = parseLadder(text, { filename: path }).diagnostics;
  return all.filter((d) => d.rule === rule.id);
}

/** `line:col severity message`, as the docs print a diagnostic. */
export const formatDiagnostic = (d: Diagnostic): string => `${d.line ?? 0}:${d.column ?? 0} ${d.severity} ${d.message}`;

/** 1-based inclusive line ranges to show: the whole file when short, else windows around `lines`. */
export function excerptRanges(lineCount: number, lines: readonly number[]): Array<[number, number]> {
  if (lineCount <= WHOLE_FILE_LINES) return [[1, lineCount]];
  const ranges: Array<[number, number]> = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const start = Math.max(1, line - BEFORE);
    const end = Math.min(lineCount, line + AFTER);
    const last = ranges.at(-1);
    // Windows that would leave a gap of a line or two are joined: an elision that hides less reads worse.
    if (last && start <= last[1] + 3) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Inline code that survives backticks in the text (`top: true` appears in a message). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Prose with `_` and `*` escaped outside code spans, so `__proto__` is not read as bold. */
const prose = (text: string): string =>
  text.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[_*]/g, "\\$&"))).join("");

/** Text safe inside a table cell. */
const cell = (text: string): string => text.replace(/\|/g, "\\|");

function ruleSection(rule: Rule): string[] {
  const path = exampleOf(rule.id);
  const fixtureLines = read(path).replace(/\r?\n$/, "").split(/\r?\n/);
  const diagnostics = exampleDiagnostics(rule);
  const ranges = excerptRanges(fixtureLines.length, diagnostics.map((d) => d.line ?? 1));
  const whole = ranges.length === 1 && ranges[0]![0] === 1 && ranges[0]![1] === fixtureLines.length;
  const excerpt = ranges.flatMap(([start, end]) => [...(whole ? [] : [windowHeader(start, end)]), ...fixtureLines.slice(start - 1, end)]);
  const shown = ranges.map(([start, end]) => (start === end ? `${start}` : `${start}–${end}`)).join(", ");
  const others = readdirSync(`${ROOT}test/fixtures/rules/${rule.id}`)
    .filter((f) => /^invalid-[a-z0-9-]+\.yaml$/.test(f))
    .sort();
  const against = rule.target === "profile" ? `, checked against [${code(PROFILE_LADDER)}](../${PROFILE_LADDER})` : "";
  return [
    `### ${rule.id}`,
    "",
    prose(rule.meta.description),
    "",
    `- Target: ${rule.target}`,
    `- Default severity: ${rule.meta.severity}`,
    "",
    "| Message id | Message |",
    "| --- | --- |",
    ...Object.entries(rule.meta.messages).map(([id, template]) => `| ${code(id)} | ${cell(code(template))} |`),
    "",
    `Failing example: [${code(path)}](../${path}), lines ${shown}${against}. The lines marked \`# expect: ${rule.id}\` are where it reports.`,
    "",
    "```yaml",
    ...excerpt,
    "```",
    "",
    "Diagnostics (`line:col severity message`):",
    "",
    "```text",
    ...diagnostics.map(formatDiagnostic),
    "```",
    ...(others.length > 0 ? ["", `More failing cases: ${others.map((f) => `[${code(f)}](../test/fixtures/rules/${rule.id}/${f})`).join(", ")}.`] : []),
    "",
  ];
}

/** The whole of docs/rules.md: deterministic, so a stale copy shows up as a diff. */
export function renderRuleDocs(): string {
  const registered = Object.values(rules) as Rule[];
  const index = [
    ...registered.map((r) => `| [${r.id}](#${r.id}) | ${r.target} | ${r.meta.severity} | ${cell(prose(r.meta.description))} |`),
    ...loadRules.map((r) => `| [${r.id}](#${r.id}) | loader | ${r.severity} | ${cell(prose(r.description))} |`),
  ];
  const group = (target: Rule["target"]): string[] => registered.filter((r) => r.target === target).flatMap(ruleSection);
  const lines = [
    "# ladderkit rules",
    "",
    "<!-- Generated by `npm run docs` (scripts/gen-rule-docs.ts) from each rule's meta and fixtures. Do not edit. -->",
    "",
    "Every diagnostic carries the id of the check that found it. Rules run on a document that reads and",
    "fits the schema; their severity can be changed or turned off. Loader checks run first and cannot be configured.",
    "",
    "## Index",
    "",
    "| Id | Target | Default severity | Description |",
    "| --- | --- | --- | --- |",
    ...index,
    "",
    "## Ladder rules",
    "",
    ...group("ladder"),
    "## Profile rules",
    "",
    "A profile is checked against the ladder it names.",
    "",
    ...group("profile"),
    "## Loader checks",
    "",
    "What reading a file checks before any rule runs. These cannot be configured.",
    "",
    ...loadRules.flatMap((r) => [`### ${r.id}`, "", prose(r.description), "", `- Target: loader`, `- Severity: ${r.severity}`, ""]),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(`${ROOT}docs`, { recursive: true });
  writeFileSync(`${ROOT}${RULE_DOCS_PATH}`, renderRuleDocs());
  console.log(`wrote ${RULE_DOCS_PATH}`);
}
