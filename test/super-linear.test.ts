// No work applied to input may grow faster than the input: every regular expression that sees
// ladder, profile or config text, and the loops that pair findings with positions or directives,
// run here on the slowest inputs we could build. A quadratic one takes minutes on these sizes; a
// linear one milliseconds, so the bounds are generous and still tell the two apart.
import { describe, expect, it } from "vitest";
import { applyDirectives, escapeHtml, escapeMarkdown, findDirectives, formatPath, parseConfig, parseLadder, parseProfile, type Diagnostic } from "../src/index.js";
import { codeFrame, visible } from "../src/report/diagnostics/code-frame.js";
import { escapeCommandData, escapeCommandProperty } from "../src/report/diagnostics/github.js";
import { escapeXml } from "../src/report/diagnostics/junit.js";
import { escapeCell } from "../src/report/diagnostics/markdown.js";
import { stylish } from "../src/report/diagnostics/stylish.js";
import { plain } from "../src/report/gap/text-table.js";

/** A megabyte of characters. */
const MEGA = 1024 * 1024;

/** Milliseconds one call takes. */
function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The input of each case, of about `MB` characters, built to make a backtracking or rescanning pattern slow. */
const PATHOLOGICAL: ReadonlyArray<readonly [string, (MB: number) => string, (text: string) => unknown]> = [
  ["visible on control characters", (MB) => "\u001b[".repeat(MB / 2), visible],
  ["escapeMarkdown on CR LF and ://", (MB) => "\r\n:/".repeat(MB / 4), escapeMarkdown],
  ["escapeHtml on markup", (MB) => "<&\"'>".repeat(MB / 5), escapeHtml],
  ["escapeCell on Markdown punctuation", (MB) => "|*_[]#`~\\".repeat(MB / 9), escapeCell],
  ["escapeXml on forbidden characters and lone surrogates", (MB) => "\u0001\ud800&\r".repeat(MB / 4), (t) => escapeXml(t, true)],
  ["plain on bidi overrides", (MB) => "\u202e\u2066\t".repeat(MB / 3), plain],
  ["GitHub command escaping", (MB) => "%\r\n:,".repeat(MB / 5), (t) => escapeCommandProperty(escapeCommandData(t))],
  ["formatPath on a long key that is not an identifier", (MB) => `${"a".repeat(MB)}!`, (t) => formatPath([t, 0, t])],
  ["a directive with a long list of dashes", (MB) => `# ladderkit-disable ${" --x".repeat(MB / 4)}\na: 1\n`, findDirectives],
  ["a directive with a long list of separators", (MB) => `# ladderkit-disable-next-line ${", \t".repeat(MB / 3)}\na: 1\n`, findDirectives],
  ["a duplicate key 1 MB long", (MB) => `${"k".repeat(MB)}: 1\n${"k".repeat(MB)}: 2\n`, (t) => parseLadder(t, { limits: { maxStringLength: 2 * MEGA } })],
  ["a blank name of 1 MB of spaces", (MB) => `apiVersion: ladderkit/v1\nkind: Ladder\nid: x\nname: "${" ".repeat(MB)}"\n`, (t) => parseLadder(t, { limits: { maxStringLength: 2 * MEGA } })],
  ["a date 1 MB long", (MB) => `apiVersion: ladderkit/v1\nkind: Profile\ndate: "${"2024-02-29".repeat(MB / 10)}"\n`, (t) => parseProfile(t, { limits: { maxStringLength: 2 * MEGA } })],
  ["an id of 1 MB of id characters", (MB) => `apiVersion: ladderkit/v1\nkind: Ladder\nid: ${"a-".repeat(MB / 2)}!\n`, (t) => parseLadder(t, { limits: { maxStringLength: 2 * MEGA } })],
  ["a config with a 1 MB rule name", (MB) => `apiVersion: ladderkit/v1\nkind: Config\nrules:\n  ${"unique-id".repeat(MB / 9)}: off\n`, (t) => parseConfig(t, "c.yaml")],
];

describe("no super-linear work on input", () => {
  it.each(PATHOLOGICAL)("%s: 1 MB takes about 4 times 256 KB", (_, build, run) => {
    const [small, large] = [build(MEGA / 4), build(MEGA)];
    expect(large.length).toBeGreaterThan(MEGA / 2);
    run(small);
    // Linear: about 4x; quadratic: 16x, and minutes already at 256 KB. The slack absorbs a loaded machine.
    const [smallTime, largeTime] = [time(() => run(small)), time(() => run(large))];
    expect(largeTime).toBeLessThan(8 * smallTime + 1000);
  });

  it("locates n unknown keys in time linear in n", () => {
    // Before, each finding looked its key up among every key of its mapping: 20,000 unknown keys
    // took 9 s, 100,000 would have taken minutes.
    const ladder = (n: number) => `apiVersion: ladderkit/v1\nkind: Ladder\n${Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n")}\n`;
    parseLadder(ladder(500));
    const small = time(() => expect(parseLadder(ladder(5_000)).diagnostics.length).toBeGreaterThan(5_000));
    const large = time(() => expect(parseLadder(ladder(20_000)).diagnostics.length).toBeGreaterThan(20_000));
    // Linear: about 4x; quadratic: 16x.
    expect(large).toBeLessThan(8 * small + 1000);
  });

  it("locates findings inside aliases in time linear in their number", () => {
    // Before, each finding under an alias looked its anchor up by walking the whole document: 400
    // step descriptors under 40 aliases (16,000 findings) took 20 s.
    const ladder = (entries: number) =>
      `apiVersion: ladderkit/v1\nkind: Ladder\nid: x\nname: x\nversion: "1"\nscale: [{ id: a, label: A, description: d }, { id: b, label: B, description: d }]\ncategories: [{ id: t, name: T }]\ncompetencies:\n  - id: c\n    name: C\n    category: t\n    description: d\n    steps: &s\n${Array.from({ length: entries }, (_, i) => `      s${i}: words`).join("\n")}\n${Array.from({ length: 40 }, (_, i) => `  - { id: c${i}, name: C, category: t, description: d, steps: *s }`).join("\n")}\ntracks: [{ id: t, name: T, kind: management, levels: [{ id: l, title: L, band: 1, summary: s }] }]\n`;
    parseLadder(ladder(10));
    const small = time(() => expect(parseLadder(ladder(100)).diagnostics.length).toBeGreaterThan(4_000));
    const large = time(() => expect(parseLadder(ladder(400)).diagnostics.length).toBeGreaterThan(16_000));
    expect(large).toBeLessThan(8 * small + 1000);
  });

  it("finds a duplicate key among n keys in time linear in n", () => {
    // Before, a file with a duplicate key, or any other error, was composed again with yaml's own
    // duplicate check, which compares each key with every earlier one: 88,000 keys took 275 s.
    const text = (n: number) => `${Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n")}\nk0: 2\n`;
    parseLadder(text(500));
    const small = time(() => expect(parseLadder(text(5_000)).diagnostics.map((d) => d.rule)).toEqual(["yaml-duplicate-key"]));
    const large = time(() => expect(parseLadder(text(20_000)).diagnostics.map((d) => [d.rule, d.line])).toEqual([["yaml-duplicate-key", 20_001]]));
    expect(large).toBeLessThan(8 * small + 1000);
  });

  it("frames many findings on one 5 MB line without escaping the line for each", () => {
    // Before, each code frame escaped the whole line and then kept 200 characters: 2,000 findings on
    // a 5 MB line escaped 10 GB.
    const line = "x".repeat(5 * MEGA);
    const diagnostics: Diagnostic[] = Array.from({ length: 2_000 }, (_, i) => ({
      rule: "schema",
      severity: "error",
      message: "m",
      line: 1,
      column: i + 1,
      endLine: 1,
      endColumn: i + 2,
      path: [],
    }));
    expect(codeFrame([line], diagnostics[0]!)).toContain("> 1 | xxx");
    expect(time(() => stylish([{ file: "f.yaml", kind: undefined, diagnostics, text: line }]))).toBeLessThan(1500);
  });

  it("pairs n findings with n directives in time linear in n", () => {
    // Before, every finding searched every directive: 10,000 of each took 5 s, 40,000 took 96 s.
    const run = (n: number) => {
      const text = Array.from({ length: n }, (_, i) => `# ladderkit-disable-next-line duplicate-title\nk${i}: 1`).join("\n");
      const directives = findDirectives(text);
      const diagnostics: Diagnostic[] = directives.map((x) => ({ rule: "duplicate-title", severity: "warning", message: "m", file: "f", line: x.line + 1, column: 1, endLine: x.line + 1, endColumn: 2, path: [] }));
      diagnostics.push({ rule: "unique-id", severity: "error", message: "m", file: "f", line: 2 * n, column: 1, endLine: 2 * n, endColumn: 2, path: [] });
      return time(() => expect(applyDirectives(diagnostics, directives, "f")).toHaveLength(1));
    };
    run(500);
    const small = run(10_000);
    const large = run(40_000);
    expect(large).toBeLessThan(8 * small + 1000);
  });
});
