// Every renderer shows hostile text as text. Markdown is rendered with a GitHub-flavoured renderer
// (marked): a hostile report must have exactly the structure of the same report with plain words.
// Terminal output carries no control character, escape sequence or bidirectional override from
// input. GitHub annotations, JSON, SARIF and JUnit stay well formed and say the text back intact.
// (HTML runs in Chromium: test/browser.test.ts.)
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { visible } from "../src/report/diagnostics/code-frame.js";
import { formatters } from "../src/report/diagnostics/index.js";
import { renderGapReport, renderTeamReport, type Diagnostic } from "../src/index.js";
import { renderTracksText } from "../src/report/tracks-text.js";
import { resolveLadder, validateLadder } from "../src/index.js";
import type { FileResult } from "../src/report/diagnostics/types.js";
import { runCli } from "./helpers/cli.js";
import { editedReport, hostileInputs, hostileReports, PAYLOADS } from "./helpers/hostile.js";

/** The tags of rendered HTML, in order, with their attributes: the structure, without the text. */
const structure = (markdown: string) => [...marked.parse(markdown, { gfm: true, async: false }).matchAll(/<[^>]*>/g)].map((m) => m[0]);

const hostile = hostileReports();
const benign = hostileReports(true);

describe("Markdown", () => {
  it.each([
    ["the gap report", renderGapReport(hostile.gap, "markdown"), renderGapReport(benign.gap, "markdown")],
    ["the gap report to a distant target", renderGapReport(hostile.toTop, "markdown"), renderGapReport(benign.toTop, "markdown")],
    ["the team report", renderTeamReport(hostile.team, "markdown"), renderTeamReport(benign.team, "markdown")],
  ])("%s has the structure of the same report in plain words: no link, cell, tag or code from input", (_, bad, good) => {
    expect(bad).toContain("onerror");
    expect(structure(bad)).toEqual(structure(good));
    expect(structure(bad).join("")).not.toMatch(/<(a|img|script|iframe|del|code|style|svg|link|meta|base|form)\b/);
  });

  it("escapes the validation summary's cells alike", () => {
    const results = (text: (i: number) => string): FileResult[] => [
      { file: text(0), kind: "Ladder", diagnostics: PAYLOADS.map((_, i) => ({ rule: "schema", severity: "error", message: text(i), line: 1, column: 1, path: [] })) },
    ];
    const bad = formatters.markdown(results((i) => PAYLOADS[i]!));
    expect(structure(bad)).toEqual(structure(formatters.markdown(results((i) => `text ${i}`))));
  });
});

/** Any control character (tab and line feed aside), C1 control or bidirectional control. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Our own colours, and only them, may put ESC into the output. */
const withoutColour = (text: string) => text.replace(/\u001b\[\d+m/g, "");

describe("a stored report edited by hand", () => {
  // Dates and due dates are plain in a report computed from validated input; one read back from
  // JSON can hold any string there, and renderGapReport takes it all the same.
  const text = (i: number) => `#${i} ${PAYLOADS.join(" ")}`;
  const plain = (i: number) => `text ${i}`;
  const edited = editedReport(benign.toTop, text);

  it("edits every kind of field the helper names (so the tests below see them)", () => {
    expect(edited.personalGoals.length).toBeGreaterThan(0);
    expect(edited.targets.flatMap((t) => t.goals.flatMap((g) => g.milestones)).length).toBeGreaterThan(0);
    expect(JSON.stringify(edited)).toContain("onerror");
  });

  it("Markdown has the structure of the same report in plain words", () => {
    const bad = renderGapReport(edited, "markdown");
    expect(bad).toContain("onerror");
    expect(structure(bad)).toEqual(structure(renderGapReport(editedReport(benign.toTop, plain), "markdown")));
  });

  it("HTML has exactly the tags and attributes of the same report in plain words", () => {
    const tags = (html: string) => [...html.matchAll(/<[^>]*>/g)].map((m) => m[0]);
    const html = renderGapReport(edited, "html");
    expect(html).toContain("&lt;img src=x onerror=");
    expect(tags(html)).toEqual(tags(renderGapReport(editedReport(benign.toTop, plain), "html")));
  });

  it("text shows escapes as text, never raw", () => {
    const output = renderGapReport(edited, "text");
    expect(output).toContain("\\u001b[2J");
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe("terminal", () => {
  it.each([
    ["gap text", (color: boolean) => renderGapReport(hostile.gap, "text", { color })],
    ["gap text to a distant target", (color: boolean) => renderGapReport(hostile.toTop, "text", { color })],
    ["team text", (color: boolean) => renderTeamReport(hostile.team, "text", { color })],
    ["tracks", () => renderTracksText(resolveLadder(hostileInputs().ladder as Parameters<typeof resolveLadder>[0]))],
  ])("%s shows escapes and overrides as text, never raw", (_, render) => {
    for (const color of [false, true]) {
      const output = withoutColour(render(color));
      expect(output).toContain("\\u001b[2J");
      expect(output).toContain("\\u202e");
      expect(output).not.toMatch(RAW);
    }
  });

  it("stylish shows a hostile message, file name and code frame as text", async () => {
    // A key of the payloads gives an unknown-property finding that quotes it, with a code frame.
    const text = `apiVersion: ladderkit/v1\nkind: Ladder\n${PAYLOADS.map((p, i) => `${JSON.stringify(`${p} ${i}`)}: 1`).join("\n")}\n`;
    for (const env of [{}, { FORCE_COLOR: "1" }] as Record<string, string>[]) {
      const run = await runCli(["validate", "-", "--stdin-filename", "a\u001b[2J\u202eb.yaml"], { stdin: text, env });
      expect(run.code).toBe(1);
      const output = withoutColour(run.stdout);
      expect(output).toContain("a\\u001b[2J\\u202eb.yaml:3:1 error unknown property");
      expect(output).toContain("\\u009b31m");
      expect(output).not.toMatch(RAW);
    }
  });

  it("usage errors quote arguments as text", async () => {
    for (const argv of [["\u001b[2Jx"], ["validate", "--format", "\u001b]0;title\u0007"], ["gap", "--profile", "ladders/profiles/senior-at-fork.yaml", "--target", "\u202ex"]]) {
      const run = await runCli(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(RAW);
    }
  });
});

/** Hostile results: every payload as a message, a file name and both at once. */
const results: FileResult[] = PAYLOADS.map((payload, i) => ({
  file: `dir/${payload} ${i}.yaml`,
  kind: "Ladder",
  diagnostics: [{ rule: "schema", severity: i % 3 === 0 ? "error" : i % 3 === 1 ? "warning" : "info", message: payload, line: i + 1, column: 2, endLine: i + 1, endColumn: 5, path: [payload, i] } satisfies Diagnostic],
}));

describe("CI formats", () => {
  it("github: one workflow command per finding; a message cannot start another, nor a property end early", () => {
    const output = formatters.github(results);
    const lines = output.split(/\r\n|\r|\n/);
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(results.length);
    const unescape = (text: string) => text.replace(/%(25|0D|0A|3A|2C)/g, (_, c: string) => ({ "25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": "," })[c]!);
    // The runner's log takes escape sequences as colour and links: the other control characters
    // are shown as escapes, CR and LF come back through the percent escapes.
    expect(output).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const shown = (text: string) => text.split(/([\r\n])/).map((part) => (part === "\r" || part === "\n" ? part : visible(part))).join("");
    lines.forEach((line, i) => {
      // As the runner reads a command: `::name props::message`, the first `::` after the properties ends them.
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/s.exec(line);
      expect(match, line).not.toBeNull();
      const props = Object.fromEntries(match![2]!.split(",").map((pair) => [pair.slice(0, pair.indexOf("=")), unescape(pair.slice(pair.indexOf("=") + 1))]));
      expect(props.file).toBe(shown(results[i]!.file));
      expect(props.title).toBe("schema");
      expect(unescape(match![3]!)).toBe(shown(PAYLOADS[i]!));
    });
  });

  it("json and sarif parse and say every message and file back intact", () => {
    const json = JSON.parse(formatters.json(results)) as { files: Array<{ file: string; diagnostics: Diagnostic[] }> };
    expect(json.files.map((f) => f.file)).toEqual(results.map((r) => r.file));
    expect(json.files.map((f) => f.diagnostics[0]!.message)).toEqual([...PAYLOADS]);
    const sarif = JSON.parse(formatters.sarif(results, { cwd: "/" })) as { runs: Array<{ results: Array<{ message: { text: string } }>; artifacts: Array<{ location: { uri: string } }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.message.text)).toEqual([...PAYLOADS]);
    // A lone surrogate, which no URI can hold, is U+FFFD there; it used to throw.
    const uris = results.map((r) => r.file.replace(/[\ud800-\udfff]/gu, "\ufffd"));
    expect(sarif.runs[0]!.artifacts.map((a) => decodeURIComponent(a.location.uri))).toEqual(uris);
  });

  it("junit is XML 1.0: no forbidden character, no stray markup", () => {
    const xml = formatters.junit(results);
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);
    // Strip the tags and entities the format writes: no `<`, `>` or `&` may be left in text.
    const text = xml.replace(/<\?xml[^>]*\?>|<\/?[a-z-]+(?:\s+[a-z]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*\s*\/?>/g, "").replace(/&(?:amp|lt|gt|quot|apos|#\d+);/g, "");
    expect(text).not.toMatch(/[<>&]/);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(results.length);
  });
});

it("the hostile inputs load and give findings-free reports (so the tests above see every string)", () => {
  const { ladder } = hostileInputs();
  expect(validateLadder(ladder).diagnostics).toEqual([]);
  expect(hostile.gap.targets.length).toBeGreaterThan(1);
  expect(hostile.toTop.targets[0]!.path.length).toBeGreaterThan(1);
  expect(hostile.gap.calibration.length).toBeGreaterThan(0);
});
