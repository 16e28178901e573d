import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostic.js";
import { parseLadder, rules } from "../src/index.js";
import { codeFrame, visible } from "../src/report/diagnostics/code-frame.js";
import { formatters } from "../src/report/diagnostics/index.js";
import type { FileResult } from "../src/report/diagnostics/types.js";
import { loadRules } from "../src/validate/load-rules.js";
import { runCli } from "./helpers/cli.js";
import { expectedLines, readFixture } from "./helpers/fixtures.js";

// The CI formats: each must carry every finding, located, and survive any text in it.
const CI_FORMATS = ["github", "sarif", "junit", "markdown"] as const;
type CiFormat = (typeof CI_FORMATS)[number];

const THREE = "test/fixtures/formats/three-kinds.yaml";
const HOSTILE = "test/fixtures/formats/hostile.yaml";
const CLEAN = "test/fixtures/valid/minimal.yaml";
/** A file name with every character a format has to escape. */
const HOSTILE_NAME = "dir/we ird%0A %:,\r\n<a&b> 'q\" #1.yaml";

/** The result for a ladder fixture (a path under test/), reported under `filename`. */
function check(path: string, filename = path): FileResult {
  const text = readFixture(path.replace(/^test\/fixtures\//, ""));
  return { file: filename, kind: "Ladder", diagnostics: parseLadder(text, { filename }).diagnostics, text };
}

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  rule: "band-order",
  severity: "error",
  message: "m",
  file: "a.yaml",
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  path: ["tracks", 0],
  ...over,
});

/** A finding as a format tells it back. */
interface ReadBack {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

// ---- github -------------------------------------------------------------------------------

const unescapeCommand = (text: string) =>
  text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => ({ "25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": "," })[code]!);

interface Command {
  readonly command: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

/** Parses workflow commands as the runner does: properties split on `,` and `=`, then unescaped. */
function readGithub(output: string): Command[] {
  return output
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
      const properties: Record<string, string> = {};
      for (const pair of match[2]!.split(",")) {
        const [key, value, ...rest] = pair.split("=");
        if (rest.length > 0 || value === undefined) throw new Error(`bad property ${pair}`);
        properties[key!] = unescapeCommand(value);
      }
      return { command: match[1]!, properties, message: unescapeCommand(match[3]!) };
    });
}

// ---- sarif --------------------------------------------------------------------------------

// The SARIF under test is read loosely: the checks below are what give it a shape.
type Json = any;

const LEVELS = ["none", "note", "warning", "error"];
const isText = (value: Json) => typeof value === "object" && value !== null && typeof value.text === "string";
const isPositive = (value: Json) => Number.isInteger(value) && value >= 1;
/** A URI reference: only unreserved, reserved and well-formed `%XX` characters (RFC 3986). */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-F]{2})+$/;

/** What is wrong with a SARIF 2.1.0 log, for the subset ladderkit writes; empty when nothing. */
function sarifProblems(log: Json): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || problems.push(what));
  need(typeof log.$schema === "string", "$schema");
  need(log.version === "2.1.0", "version");
  need(Array.isArray(log.runs) && log.runs.length === 1, "one run");
  const run = log.runs?.[0] ?? {};
  const driver = run.tool?.driver ?? {};
  need(driver.name === "ladderkit", "tool.driver.name");
  need(driver.version === undefined || typeof driver.version === "string", "tool.driver.version");
  need(driver.informationUri === undefined || typeof driver.informationUri === "string", "informationUri");
  const driverRules: Json[] = Array.isArray(driver.rules) ? driver.rules : [];
  need(Array.isArray(driver.rules), "tool.driver.rules");
  need(new Set(driverRules.map((r) => r.id)).size === driverRules.length, "rule ids unique");
  driverRules.forEach((rule, i) => {
    need(typeof rule.id === "string" && rule.id !== "", `rules[${i}].id`);
    for (const key of ["shortDescription", "fullDescription"]) need(rule[key] === undefined || isText(rule[key]), `rules[${i}].${key}`);
    need(rule.defaultConfiguration === undefined || LEVELS.includes(rule.defaultConfiguration.level), `rules[${i}].defaultConfiguration.level`);
  });
  const artifacts: Json[] = run.artifacts ?? [];
  need(Array.isArray(artifacts) && artifacts.every((a) => URI_REFERENCE.test(a.location?.uri)), "artifacts[].location.uri");
  need(Array.isArray(run.results), "results");
  (run.results ?? []).forEach((result: Json, i: number) => {
    const at = `results[${i}]`;
    need(typeof result.ruleId === "string", `${at}.ruleId`);
    need(Number.isInteger(result.ruleIndex) && driverRules[result.ruleIndex]?.id === result.ruleId, `${at}.ruleIndex points at ${result.ruleId}`);
    need(LEVELS.includes(result.level), `${at}.level`);
    need(isText(result.message), `${at}.message.text`);
    need(Array.isArray(result.locations) && result.locations.length >= 1, `${at}.locations`);
    for (const location of result.locations ?? []) {
      const artifact = location.physicalLocation?.artifactLocation ?? {};
      need(URI_REFERENCE.test(artifact.uri), `${at} uri ${artifact.uri}`);
      need(artifact.index === undefined || artifacts[artifact.index]?.location.uri === artifact.uri, `${at} artifact index`);
      const region = location.physicalLocation.region;
      if (region === undefined) continue;
      need(["startLine", "startColumn", "endLine", "endColumn"].every((key) => isPositive(region[key])), `${at} region 1-based`);
      need(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn), `${at} region order`);
    }
  });
  return problems;
}

const readSarif = (output: string): ReadBack[] =>
  JSON.parse(output).runs[0].results.map((r: Json) => ({
    rule: r.ruleId,
    file: decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri),
    line: r.locations[0].physicalLocation.region.startLine,
    column: r.locations[0].physicalLocation.region.startColumn,
  }));

// ---- junit: a small strict XML 1.0 reader ---------------------------------------------------

interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

/** Any character outside XML 1.0's `Char` production. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(raw: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare & in ${JSON.stringify(raw)}`);
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
    if (!ref.startsWith("#")) return NAMED[ref]!;
    const char = String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    if (NOT_XML_CHAR.test(char)) throw new Error(`reference to a forbidden character &${ref};`);
    return char;
  });
}

/**
 * Parses the XML subset a JUnit report uses (declaration, elements, attributes, text, the five
 * entities and character references) and throws on anything not well-formed: a forbidden
 * character, a bare `<` or `&`, a mismatched or unclosed tag, a repeated or unquoted attribute,
 * content after the root. Line ends and attribute whitespace are normalised as a parser must.
 */
function parseXml(xml: string): XmlElement {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(declaration)) throw new Error("no XML declaration");
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) throw new Error(`forbidden character U+${bad[0].charCodeAt(0).toString(16)}`);
  let i = declaration.length;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const name = () => /^[A-Za-z_][\w.-]*/.exec(xml.slice(i))?.[0] ?? fail("expected a name");
  const space = () => {
    const start = i;
    while (/[ \t\r\n]/.test(xml[i] ?? "")) i++;
    return i > start;
  };
  const element = (): XmlElement => {
    if (xml[i] !== "<") fail("expected <");
    i++;
    const tag = name();
    i += tag.length;
    const node: XmlElement = { name: tag, attributes: {}, children: [], text: "" };
    for (;;) {
      const spaced = space();
      if (xml.startsWith("/>", i)) return (i += 2), node;
      if (xml[i] === ">") break;
      if (!spaced) fail("expected space before an attribute");
      const key = name();
      i += key.length;
      if (key in node.attributes) fail(`repeated attribute ${key}`);
      if (xml[i] !== "=" || (xml[i + 1] !== '"' && xml[i + 1] !== "'")) fail("expected =\"");
      const quote = xml[i + 1]!;
      const end = xml.indexOf(quote, i + 2);
      if (end < 0) fail("unclosed attribute");
      const raw = xml.slice(i + 2, end);
      if (raw.includes("<")) fail("< in attribute");
      node.attributes[key] = decodeXml(raw.replace(/\r\n|[\t\n\r]/g, " "));
      i = end + 1;
    }
    i++;
    for (;;) {
      const next = xml.indexOf("<", i);
      if (next < 0) fail(`unclosed <${tag}>`);
      const raw = xml.slice(i, next);
      if (raw.includes("]]>")) fail("]]> in text");
      node.text += decodeXml(raw.replace(/\r\n?/g, "\n"));
      i = next;
      if (xml.startsWith("</", i)) {
        i += 2;
        if (name() !== tag) fail(`mismatched </${name()}> for <${tag}>`);
        i += tag.length;
        space();
        if (xml[i] !== ">") fail("expected >");
        return i++, node;
      }
      if (xml.startsWith("<!", i) || xml.startsWith("<?", i)) fail("markup this reader does not expect");
      node.children.push(element());
    }
  };
  const root = element();
  space();
  if (i !== xml.length) fail("content after the root element");
  return root;
}

const testcases = (root: XmlElement) => root.children.flatMap((suite) => suite.children);

const readJunit = (output: string): ReadBack[] =>
  testcases(parseXml(output))
    .filter((testcase) => testcase.children.some((c) => c.name === "failure" || c.name === "system-out"))
    .map((testcase) => {
      const [, rule, line, column] = /^(\S+) at (\d+):(\d+)/.exec(testcase.attributes.name!)!;
      return { rule: rule!, file: testcase.attributes.classname!, line: Number(line), column: Number(column) };
    });

// ---- markdown -----------------------------------------------------------------------------

/** Splits a table row into cells as GFM does: on pipes not escaped by a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = "";
  for (let i = 1; i < row.length; i++) {
    if (row[i] === "\\") cell += row[i]! + (row[++i] ?? "");
    else if (row[i] === "|") out.push(cell.trim()), (cell = "");
    else cell += row[i];
  }
  if (cell.trim() !== "") throw new Error(`row does not end with a pipe: ${row}`);
  return out;
}

const tableRows = (output: string) => output.split("\n").filter((line) => line.startsWith("|")).map(cells);
const unescapeCell = (cell: string) => cell.replace(/\\(.)/g, "$1").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const readMarkdown = (output: string): ReadBack[] =>
  tableRows(output)
    .slice(2)
    .map(([, file, where, rule]) => {
      const [line, column] = where!.split(":").map(Number);
      return { rule: unescapeCell(rule!), file: unescapeCell(file!), line: line!, column: column! };
    });

const readGithubBack = (output: string): ReadBack[] =>
  readGithub(output).map((c) => ({ rule: c.properties.title!, file: c.properties.file!, line: Number(c.properties.line), column: Number(c.properties.col) }));

const READERS: Record<CiFormat, (output: string) => ReadBack[]> = {
  github: readGithubBack,
  sarif: readSarif,
  junit: readJunit,
  markdown: readMarkdown,
};

// ---- tests --------------------------------------------------------------------------------

describe("the CI formats", () => {
  const expected = (["band-order", "unresolved-reference", "duplicate-title"] as const).map((rule) => {
    const lines = Object.keys(expectedLines(readFixture("formats/three-kinds.yaml"), rule)).map(Number);
    expect(lines).toHaveLength(1);
    return { rule, line: lines[0]! };
  });

  it("the fixture has exactly three findings of three rules", () => {
    const { diagnostics } = check(THREE);
    expect(diagnostics.map((d) => [d.rule, d.line]).sort()).toEqual(expected.map((e) => [e.rule, e.line]).sort());
    expect(new Set(diagnostics.map((d) => d.severity))).toEqual(new Set(["error", "warning"]));
  });

  it.each(CI_FORMATS)("%s: the CLI reports the three findings, located", async (format) => {
    const run = await runCli(["validate", THREE, "--format", format]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const { diagnostics } = check(THREE);
    const read = READERS[format](run.stdout);
    expect(read).toEqual(diagnostics.map((d) => ({ rule: d.rule, file: THREE, line: d.line, column: d.column })));
    expect(read.map((r) => r.rule).sort()).toEqual(expected.map((e) => e.rule).sort());
  });

  it.each(CI_FORMATS)("%s: never coloured, stable, and the same with color: true", (format) => {
    const results = [check(THREE), check(HOSTILE, HOSTILE_NAME), check(CLEAN)];
    const plain = formatters[format](results);
    expect(formatters[format](results, { color: true })).toBe(plain);
    expect(formatters[format](results)).toBe(plain);
    expect(plain).not.toContain("\u001b");
  });
});

describe("code frames", () => {
  const frame = (line: string, column: number, endColumn: number) =>
    codeFrame([line], { rule: "schema", severity: "error", message: "m", path: [], line: 1, column, endLine: 1, endColumn }).split("\n");

  it("put the caret under the span on a tab-indented line, tabs kept", () => {
    // "\t\tkey: value": `key` is columns 3 to 5.
    expect(frame("\t\tkey: value", 3, 6)).toEqual(["> 1 | \t\tkey: value", "    | \t\t^^^"]);
  });

  it("put the caret under the span after a character shown as an escape, and as wide as an escaped span", () => {
    expect(frame("a\u0001b: c", 3, 4)).toEqual(["> 1 | a\\u0001b: c", "    |        ^"]);
    expect(frame("x: \u001b[2J", 4, 8)).toEqual(["> 1 | x: \\u001b[2J", "    |    ^^^^^^^^^"]);
  });

  it("show a window of a long line around the span, the caret under it, as short whatever the column", () => {
    const line = `${"a".repeat(60_000)}TARGET${"b".repeat(60_000)}`;
    const [shown, caret] = frame(line, 60_001, 60_007);
    expect(shown).toMatch(/^> 1 \| …a+TARGETb+…$/);
    expect(caret!.indexOf("^")).toBe(shown!.indexOf("TARGET"));
    expect(caret).toMatch(/ \^{6}$/);
    expect(shown!.length).toBeLessThan(220);
    expect(caret!.length).toBeLessThan(220);
    // Near the start, the line is shown from its start; cut on the right, as it is said to be.
    const [start, under] = frame(line, 3, 5);
    expect(start).toBe(`> 1 | ${"a".repeat(200)}…`);
    expect(under).toBe("    |   ^^");
    // A line that fits is shown whole, wherever the span, as it always was.
    const fits = `${"a".repeat(199)}Z`;
    expect(frame(fits, 200, 201)).toEqual([`> 1 | ${fits}`, `    | ${" ".repeat(199)}^`]);
    // The lines around it are shown through the same window, so columns line up; a caret past the
    // end of a line stays just after it, not a column's worth of spaces away.
    const lines = [`${"c".repeat(60_000)}above`, line, "short"];
    const framed = codeFrame(lines, { rule: "schema", severity: "error", message: "m", path: [], line: 2, column: 60_001, endLine: 2, endColumn: 60_007 }).split("\n");
    expect(framed[0]!.indexOf("above")).toBe(framed[1]!.indexOf("TARGET"));
    expect(framed[3]).toBe("  3 | …");
    expect(frame("ab", 90_000, 90_001)).toEqual(["> 1 | ab", "    |   ^"]);
  });

  it("stay a few hundred bytes a finding on a one-line file with thousands of findings", () => {
    // Before, the caret line was padded to the column: 2,000 findings on a 79 KB line printed 139 MB.
    const text = `{description: "${"x".repeat(60_000)}"${Array.from({ length: 2_000 }, (_, i) => `, u${i}: 1`).join("")}}`;
    const diagnostics = Array.from({ length: 2_000 }, (_, i) => {
      const column = text.indexOf(`u${i}:`) + 1;
      return diagnostic({ line: 1, column, endLine: 1, endColumn: column + String(i).length + 1 });
    });
    const output = formatters.stylish([{ file: "a.yaml", kind: "Ladder", diagnostics, text }]);
    expect(output.length).toBeLessThan(2_000 * 600);
    const last = output.split("\n").slice(-5);
    expect(last[2]!.indexOf("^")).toBe(last[1]!.indexOf("u1999"));
  });
});

describe("stylish with old Mac OS line endings (CR only)", () => {
  it("frames the line of the finding, as for LF", () => {
    const lf = "apiVersion: ladderkit/v1\nkind: Ladder\nid: x\nname: X\nversion: 1\n";
    const { diagnostics } = parseLadder(lf.replace(/\n/g, "\r"), { filename: "a.yaml" });
    expect(diagnostics.find((d) => d.message.includes("'version'"))).toMatchObject({ line: 5, column: 10 });
    const frame = (text: string) => formatters.stylish([{ file: "a.yaml", kind: "Ladder", diagnostics, text }]);
    expect(frame(lf.replace(/\n/g, "\r"))).toBe(frame(lf));
    expect(frame(lf)).toContain("> 5 | version: 1");
  });
});

describe("github", () => {
  it("round-trips a hostile file name and message through the escapes, one line per finding", () => {
    const result = check(HOSTILE, HOSTILE_NAME);
    const duplicate = result.diagnostics.find((d) => d.rule === "duplicate-title")!;
    expect(duplicate.message).toMatch(/%.*%0A.*:.*,.*\r\n/s);
    const output = formatters.github([result]);
    expect(output.split("\n")).toHaveLength(result.diagnostics.length + 1);
    const commands = readGithub(output);
    // CR and LF come back through the percent escapes; other control characters stay shown as escapes.
    const shown = (text: string) => text.split(/([\r\n])/).map((part) => (part === "\r" || part === "\n" ? part : visible(part))).join("");
    expect(commands.map((c) => c.message)).toEqual(result.diagnostics.map((d) => shown(d.message)));
    expect(commands.some((c) => c.message.includes("\\u0001"))).toBe(true);
    expect(commands.map((c) => c.properties.file)).toEqual(result.diagnostics.map(() => HOSTILE_NAME));
    expect(commands.map((c) => c.command)).toEqual(result.diagnostics.map((d) => ({ error: "error", warning: "warning", info: "notice" })[d.severity]));
  });

  it("shows control characters from the input as escapes, in the message and the file name", () => {
    const file = "a\u001b[2J.yaml";
    const output = formatters.github([{ file, kind: "Ladder", diagnostics: [diagnostic({ file, message: "unknown property 'bad\u0001\u001b[31mkey'" })] }]);
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(output).toBe("::error file=a\\u001b[2J.yaml,line=3,col=5,endLine=3,endColumn=9,title=band-order::unknown property 'bad\\u0001\\u001b[31mkey'\n");
  });

  it("writes the span, title and level as workflow command properties", () => {
    const output = formatters.github([{ file: "a.yaml", kind: "Ladder", diagnostics: [diagnostic({ severity: "info", message: "50%, a: b" })] }]);
    expect(output).toBe("::notice file=a.yaml,line=3,col=5,endLine=3,endColumn=9,title=band-order::50%25, a: b\n");
  });

  it("leaves out col and endColumn for a span over several lines, as the runner requires", () => {
    const output = formatters.github([{ file: "a.yaml", kind: "Ladder", diagnostics: [diagnostic({ endLine: 5 })] }]);
    expect(readGithub(output)[0]!.properties).toEqual({ file: "a.yaml", line: "3", endLine: "5", title: "band-order" });
  });

  it("shows absolute paths relative to cwd, and prints nothing for a clean run", () => {
    const output = formatters.github([{ file: "/repo/ladders/a.yaml", kind: "Ladder", diagnostics: [diagnostic({ file: "/repo/ladders/a.yaml" })] }], { cwd: "/repo" });
    expect(readGithub(output)[0]!.properties.file).toBe("ladders/a.yaml");
    expect(formatters.github([check(CLEAN)])).toBe("");
  });
});

describe("sarif", () => {
  const log = (results: FileResult[], options = {}) => JSON.parse(formatters.sarif(results, options));

  it("is a valid SARIF 2.1.0 log for every fixture", () => {
    const output = log([check(THREE), check(HOSTILE, HOSTILE_NAME), check(CLEAN)]);
    expect(sarifProblems(output)).toEqual([]);
    expect(output.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(output.runs[0].results.map((r: Json) => r.level)).toEqual(["error", "error", "warning", "note", "warning"]);
    expect(output.runs[0].results[3].message.text).toBe(check(HOSTILE).diagnostics[0]!.message);
  });

  it("lists every built-in and loader rule with its default level", () => {
    const driverRules = log([]).runs[0].tool.driver.rules;
    const level = { error: "error", warning: "warning", info: "note" } as const;
    expect(driverRules).toEqual([
      ...Object.values(rules).map((r) => ({ id: r.id, shortDescription: { text: r.meta.description }, fullDescription: { text: r.meta.description }, defaultConfiguration: { level: level[r.meta.severity] } })),
      ...loadRules.map((r) => ({ id: r.id, shortDescription: { text: r.description }, fullDescription: { text: r.description }, defaultConfiguration: { level: level[r.severity] } })),
    ]);
  });

  it("adds a descriptor for a rule it does not know, so ruleIndex stays valid", () => {
    const output = log([{ file: "a.yaml", kind: undefined, diagnostics: [diagnostic({ rule: "custom-rule" })] }]);
    expect(sarifProblems(output)).toEqual([]);
    expect(output.runs[0].tool.driver.rules.at(-1)).toEqual({ id: "custom-rule" });
  });

  it("percent-encodes URIs, relative to cwd, and uses a file: URI outside it", () => {
    const files = ["my ladders/a b#1%.yaml", "/repo/x/é.yaml", "/elsewhere/c.yaml"];
    const output = log(files.map((file) => ({ file, kind: undefined, diagnostics: [diagnostic({ file })] })), { cwd: "/repo" });
    expect(sarifProblems(output)).toEqual([]);
    expect(output.runs[0].artifacts.map((a: Json) => a.location.uri)).toEqual(["my%20ladders/a%20b%231%25.yaml", "x/%C3%A9.yaml", "file:///elsewhere/c.yaml"]);
    const hostile = log([check(HOSTILE, HOSTILE_NAME)]);
    expect(sarifProblems(hostile)).toEqual([]);
    expect(decodeURIComponent(hostile.runs[0].artifacts[0].location.uri)).toBe(HOSTILE_NAME);
  });

  it("names the tool version when given, and leaves out a region it does not have", () => {
    const output = log([{ file: "a.yaml", kind: undefined, diagnostics: [diagnostic({ line: undefined, column: undefined, endLine: undefined, endColumn: undefined })] }], { toolVersion: "1.2.3" });
    expect(sarifProblems(output)).toEqual([]);
    expect(output.runs[0].tool.driver.version).toBe("1.2.3");
    expect(output.runs[0].results[0].locations[0].physicalLocation.region).toBeUndefined();
  });
});

describe("junit", () => {
  it("is well-formed XML with counts that add up, a failure per error or warning", () => {
    const output = formatters.junit([check(THREE), check(HOSTILE, HOSTILE_NAME), check(CLEAN)]);
    const root = parseXml(output);
    expect(root.name).toBe("testsuites");
    expect(root.attributes).toMatchObject({ name: "ladderkit", tests: "6", failures: "4" });
    expect(root.children.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([
      [THREE, "3", "3"],
      [HOSTILE_NAME, "2", "1"],
      [CLEAN, "1", "0"],
    ]);
    const failures = testcases(root).flatMap((t) => t.children.filter((c) => c.name === "failure"));
    expect(failures.map((f) => f.attributes.type)).toEqual(["band-order", "unresolved-reference", "duplicate-title", "duplicate-title"]);
  });

  it("gives each finding a unique testcase name, and a clean file one passing testcase", () => {
    const repeated = [diagnostic({}), diagnostic({}), diagnostic({ rule: "unique-id" }), diagnostic({})];
    const root = parseXml(formatters.junit([{ file: "a.yaml", kind: "Ladder", diagnostics: repeated }, check(THREE), check(CLEAN)]));
    const keys = testcases(root).map((t) => `${t.attributes.classname}\n${t.attributes.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(testcases(root).slice(0, 4).map((t) => t.attributes.name)).toEqual(["band-order at 3:5", "band-order at 3:5 (2)", "unique-id at 3:5", "band-order at 3:5 (3)"]);
    const clean = root.children.at(-1)!;
    expect(clean.children).toEqual([{ name: "testcase", attributes: { name: "valid", classname: CLEAN }, children: [], text: "" }]);
  });

  it("keeps hostile text intact, with characters XML forbids shown as escapes", () => {
    const result = check(HOSTILE, HOSTILE_NAME);
    const [info, warning] = result.diagnostics;
    expect(warning!.message).toMatch(/\u0001\ufffe \ud800 /);
    const suite = parseXml(formatters.junit([result])).children[0]!;
    expect(suite.attributes.name).toBe(HOSTILE_NAME);
    const shown = (text: string) => text.replace(/[\u0001\ufffe\ud800]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const failure = suite.children[1]!.children[0]!;
    expect(failure.attributes.message).toBe(shown(warning!.message));
    expect(failure.text).toContain(shown(warning!.message)); // CR kept: written as &#13;
    // An info does not fail the build: a passing testcase that tells it in system-out.
    expect(suite.children[0]!.children.map((c) => c.name)).toEqual(["system-out"]);
    expect(suite.children[0]!.children[0]!.text).toContain(info!.message);
  });

  it("rejects what is not well-formed (the reader is strict)", () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    for (const bad of ["<a>", "<a></b>", "<a x='1' x='2'/>", "<a>&nope;</a>", "<a>\u0001</a>", "<a>\ud800</a>", "<a/><b/>", "<a x=1/>", "<a>a < b</a>"])
      expect(() => parseXml(head + bad), bad).toThrow();
    expect(parseXml(`${head}<a x="&#13;&#10;" y="a\nb">t&amp;&lt;\r\n</a>`)).toEqual({ name: "a", attributes: { x: "\r\n", y: "a b" }, children: [], text: "t&<\n" });
  });
});

describe("markdown", () => {
  it("has the same number of cells in every row, hostile text included", () => {
    const output = formatters.markdown([check(THREE), check(HOSTILE, HOSTILE_NAME), check(CLEAN)]);
    const rows = tableRows(output);
    expect(rows[0]).toEqual(["Severity", "File", "Line", "Rule", "Message"]);
    expect(rows).toHaveLength(2 + 5);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(output).toContain("**2 errors, 2 warnings, 1 info** in 3 files checked.");
  });

  it("escapes pipes, backticks, HTML, brackets and line breaks", () => {
    const output = formatters.markdown([check(HOSTILE, HOSTILE_NAME)]);
    const body = output.split("\n").filter((line) => line.startsWith("| warning"));
    expect(body).toHaveLength(1);
    const line = body[0]!;
    expect(line).not.toMatch(/<script|<a&b>|\r/);
    expect(line).toContain("&lt;script&gt;");
    expect(line.replace(/\\\\/g, "")).not.toMatch(/(?<!\\)[`[\]]/);
    expect(line).toContain("http\\://y");
    const message = unescapeCell(cells(line)[4]!);
    expect(message).toContain("Senior | `code` <script>alert(1)</script> 100% %0A a:b, c [x]");
  });

  it("says no problems were found for a clean run, with no table", () => {
    const output = formatters.markdown([check(CLEAN)]);
    expect(output).toContain("No problems found");
    expect(tableRows(output)).toEqual([]);
  });
});
