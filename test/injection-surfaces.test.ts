// The renderers added after the first hardening pass show hostile text as text, as
// test/injection.test.ts checks for the first ones: every free text of the minimal ladder carries
// every payload of test/helpers/hostile.ts (script, links, table cells, ANSI and bidi escapes...).
// Markdown (ladder page, explanation, diff) has exactly the structure of the same output in plain
// words; the terminal formats carry no raw control character; CASE is valid JSON that says every
// string back; a CSV cell a spreadsheet would run as a formula is neutralised. (HTML: browser.test.ts.)
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { diffLadders, explainLevel, importCsv, ladderToCase, ladderToCsv, renderDiff, renderExplanation, renderLadder, resolveLadder, type ResolvedLadder } from "../src/index.js";
import { parseCsv } from "../src/csv/rfc4180.js";
import { hostileInputs, PAYLOADS } from "./helpers/hostile.js";

const structure = (markdown: string) => [...marked.parse(markdown, { gfm: true, async: false }).matchAll(/<[^>]*>/g)].map((m) => m[0]);
const resolve = (value: unknown) => resolveLadder(value as Parameters<typeof resolveLadder>[0]);
const hostile: ResolvedLadder = resolve(hostileInputs().ladder);
const benign: ResolvedLadder = resolve(hostileInputs(true).ladder);
/** The benign ladder with every text changed: a diff from `benign` changes what the hostile diff changes. */
const benignChanged: ResolvedLadder = resolve(JSON.parse(JSON.stringify(hostileInputs(true).ladder).replaceAll("text ", "other ")));

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const withoutColour = (text: string) => text.replace(/\u001b\[\d+m/g, "");

describe("Markdown of the newer renderers", () => {
  it.each([
    ["renderLadder", renderLadder(hostile, "markdown"), renderLadder(benign, "markdown")],
    ["renderExplanation", renderExplanation(explainLevel(hostile, "senior"), "markdown"), renderExplanation(explainLevel(benign, "senior"), "markdown")],
    ["renderExplanation --from", renderExplanation(explainLevel(hostile, "cto", { from: "engineer" }), "markdown"), renderExplanation(explainLevel(benign, "cto", { from: "engineer" }), "markdown")],
    ["renderDiff", renderDiff(diffLadders(benign, hostile), "markdown"), renderDiff(diffLadders(benign, benignChanged), "markdown")],
  ])("%s has the structure of the same output in plain words: no link, cell, tag or code from input", (_, bad, good) => {
    expect(bad).toContain("onerror");
    expect(structure(bad)).toEqual(structure(good));
    // (The diff puts ids in code spans of its own; the structure above says none comes from input.)
    expect(structure(bad).join("")).not.toMatch(/<(a|img|script|iframe|del|style|svg|link|meta|base|form)\b/);
  });
});

describe("terminal output of the newer renderers", () => {
  it.each([
    ["explain text", renderExplanation(explainLevel(hostile, "senior"), "text")],
    ["diff text", renderDiff(diffLadders(benign, hostile), "text")],
  ])("%s shows escapes and overrides as text, never raw", (_, output) => {
    expect(withoutColour(output)).toContain("\\u001b[2J");
    expect(withoutColour(output)).toContain("\\u202e");
    expect(withoutColour(output)).not.toMatch(RAW);
  });
});

describe("data formats say hostile text back intact", () => {
  it("explain and diff JSON parse and hold every payload", () => {
    for (const json of [renderExplanation(explainLevel(hostile, "senior"), "json"), renderDiff(diffLadders(benign, hostile), "json")]) {
      const text = JSON.stringify(JSON.parse(json));
      expect(text).toContain(JSON.stringify(PAYLOADS[0]).slice(1, -1));
    }
  });

  it("CASE is valid JSON, and every competency's words come back as they were", () => {
    const strings: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === "string") strings.push(node);
      else if (node !== null && typeof node === "object") Object.values(node).forEach(walk);
    };
    walk(JSON.parse(JSON.stringify(ladderToCase(hostile))));
    for (const c of hostile.competencies) {
      expect(strings.some((s) => s.includes(c.name))).toBe(true);
      expect(strings.some((s) => s.includes(c.description))).toBe(true);
    }
  });

  it("CSV: cells a spreadsheet would run are neutralised, and an import gives the words back", () => {
    const formulas = ["=HYPERLINK(\"http://evil.invalid\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
    let i = 0;
    const value = JSON.parse(JSON.stringify(hostileInputs(true).ladder).replace(/"text \d+"/g, () => JSON.stringify(formulas[i++ % formulas.length])));
    const ladder = resolve(value);
    const csv = ladderToCsv(ladder);
    const parsed = parseCsv(csv);
    if ("error" in parsed) throw new Error(parsed.error.message);
    const cells = parsed.rows.flatMap((row) => row.cells.map((cell) => cell.text));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const back = importCsv(csv, ladder);
    expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(back.ladder!.competencies.map((c) => c.name)).toEqual(ladder.competencies.map((c) => c.name));
  });
});
