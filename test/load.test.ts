// Rule 6 of the domain: bad input never crashes anything. Each fixture under test/fixtures/bad/ gets
// a located diagnostic (rule, file, line, column) from parseLadder and from loadLadder alike.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkText,
  DEFAULT_LIMITS,
  diffLadders,
  findDirectives,
  importCsv,
  migrateProfileText,
  parseConfig,
  loadLadder,
  loadProfile,
  parseLadder,
  parseProfile,
  renderLadder,
  analyzeGap,
  validateLadder,
  validateProfile,
  type Diagnostic,
} from "../src/index.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const bad = (name: string) => join(FIXTURES, "bad", name);
const readBad = (name: string) => readFileSync(bad(name), "utf8");
const MINIMAL = readFileSync(join(FIXTURES, "valid", "minimal.yaml"), "utf8");

/** What a test expects of one diagnostic; `message` is a fragment of it. */
interface Expected {
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  readonly message?: string;
  readonly suggestion?: string;
}

/** Checks the diagnostics, in order and all of them, against what is expected, and that each is well formed. */
function expectDiagnostics(diagnostics: readonly Diagnostic[], file: string, expected: readonly Expected[]): void {
  const seen = diagnostics.map((d) => ({ rule: d.rule, line: d.line, column: d.column }));
  expect(seen).toEqual(expected.map(({ rule, line, column }) => ({ rule, line, column })));
  diagnostics.forEach((d, i) => {
    const want = expected[i]!;
    expect(d.file).toBe(file);
    expect(d.severity).toBe("error");
    expect(d.endLine! > d.line! || (d.endLine === d.line && d.endColumn! >= d.column!)).toBe(true);
    expect(d.message).not.toMatch(/^\s*$|\n|at line \d+|undefined/);
    if (want.message !== undefined) expect(d.message).toContain(want.message);
    expect(d.suggestion).toBe(want.suggestion);
  });
}

/** Fixtures that are UTF-8 text: parseLadder on their text and loadLadder on their path say the same. */
const TEXT_CASES: ReadonlyArray<readonly [string, readonly Expected[]]> = [
  ["yaml-syntax.yaml", [{ rule: "yaml-syntax", line: 8, column: 1, message: "end with a ]" }]],
  ["duplicate-key.yaml", [{ rule: "yaml-duplicate-key", line: 7, column: 1, message: "duplicate key 'id'" }]],
  ["alias-bomb.yaml", [{ rule: "yaml-alias", line: 2, column: 8, message: "alias bomb" }]],
  ["too-many-aliases.yaml", [{ rule: "yaml-alias", line: 16, column: 6, message: "more than 100 aliases" }]],
  // Within maxAliases, but the value written out would be 13 MB: every check after would walk it.
  ["alias-amplification.yaml", [{ rule: "yaml-alias", line: 2231, column: 63, message: "aliases expand the document to about 12892990 characters, over the limit of 10485760 (raise it with the maxBytes limit" }]],
  ["tag-js-function.yaml", [{ rule: "yaml-tag", line: 4, column: 5, message: "!!js/function" }]],
  ["tag-include.yaml", [{ rule: "yaml-tag", line: 3, column: 15, message: "!include" }]],
  // Tags the yaml library knows (YAML 1.1 types) are reported at the value they tag.
  ["tag-binary.yaml", [{ rule: "yaml-tag", line: 4, column: 16, message: "!!binary" }]],
  ["tag-set.yaml", [{ rule: "yaml-tag", line: 4, column: 19, message: "!!set" }]],
  ["root-list.yaml", [{ rule: "yaml-root", line: 2, column: 1, message: "must be a mapping" }]],
  ["root-scalar.yaml", [{ rule: "yaml-root", line: 2, column: 1, message: "must be a mapping" }]],
  ["multiple-documents.yaml", [{ rule: "yaml-multiple-documents", line: 4, column: 1, message: "2 YAML documents" }]],
  ["empty.yaml", [{ rule: "yaml-empty", line: 1, column: 1, message: "empty" }]],
  ["comments-only.yaml", [{ rule: "yaml-empty", line: 1, column: 1, message: "empty" }]],
  ["deep-flow.yaml", [{ rule: "yaml-depth", line: 1, column: 65, message: "deeper than 64 levels" }]],
  ["deep-block.yaml", [{ rule: "yaml-depth", line: 66, column: 129, message: "deeper than 64 levels" }]],
  ["proto-key.yaml", [{ rule: "unsafe-key", line: 4, column: 1, message: "'__proto__'" }]],
  ["constructor-key.yaml", [{ rule: "unsafe-key", line: 6, column: 5, message: "'constructor'" }]],
  ["prototype-key.yaml", [{ rule: "unsafe-key", line: 5, column: 35, message: "'prototype'" }]],
  // Schema errors: a wrong type points at the value, an unknown key at the key, a missing property
  // at the mapping that lacks it.
  [
    "wrong-types.yaml",
    [
      { rule: "schema", line: 7, column: 10, message: "'version' must be a string, found the integer 1" },
      { rule: "schema", line: 54, column: 15, message: `'band' must be a number, found the string "2"` },
      { rule: "schema", line: 63, column: 13, message: `'levels' must be a list, found the string "manager"` },
      { rule: "schema", line: 86, column: 14, message: `'top' must be a boolean, found the string "yes"` },
    ],
  ],
  [
    "unknown-keys.yaml",
    [
      { rule: "schema", line: 7, column: 1, message: "unknown property 'descripton' (did you mean 'description'?)", suggestion: "description" },
      { rule: "schema", line: 47, column: 9, message: "missing required property 'summary'" },
      { rule: "schema", line: 50, column: 9, message: "unknown property 'sumary' (did you mean 'summary'?)", suggestion: "summary" },
      { rule: "schema", line: 62, column: 5, message: "unknown property 'branchFrom' (did you mean 'branchesFrom'?)", suggestion: "branchesFrom" },
      // Inside a record of unions (expectations): a mapping that is the value of a key is shown by its key.
      { rule: "schema", line: 82, column: 11, message: "missing required property 'step'" },
      { rule: "schema", line: 83, column: 13, message: "unknown property 'stepp' (did you mean 'step'?)", suggestion: "step" },
    ],
  ],
  [
    "missing-property.yaml",
    [
      // `kind` is a literal and a track's `kind` an enum: missing, they fail on value, not on type.
      { rule: "schema", line: 3, column: 1, message: "missing required property 'kind'" },
      { rule: "schema", line: 3, column: 1, message: "missing required property 'version'" },
      { rule: "schema", line: 19, column: 5, message: "missing required property 'name'" },
      { rule: "schema", line: 81, column: 5, message: "missing required property 'kind'" },
    ],
  ],
  [
    "enum-misspelt.yaml",
    [
      {
        rule: "schema",
        line: 60,
        column: 11,
        message: `'kind' must be one of 'individual-contributor', 'management', 'technical-leadership', 'executive', found the string "managment" (did you mean 'management'?)`,
        suggestion: "management",
      },
    ],
  ],
  ["kind-profile.yaml", [{ rule: "schema", line: 4, column: 7, message: `'kind' must be 'Ladder', found the string "Profile"` }]],
  // Limits: one finding at the first item past the limit, before the shape is checked.
  ["too-many-nodes.yaml", [{ rule: "limit", line: 2, column: 199996, message: "more than 100000 YAML nodes, counted as line breaks and the commas and brackets of flow collections (raise it with the maxNodes limit" }]],
  ["long-string.yaml", [{ rule: "limit", line: 4, column: 14, message: "a string of 65537 characters, over the limit of 65536 (raise it with the maxStringLength limit" }]],
  ["too-many-levels.yaml", [{ rule: "limit", line: 6, column: 1514, message: "more than 500 levels (raise it with the maxLevels limit" }]],
  ["too-many-competencies.yaml", [{ rule: "limit", line: 4, column: 4016, message: "more than 2000 competencies (raise it with the maxCompetencies limit" }]],
  ["too-many-tracks.yaml", [{ rule: "limit", line: 4, column: 410, message: "more than 100 tracks (raise it with the maxTracks limit" }]],
  ["too-many-scale-steps.yaml", [{ rule: "limit", line: 105, column: 5, message: "more than 100 scale steps (raise it with the maxScaleSteps limit" }]],
  // YAML that means something else elsewhere: read as YAML 1.2 core, whatever a directive says.
  ["yaml11-merge.yaml", [{ rule: "schema", line: 56, column: 9, message: "merge keys (<<) are not supported: write the keys out" }]],
  // One finding at the `<<`, not also the properties its mapping lacks because the merge was to supply them.
  ["merge-key.yaml", [{ rule: "schema", line: 34, column: 5, message: "merge keys (<<) are not supported: write the keys out" }]],
  ["yaml11-booleans.yaml", [{ rule: "schema", line: 95, column: 14, message: `'top' must be a boolean, found the string "yes"` }]],
  ["tag-directive.yaml", [{ rule: "yaml-tag", line: 57, column: 15, message: "tag !e!int is not allowed" }]],
  ["complex-key.yaml", [{ rule: "yaml-syntax", line: 3, column: 3, message: "a mapping key must be text: a list, a mapping or a tagged value cannot be a key" }]],
  ["tab-indent.yaml", [{ rule: "yaml-syntax", line: 4, column: 1, message: "Tabs are not allowed as indentation" }]],
  // One tab deep in a ladder: one error, not the 14 more that yaml gives for the lines read wrong after it.
  ["tab-indent-nested.yaml", [{ rule: "yaml-syntax", line: 52, column: 1, message: "Tabs are not allowed as indentation" }]],
  // At the quote that opens the string, not at the end of the file that yaml reports (line 96 of 95).
  ["unclosed-quote.yaml", [{ rule: "yaml-syntax", line: 8, column: 10, message: `Missing closing "quote: the string that opens here is never closed` }]],
  ["duplicate-quoted-key.yaml", [{ rule: "yaml-duplicate-key", line: 7, column: 1, message: `duplicate key '"id"'` }]],
  // Keys that would drive a terminal or hide in reversed text are quoted as they are (renderers escape them).
  ["bidi-key.yaml", [{ rule: "schema", line: 8, column: 1, message: "unknown property '\u202enoitpircsed'" }]],
  ["ansi-escape-key.yaml", [{ rule: "schema", line: 8, column: 1, message: "unknown property '\u001b[2J\u001b[31mdescription'" }]],
  ["lone-surrogate.yaml", [{ rule: "schema", line: 8, column: 1, message: "unknown property '\ud800'" }]],
  ["huge-number.yaml", [{ rule: "schema", line: 55, column: 15, message: "'band' must be a number, found the number Infinity" }]],
  // An alias of the node that holds it: a cycle in the value, which no check may follow forever.
  ["recursive-alias.yaml", [{ rule: "schema", line: 28, column: 5, message: "'description' must be a string, found a list" }]],
  ["crlf-wrong-types.yaml", [
    { rule: "schema", line: 7, column: 10 },
    { rule: "schema", line: 54, column: 15 },
    { rule: "schema", line: 63, column: 13 },
    { rule: "schema", line: 86, column: 14 },
  ]],
];

/** Fixtures that are not UTF-8: only loadLadder sees their bytes. */
const BYTE_CASES: ReadonlyArray<readonly [string, Expected]> = [
  ["invalid-utf8.yaml", { rule: "file-encoding", line: 4, column: 10, message: "invalid UTF-8 byte 0xe9" }],
  ["utf16le.yaml", { rule: "file-encoding", line: 1, column: 1, message: "UTF-16" }],
  ["utf16be.yaml", { rule: "file-encoding", line: 1, column: 1, message: "UTF-16" }],
  ["utf16le-no-bom.yaml", { rule: "file-encoding", line: 1, column: 2, message: "NUL bytes" }],
  ["utf32le.yaml", { rule: "file-encoding", line: 1, column: 1, message: "UTF-32" }],
  ["nul-byte.yaml", { rule: "file-encoding", line: 3, column: 13, message: "NUL bytes" }],
  ["overlong-utf8.yaml", { rule: "file-encoding", line: 3, column: 7, message: "invalid UTF-8 byte 0xc0" }],
  // The line and column a byte order mark and CRLF line endings must not shift.
  ["bom-crlf-syntax.yaml", { rule: "yaml-syntax", line: 4, column: 1, message: "Flow sequence in block collection" }],
];

/** Profiles: parseProfile and loadProfile say the same. */
const PROFILE_CASES: ReadonlyArray<readonly [string, readonly Expected[]]> = [
  [
    "profile-wrong-types.yaml",
    [
      { rule: "schema", line: 8, column: 7, message: `'date' must be a date written YYYY-MM-DD, found the string "2025-02-29"` },
      { rule: "schema", line: 10, column: 12, message: "unknown property 'agred' (did you mean 'agreed'?)", suggestion: "agreed" },
      { rule: "schema", line: 11, column: 3, message: "'coaching' must be a step id or a mapping, found a list" },
    ],
  ],
  ["too-many-ratings.yaml", [{ rule: "limit", line: 2005, column: 10, message: "more than 2000 ratings (raise it with the maxRatings limit" }]],
];

/** Files that must load: a byte order mark is not an error. */
const GOOD_CASES = ["bom.yaml"];

/** Nothing in these tests may have reached Object.prototype. */
function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
}

describe("bad ladder files", () => {
  it.each(TEXT_CASES)("parseLadder %s", (name, expected) => {
    const { ladder, diagnostics } = parseLadder(readBad(name), { filename: `bad/${name}` });
    expect(ladder).toBeUndefined();
    expectDiagnostics(diagnostics, `bad/${name}`, expected);
    expectNoPollution();
  });

  it.each(TEXT_CASES)("loadLadder %s", async (name, expected) => {
    const { ladder, diagnostics } = await loadLadder(bad(name));
    expect(ladder).toBeUndefined();
    expectDiagnostics(diagnostics, bad(name), expected);
  });

  const multiline = TEXT_CASES.filter(([name]) => readBad(name).includes("\n"));
  it.each(multiline)("%s with CRLF line endings gives the same diagnostics as with LF", (name) => {
    const lf = readBad(name).replace(/\r\n/g, "\n");
    const crlf = lf.replace(/\n/g, "\r\n");
    expect(crlf).not.toBe(lf);
    const options = { filename: name };
    expect(parseLadder(crlf, options).diagnostics).toEqual(parseLadder(lf, options).diagnostics);
  });

  // Old Mac OS line endings: YAML reads a lone CR as a line break, and so does the loader now
  // (before, the whole file was one line, and one comment at its top made it "file is empty").
  it.each(multiline)("%s with CR line endings gives the same diagnostics as with LF", (name) => {
    const lf = readBad(name).replace(/\r\n/g, "\n");
    const options = { filename: name };
    expect(parseLadder(lf.replace(/\n/g, "\r"), options).diagnostics).toEqual(parseLadder(lf, options).diagnostics);
  });

  it("reads a ladder with CR line endings, and its directives", () => {
    const cr = MINIMAL.replace(/\n/g, "\r");
    const parsed = parseLadder(cr, { filename: "cr.yaml" });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.ladder).toEqual(parseLadder(MINIMAL).ladder);
    expect(findDirectives("a: 1\r# ladderkit-disable-next-line duplicate-title\rb: 2\r")).toMatchObject([{ line: 2, column: 1 }]);
  });

  it("keeps the committed CRLF fixture's line endings", () => {
    expect(readBad("crlf-wrong-types.yaml")).toContain("\r\n");
  });

  it.each(BYTE_CASES)("loadLadder %s", async (name, expected) => {
    const { ladder, diagnostics } = await loadLadder(bad(name));
    expect(ladder).toBeUndefined();
    expectDiagnostics(diagnostics, bad(name), [expected]);
  });

  it.each(PROFILE_CASES)("parseProfile and loadProfile %s", async (name, expected) => {
    expectDiagnostics(parseProfile(readBad(name), { filename: name }).diagnostics, name, expected);
    expectDiagnostics((await loadProfile(bad(name))).diagnostics, bad(name), expected);
  });

  it("has an expectation for every file in the folder, and at least 40 files", () => {
    const expected = [...TEXT_CASES, ...BYTE_CASES, ...PROFILE_CASES].map(([name]) => name).concat(GOOD_CASES).sort();
    const files = readdirSync(join(FIXTURES, "bad")).filter((name) => !name.startsWith(".")).sort();
    expect(files).toEqual(expected);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it("reads a UTF-8 file with a byte order mark", async () => {
    expect(readFileSync(bad("bom.yaml")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const loaded = await loadLadder(bad("bom.yaml"));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.ladder?.id).toBe("minimal");
    const parsed = parseLadder(`\uFEFF${MINIMAL}`, { filename: "bom.yaml" });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.ladder?.id).toBe("minimal");
  });
});

describe("a tab used as indentation", () => {
  const tabbed = (text: string, line: number) => {
    const lines = text.split("\n");
    lines[line - 1] = `\t${lines[line - 1]!.trimStart()}`;
    return lines.join("\n");
  };

  it("drops the follow-on syntax errors up to the next top-level key, and keeps a syntax error past it", () => {
    // A tab in `scale` (line 12); an unclosed flow sequence in `tracks`, past `categories:`.
    const text = tabbed(MINIMAL, 12).replace("        band: 1\n", "        band: [1\n");
    const { diagnostics } = parseLadder(text, { filename: "x.yaml" });
    expect(diagnostics.length).toBeGreaterThan(1);
    expect(diagnostics[0]).toMatchObject({ rule: "yaml-syntax", line: 12, column: 1, message: "Tabs are not allowed as indentation" });
    expect(diagnostics.slice(1).every((d) => d.line! >= 50)).toBe(true);
    expect(diagnostics[1]).toMatchObject({ rule: "yaml-syntax", line: 50, column: 9, message: expect.stringContaining("end with a ]") });
  });

  it("keeps a duplicate key after the tab, and a tab in another block", () => {
    const text = tabbed(tabbed(MINIMAL, 12), 52).replace("        title: Engineering Manager\n", "        title: Engineering Manager\n        title: Manager\n");
    const { diagnostics } = parseLadder(text, { filename: "x.yaml" });
    expectDiagnostics(diagnostics, "x.yaml", [
      { rule: "yaml-syntax", line: 12, column: 1, message: "Tabs are not allowed as indentation" },
      { rule: "yaml-syntax", line: 52, column: 1, message: "Tabs are not allowed as indentation" },
      { rule: "yaml-duplicate-key", line: 67, column: 9, message: "duplicate key 'title'" },
    ]);
  });
});

describe("a merge key", () => {
  const MERGE = "merge keys (<<) are not supported: write the keys out";

  it("in a record (expectations) is reported as a merge key, once", () => {
    const text = MINIMAL.replace("        expectations:\n          coding: basic\n", "        expectations:\n          <<: {coding: basic}\n");
    expectDiagnostics(parseLadder(text, { filename: "x.yaml" }).diagnostics, "x.yaml", [{ rule: "schema", line: 52, column: 11, message: MERGE }]);
  });

  it("hides only what its own mapping lacks: other findings are kept", () => {
    const text = readBad("merge-key.yaml").replace("        band: 1\n", "        band: x\n").replace("  - id: people\n    name: People\n", "  - id: people\n");
    expectDiagnostics(parseLadder(text, { filename: "x.yaml" }).diagnostics, "x.yaml", [
      { rule: "schema", line: 22, column: 5, message: "missing required property 'name'" },
      { rule: "schema", line: 33, column: 5, message: MERGE },
      { rule: "schema", line: 48, column: 15, message: "'band' must be a number" },
    ]);
  });
});

describe("an unclosed quote", () => {
  const line50 = "        summary: Builds features with guidance.";
  const unclosed = (quote: string) => MINIMAL.replace(line50, line50.replace("summary: ", `summary: ${quote}`));

  it.each([`"`, "'"])("%s is reported at the quote that opens it, underlined to the end of its line", (quote) => {
    expect(MINIMAL.split("\n")[49]).toBe(line50);
    const { diagnostics } = parseLadder(unclosed(quote), { filename: "x.yaml" });
    expectDiagnostics(diagnostics, "x.yaml", [{ rule: "yaml-syntax", line: 50, column: 18, message: `Missing closing ${quote}quote` }]);
    expect(diagnostics[0]).toMatchObject({ endLine: 50, endColumn: 49 });
  });

  it("is at the same place with CRLF line endings", () => {
    const lf = parseLadder(unclosed(`"`), { filename: "x.yaml" }).diagnostics;
    expect(parseLadder(unclosed(`"`).replace(/\n/g, "\r\n"), { filename: "x.yaml" }).diagnostics).toEqual(lf);
  });
});

/** True when a diagnostic's start and end are both on a line of the text, at most just past its last character. */
function insideText(text: string, d: Diagnostic): boolean {
  // A lone CR (old Mac OS line endings) is a line break too, as YAML and the loader read it.
  const lines = text.replace(/^\uFEFF/, "").split(/\n|\r(?!\n)/);
  if (/[\n\r]$/.test(text)) lines.pop();
  if (lines.length === 0) lines.push("");
  const inside = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  return inside(d.line!, d.column!) && inside(d.endLine!, d.endColumn!);
}

describe("no diagnostic points past the end of the text", () => {
  it("for the minimal ladder cut anywhere in its first 400 characters, with and without a final line break", () => {
    // Cuts inside `version: "1.0"` leave a quote open; yaml reports it (and an unclosed bracket) at the end of the text.
    for (let cut = 0; cut <= 400; cut++)
      for (const text of [MINIMAL.slice(0, cut), `${MINIMAL.slice(0, cut)}\n`]) {
        const { diagnostics } = parseLadder(text, { filename: "m.yaml" });
        const outside = diagnostics.filter((d) => !insideText(text, d));
        expect(outside, JSON.stringify(text.slice(-20))).toEqual([]);
      }
  });
});

describe("text that is not a string", () => {
  const bytes = readFileSync(join(FIXTURES, "valid", "minimal.yaml"));
  const ladder = parseLadder(MINIMAL).ladder!;
  const utf8 = `read the file with 'utf8' (readFileSync(path, "utf8"))`;

  it.each([
    ["parseLadder", (text: unknown) => parseLadder(text as string)],
    ["parseProfile", (text: unknown) => parseProfile(text as string)],
    ["parseConfig", (text: unknown) => parseConfig(text as string, "c.yaml")],
    ["findDirectives", (text: unknown) => findDirectives(text as string)],
    ["importCsv", (text: unknown) => importCsv(text as string, ladder)],
    ["migrateProfileText", (text: unknown) => migrateProfileText(text as string, diffLadders(ladder, ladder))],
  ] as const)("%s: a file's bytes are a TypeError that says how to read them", (name, call) => {
    expect(() => call(bytes)).toThrow(new TypeError(`${name} takes a string, not a Buffer: ${utf8}`));
    expect(() => call(new Uint8Array(bytes))).toThrow(new TypeError(`${name} takes a string, not a Uint8Array: ${utf8}`));
    expect(() => call(undefined)).toThrow(new TypeError(`${name} takes a string, not undefined`));
  });

  it("checkText: rejects with the same TypeError", async () => {
    await expect(checkText(bytes as unknown as string, ".")).rejects.toThrow(new TypeError(`checkText takes a string, not a Buffer: ${utf8}`));
  });
});

describe("a long string in a message", () => {
  const kindOf = (value: string) => parseLadder(`apiVersion: ladderkit/v1\nkind: ${JSON.stringify(value)}\n`).diagnostics.find((d) => d.line === 2)?.message;

  it("is cut to 40 characters and an ellipsis", () => {
    expect(kindOf("x".repeat(50))).toBe(`'kind' must be 'Ladder', found the string "${"x".repeat(40)}…"`);
    expect(kindOf("x".repeat(40))).toBe(`'kind' must be 'Ladder', found the string "${"x".repeat(40)}"`);
  });

  it("is cut by code points, never inside an emoji", () => {
    // 39 letters, then an emoji of two UTF-16 units across the cut at 40.
    expect(kindOf(`${"a".repeat(39)}\u{1F680}${"b".repeat(10)}`)).toBe(`'kind' must be 'Ladder', found the string "${"a".repeat(39)}\u{1F680}…"`);
  });
});

describe("limits", () => {
  it("refuses text over maxBytes", () => {
    const { diagnostics } = parseLadder(MINIMAL, { filename: "minimal.yaml", limits: { maxBytes: 100 } });
    expectDiagnostics(diagnostics, "minimal.yaml", [{ rule: "file-size", line: 1, column: 1, message: "over the limit of 100 bytes" }]);
  });

  it("counts maxBytes in UTF-8 bytes, not characters", () => {
    const text = "apiVersion: ladderkit/v1\nname: é\n";
    const bytes = Buffer.byteLength(text);
    expect(parseLadder(text, { limits: { maxBytes: bytes } }).diagnostics[0]?.rule).not.toBe("file-size");
    expect(parseLadder(text, { limits: { maxBytes: bytes - 1 } }).diagnostics[0]?.rule).toBe("file-size");
  });

  it("refuses nesting deeper than maxDepth, at the outermost collection of each branch too deep", () => {
    // Root mapping 1, competencies list 2, competency 3, then at depth 4: its steps mapping (line 30),
    // its tracks list (37), the next one's steps (39), and each track's levels list.
    const { diagnostics } = parseLadder(MINIMAL, { filename: "m.yaml", limits: { maxDepth: 3 } });
    const at = (line: number, column: number): Expected => ({ rule: "yaml-depth", line, column, message: "deeper than 3 levels" });
    expectDiagnostics(diagnostics, "m.yaml", [at(30, 7), at(37, 13), at(39, 7), at(47, 7), at(65, 7), at(77, 7), at(89, 7)]);
  });

  it("counts aliases against maxAliases", () => {
    const text = "apiVersion: ladderkit/v1\nx: &x 1\nlist: [*x, *x, *x]\n";
    expectDiagnostics(parseLadder(text, { filename: "a.yaml", limits: { maxAliases: 2 } }).diagnostics, "a.yaml", [
      { rule: "yaml-alias", line: 3, column: 16, message: "more than 2 aliases" },
    ]);
  });

  it("reports a 10,000-deep document once, and keeps working after several in a row", () => {
    // Before the depth check ran on the syntax tree, the composer overflowed the stack: a different
    // position per run, one diagnostic per unwound frame, and V8 could abort on the next file.
    const deep = ["[".repeat(10_000) + "]".repeat(10_000), "- ".repeat(10_000) + "x\n", "[".repeat(10_000), "a: " + "{a: ".repeat(10_000)];
    for (let round = 0; round < 3; round++)
      for (const text of deep) {
        const { diagnostics } = parseLadder(text, { filename: "deep.yaml" });
        expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([["yaml-depth", 1]]);
      }
  });

  describe("loadLadder on files it cannot use", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "ladderkit-load-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("refuses a 30 MB file with the default limit", async () => {
      const path = join(dir, "huge.yaml");
      await writeFile(path, Buffer.alloc(30 * 1024 * 1024, "#"));
      const { diagnostics } = await loadLadder(path);
      expectDiagnostics(diagnostics, path, [
        { rule: "file-size", line: 1, column: 1, message: `over the limit of ${DEFAULT_LIMITS.maxBytes} bytes` },
      ]);
    });

    it("reports a missing file and a directory as file-read", async () => {
      const missing = join(dir, "missing.yaml");
      expectDiagnostics((await loadLadder(missing)).diagnostics, missing, [{ rule: "file-read", line: 1, column: 1, message: "not found" }]);
      expectDiagnostics((await loadLadder(dir)).diagnostics, dir, [{ rule: "file-read", line: 1, column: 1, message: "not a file" }]);
    });
  });
});

describe("bad profiles", () => {
  const expected: Expected[] = [
    { rule: "schema", line: 8, column: 7, message: `'date' must be a date written YYYY-MM-DD, found the string "2025-02-29"` },
    { rule: "schema", line: 10, column: 12, message: "unknown property 'agred' (did you mean 'agreed'?)", suggestion: "agreed" },
    // A list where a step id or a mapping belongs is shown by its key.
    { rule: "schema", line: 11, column: 3, message: "'coaching' must be a step id or a mapping, found a list" },
  ];

  it("parseProfile locates schema errors", () => {
    const name = "profile-wrong-types.yaml";
    expectDiagnostics(parseProfile(readBad(name), { filename: name }).diagnostics, name, expected);
  });

  it("loadProfile locates schema errors before it looks for the ladder", async () => {
    const path = bad("profile-wrong-types.yaml");
    const { profile, diagnostics } = await loadProfile(path);
    expect(profile).toBeUndefined();
    expectDiagnostics(diagnostics, path, expected);
  });
});

describe("plain values with unsafe keys", () => {
  it("validateLadder refuses an own __proto__ key from JSON.parse", () => {
    const value: unknown = JSON.parse('{"apiVersion": "ladderkit/v1", "kind": "Ladder", "__proto__": {"polluted": true}}');
    expect(Object.hasOwn(value as object, "__proto__")).toBe(true);
    const { ladder, diagnostics } = validateLadder(value, { filename: "ladder.json" });
    expect(ladder).toBeUndefined();
    expect(diagnostics).toEqual([
      { rule: "unsafe-key", severity: "error", message: expect.stringContaining("'__proto__'"), file: "ladder.json", path: ["__proto__"] },
    ]);
    expectNoPollution();
  });

  it("validateLadder finds a nested one and validateProfile one in ratings", () => {
    const ladder = JSON.parse('{"tracks": [{"levels": [{"expectations": {"__proto__": "x"}}]}]}');
    expect(validateLadder(ladder).diagnostics.map((d) => [d.rule, d.path])).toEqual([
      ["unsafe-key", ["tracks", 0, "levels", 0, "expectations", "__proto__"]],
    ]);
    const profile = JSON.parse('{"ratings": {"constructor": "x", "__proto__": {"polluted": true}}}');
    expect(validateProfile(profile).diagnostics.map((d) => [d.rule, d.path])).toEqual([
      ["unsafe-key", ["ratings", "constructor"]],
      ["unsafe-key", ["ratings", "__proto__"]],
    ]);
    expectNoPollution();
  });
});

describe("a step named like an Object property", () => {
  it("has the competency's words or the scale's, never a function: steps are looked up among their own keys", () => {
    // `constructor` may not be a key of `steps` (unsafe-key), so each lookup of that step's words missed
    // the competency's own and went on to Object.prototype.
    for (const id of ["constructor", "toString", "valueOf", "hasOwnProperty"]) {
      const text = readFileSync(join(FIXTURES, "valid", "minimal.yaml"), "utf8")
        .replace(/\bsolid\b/g, id)
        .replace(new RegExp(`^ +${id}: .*\n`, "gm"), "");
      const { ladder, diagnostics } = parseLadder(text, { filename: "x.yaml" });
      // The step has no words of the competency's own now, and the rule that wants words says so.
      expect(diagnostics.map((d) => d.rule), id).toEqual(["missing-description", "missing-description"]);
      for (const level of ladder!.levels) for (const e of level.expectations.values()) expect(typeof (e.description ?? ""), `${id} ${level.id}`).toBe("string");
      expect(renderLadder(ladder!, "markdown"), id).toContain("Does it alone.");
      const gap = analyzeGap(ladder!, { apiVersion: "ladderkit/v1", kind: "Profile", person: { name: "P" }, ladder: "x.yaml", level: "engineer", date: "2026-01-01", ratings: { coding: "basic" } });
      expect(gap.targets[0]!.goals.length, id).toBeGreaterThan(0);
      expect(JSON.stringify(gap), id).not.toContain("native code");
    }
  });
});

describe("properties", () => {
  const wellFormed = (d: Diagnostic) =>
    typeof d.rule === "string" && d.line! >= 1 && d.column! >= 1 && d.endLine! >= d.line! && typeof d.message === "string";

  it("parseLadder never throws on arbitrary text, and every diagnostic is located", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const { diagnostics } = parseLadder(text, { filename: "x.yaml" });
        return diagnostics.every((d) => wellFormed(d) && d.file === "x.yaml" && insideText(text, d));
      }),
      { numRuns: 300 },
    );
  });

  it("parseLadder never throws on the minimal ladder with a slice cut out or repeated", () => {
    fc.assert(
      fc.property(fc.nat(MINIMAL.length), fc.nat(40), fc.boolean(), (at, length, repeat) => {
        const slice = MINIMAL.slice(at, at + length);
        const text = MINIMAL.slice(0, at) + (repeat ? slice + slice : "") + MINIMAL.slice(at + length);
        const { ladder, diagnostics } = parseLadder(text, { filename: "m.yaml" });
        return diagnostics.every((d) => wellFormed(d) && insideText(text, d)) && (ladder !== undefined || diagnostics.some((d) => d.severity === "error"));
      }),
      { numRuns: 300 },
    );
    expectNoPollution();
  });
});
