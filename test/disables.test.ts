// Inline directives: `# ladderkit-disable-next-line`, `# ladderkit-disable-line`, `# ladderkit-disable` and `# ladderkit-enable`
// silence rule findings, never YAML, schema or loader errors; unused and misspelt ones are reported.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyDirectives, findDirectives, parseLadder, type Diagnostic } from "../src/index.js";
import type { Directive } from "../src/validate/disables.js";
import { FIXTURES_DIR, readFixture } from "./helpers/fixtures.js";

describe("findDirectives", () => {
  const at = (kind: Directive["kind"], rules: string[], line: number, column: number, endColumn: number): Directive => ({
    kind,
    rules,
    line,
    column,
    endColumn,
  });

  it.each<readonly [string, string, Directive[]]>([
    ["next line, one rule", "# ladderkit-disable-next-line duplicate-title\na: 1\n", [at("disable-next-line", ["duplicate-title"], 1, 1, 46)]],
    ["after a value", "a: 1 # ladderkit-disable-next-line duplicate-title\n", [at("disable-next-line", ["duplicate-title"], 1, 6, 51)]],
    ["disable-line", "a: 1 # ladderkit-disable-line duplicate-title\n", [at("disable-line", ["duplicate-title"], 1, 6, 46)]],
    ["rules by comma or space", "# ladderkit-disable a,b  c , d\n", [at("disable", ["a", "b", "c", "d"], 1, 1, 31)]],
    ["a rule named twice, once", "# ladderkit-disable a, a\n", [at("disable", ["a"], 1, 1, 25)]],
    ["a reason after --", "# ladderkit-disable a -- the reorg will fix it\n", [at("disable", ["a"], 1, 1, 47)]],
    ["a bare reason", "# ladderkit-disable -- everything, for now\n", [at("disable", [], 1, 1, 43)]],
    ["the bare forms", "#ladderkit-disable-next-line\n  # ladderkit-disable\n# ladderkit-enable   \n", [
      at("disable-next-line", [], 1, 1, 29),
      at("disable", [], 2, 3, 22),
      at("enable", [], 3, 1, 19),
    ]],
    ["a comment in a list and in a flow sequence", "a:\n  - 1 # ladderkit-enable x\nb: [1, # ladderkit-enable y\n  2]\n", [
      at("enable", ["x"], 2, 7, 27),
      at("enable", ["y"], 3, 8, 28),
    ]],
    ["CRLF line ends", "a: 1\r\n# ladderkit-disable x\r\nb: 2\r\n", [at("disable", ["x"], 2, 1, 22)]],
    ["a byte-order mark, dropped as parseYaml does", "\ufeff# ladderkit-disable x\n", [at("disable", ["x"], 1, 1, 22)]],
    ["# inside double quotes", 'title: "C# lead # ladderkit-disable-next-line x"\n', []],
    ["# inside single quotes", "title: 'C# lead # ladderkit-disable x'\n", []],
    ["# inside a block scalar", "text: |\n  # ladderkit-disable x\nb: 1\n", []],
    ["# inside a plain scalar", "title: C#ladderkit-disable x\n", []],
    ["a longer word", "# ladderkit-disabled x\n# ladderkit-disable-next-lines x\n", []],
    ["the word later in a comment", "# see ladderkit-disable x\n", []],
    ["no directive at all", "a: 1 # a comment\n", []],
  ])("%s", (_, text, expected) => {
    expect(findDirectives(text)).toEqual(expected);
  });

  it("reads broken YAML without throwing", () => {
    expect(findDirectives("a: [1, 2\n# ladderkit-disable x\n: : :\n")).toEqual([at("disable", ["x"], 2, 1, 22)]);
  });
});

/** The diagnostics of a text as if it had no directive: the comments renamed, the lines kept. */
function raw(text: string, options: Parameters<typeof parseLadder>[1]): Diagnostic[] {
  return parseLadder(text.replaceAll("ladderkit-disable", "ladderkit_disable").replaceAll("ladderkit-enable", "ladderkit_enable"), options).diagnostics;
}

/** A fixture's diagnostics once its directives are applied, as `line:column rule`. */
function run(name: string): { shown: string[]; diagnostics: Diagnostic[] } {
  const file = `config/directives/${name}`;
  const text = readFixture(file);
  const applied = applyDirectives(raw(text, { filename: file }), findDirectives(text), file);
  applied.forEach((d) => expect(d.file).toBe(file));
  // parseLadder applies the directives itself: the library and the CLI say the same.
  expect(parseLadder(text, { filename: file }).diagnostics).toEqual(applied);
  return { shown: applied.map((d) => `${d.line}:${d.column} ${d.rule}`), diagnostics: applied };
}

const FIXTURES: ReadonlyArray<readonly [string, string, string[]]> = [
  ["base.yaml", "without directives, every finding is shown", ["21:9 unused-category", "55:16 duplicate-title", "79:16 duplicate-title"]],
  [
    "next-line.yaml",
    "next-line silences the next line only, and one that silences nothing is reported at its line",
    ["21:9 unused-category", "79:9 unused-disable", "81:16 duplicate-title"],
  ],
  ["block.yaml", "disable silences up to the matching enable", ["21:9 unused-category", "81:16 duplicate-title"]],
  ["several.yaml", "one directive silences several rules", []],
  ["bare.yaml", "bare directives silence every rule", ["56:16 duplicate-title"]],
  ["quoted.yaml", "a # inside a quoted or block scalar is no directive", ["21:9 unused-category", "56:16 duplicate-title", "82:16 duplicate-title"]],
  [
    "unknown.yaml",
    "an unknown rule silences nothing and is reported",
    ["21:3 unused-disable", "22:9 unused-category", "56:9 unused-disable", "57:16 duplicate-title", "81:16 duplicate-title"],
  ],
  ["loader-error.yaml", "a schema error is not silenced, and no directive is reported unused", ["58:15 schema"]],
];

describe("applyDirectives on ladders", () => {
  it.each(FIXTURES)("%s: %s", (name, _, expected) => {
    expect(run(name).shown).toEqual(expected);
  });

  it("says why a directive is unused, where it is", () => {
    const [report] = run("next-line.yaml").diagnostics.filter((d) => d.rule === "unused-disable");
    expect(report).toEqual({
      rule: "unused-disable",
      severity: "warning",
      message: "unused ladderkit-disable-next-line directive (no 'duplicate-title' problem to silence)",
      file: "config/directives/next-line.yaml",
      line: 79,
      column: 9,
      endLine: 79,
      endColumn: 54,
      path: [],
    });
  });

  it("names an unknown rule, with a suggestion when one is close", () => {
    const reports = run("unknown.yaml").diagnostics.filter((d) => d.rule === "unused-disable");
    expect(reports.map((d) => [d.message, d.suggestion])).toEqual([
      ["'schema' is not a ladderkit rule", undefined],
      ["'duplicate-titel' is not a ladderkit rule (did you mean 'duplicate-title'?)", "duplicate-title"],
    ]);
  });

  it("reports a comment that looks like a misspelt directive, and silences nothing with it", () => {
    const lines = readFixture("config/directives/base.yaml").split("\n");
    // Above the second 'Engineer' title (line 55 of the fixture) and after the third; then two
    // comments at the end, one of them no directive at all.
    lines.splice(54, 0, "        # ladderkit-disable-nextline duplicate-title");
    lines[79] += " # ladderkit-disable-line:duplicate-title";
    lines.push("# ladderkit-compatible: any ladderkit 0.x reads this file", "# ladderkit-disabled -- for now");
    const text = lines.join("\n");
    const duplicate = "duplicate-title title 'Engineer' is already used at tracks[0].levels[0] []";
    expect(parseLadder(text, { filename: "m.yaml" }).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message} [${d.suggestion ?? ""}]`)).toEqual([
      "21:9 unused-category category 'design' holds no competency []",
      "55:9 unused-disable 'ladderkit-disable-nextline' is not a ladderkit directive (did you mean 'ladderkit-disable-next-line'?) [ladderkit-disable-next-line]",
      `56:16 ${duplicate}`,
      `80:16 ${duplicate}`,
      "80:25 unused-disable 'ladderkit-disable-line' must be followed by a space before its rules [ladderkit-disable-line]",
      "100:1 unused-disable 'ladderkit-disabled' is not a ladderkit directive (did you mean 'ladderkit-disable'?) [ladderkit-disable]",
    ]);
    // None of them is a directive to the library's own pair.
    expect(findDirectives(text)).toEqual([]);
  });

  it("leaves a YAML error alone, even under a bare disable", () => {
    const text = "# ladderkit-disable\napiVersion: ladderkit/v1\nkind: [Ladder\n";
    const { diagnostics } = parseLadder(text, { filename: "x.yaml" });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(applyDirectives(diagnostics, findDirectives(text), "x.yaml")).toEqual(diagnostics);
  });

  it("reports a directive for a rule that a config turned off as unused", () => {
    const text = readFixture("config/directives/block.yaml");
    const diagnostics = raw(text, { filename: "b.yaml", rules: { "duplicate-title": "off" } });
    const shown = applyDirectives(diagnostics, findDirectives(text), "b.yaml").map((d) => `${d.line} ${d.rule}`);
    expect(shown).toEqual(["21 unused-category", "42 unused-disable"]);
  });

  it("has a case for every fixture", () => {
    expect(FIXTURES.map(([name]) => name).sort()).toEqual(readdirSync(join(FIXTURES_DIR, "config/directives")).sort());
  });
});

describe("applyDirectives on plain diagnostics", () => {
  const finding = (rule: string, line: number, file = "f.yaml"): Diagnostic => ({
    rule,
    severity: "warning",
    message: `${rule} here`,
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    path: [],
  });
  const apply = (text: string, diagnostics: Diagnostic[], options = {}) =>
    applyDirectives(diagnostics, findDirectives(text), "f.yaml", options).map((d) =>
      d.rule === "unused-disable" ? `${d.line} ${d.message}` : `${d.line} ${d.rule}`,
    );

  it.each<readonly [string, string, Diagnostic[], string[]]>([
    ["enable of one rule under a bare disable", "# ladderkit-disable\n# ladderkit-enable duplicate-title\n", [finding("duplicate-title", 3), finding("unused-category", 3)], ["3 duplicate-title"]],
    ["disable at the line of the finding", "a: 1 # ladderkit-disable duplicate-title\n", [finding("duplicate-title", 1)], []],
    ["enable at the line of the finding", "# ladderkit-disable duplicate-title\nb: 1 # ladderkit-enable duplicate-title\n", [finding("duplicate-title", 2)], [
      "1 unused ladderkit-disable directive (no 'duplicate-title' problem to silence)",
      "2 duplicate-title",
    ]],
    [
      "an enable that ends no disable",
      "# ladderkit-enable duplicate-title\n# ladderkit-enable\n",
      [],
      ["1 unused ladderkit-enable directive (no ladderkit-disable 'duplicate-title' to end)", "2 unused ladderkit-enable directive (no ladderkit-disable to end)"],
    ],
    [
      "an unused bare disable, and a used one",
      "# ladderkit-disable-next-line\n\n# ladderkit-disable-next-line\n",
      [finding("duplicate-title", 4)],
      ["1 unused ladderkit-disable-next-line directive (no problem to silence)"],
    ],
    [
      "each unused rule of a directive",
      "# ladderkit-disable-next-line duplicate-title, unused-category, track-parity\n",
      [finding("unused-category", 2)],
      [
        "1 unused ladderkit-disable-next-line directive (no 'duplicate-title' problem to silence)",
        "1 unused ladderkit-disable-next-line directive (no 'track-parity' problem to silence)",
      ],
    ],
    ["a finding of another file", "# ladderkit-disable-next-line duplicate-title\n", [finding("duplicate-title", 2, "other.yaml")], [
      "1 unused ladderkit-disable-next-line directive (no 'duplicate-title' problem to silence)",
      "2 duplicate-title",
    ]],
    ["a rule id outside the registry", "# ladderkit-disable-next-line schema\n", [finding("schema", 2)], ["1 'schema' is not a ladderkit rule", "2 schema"]],
    // As ESLint's eslint-disable-line: the line the comment ends, not the next one, and one time only.
    ["disable-line after the YAML of the line", "a: 1 # ladderkit-disable-line duplicate-title\nb: 2\n", [finding("duplicate-title", 1), finding("duplicate-title", 2)], ["2 duplicate-title"]],
    ["an unused disable-line", "# ladderkit-disable-line duplicate-title\na: 1\n", [finding("duplicate-title", 2)], [
      "1 unused ladderkit-disable-line directive (no 'duplicate-title' problem to silence)",
      "2 duplicate-title",
    ]],
    ["disable-line ends no block: a later enable is unused", "a: 1 # ladderkit-disable-line\n# ladderkit-enable\n", [finding("duplicate-title", 1)], [
      "2 unused ladderkit-enable directive (no ladderkit-disable to end)",
    ]],
  ])("%s", (_, text, diagnostics, expected) => {
    expect(apply(text, diagnostics)).toEqual(expected);
  });

  it("takes the rule ids it may silence, and the severity of its reports, as options", () => {
    const text = "# ladderkit-disable-next-line my-rule\n# ladderkit-disable-next-line duplicate-title\n";
    expect(apply(text, [finding("my-rule", 2)], { rules: ["my-rule"] })).toEqual(["2 'duplicate-title' is not a ladderkit rule"]);
    expect(apply(text, [finding("my-rule", 2)], { rules: ["my-rule"], severity: "off" })).toEqual([]);
    const [report] = applyDirectives([], findDirectives(text), "f.yaml", { severity: "error" });
    expect(report?.severity).toBe("error");
  });
});
