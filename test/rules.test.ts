import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadLadder, loadProfile, parseLadder, rules, type Diagnostic, type RuleId } from "../src/index.js";
import {
  FIXTURES_DIR,
  diagnoseFixture,
  expectedLines,
  isRuleDiagnostic,
  messageIdOf,
  readFixture,
  reportedLines,
  ruleFixtures,
} from "./helpers/fixtures.js";

const ids = Object.keys(rules) as RuleId[];

/** The diagnostics of one rule on one of its fixtures. */
const reportsOf = (id: RuleId, file: string): Diagnostic[] => diagnoseFixture(id, file).filter((d) => d.rule === id);

describe.each(ids)("rule %s", (id) => {
  const rule = rules[id];
  const { valid, invalid } = ruleFixtures(id);

  it.each(invalid)("%s: reports exactly the marked lines", (file) => {
    const expected = expectedLines(readFixture(file), id);
    expect(Object.keys(expected), `${file} marks no line with # expect: ${id}`).not.toHaveLength(0);
    const diagnostics = diagnoseFixture(id, file);
    // Rules only run on a document that reads and fits the schema.
    expect(diagnostics.filter((d) => !isRuleDiagnostic(d))).toEqual([]);
    expect(reportedLines(diagnostics, id)).toEqual(expected);
    for (const d of diagnostics.filter((d) => d.rule === id)) {
      expect(d.severity).toBe(rule.meta.severity);
      expect(d.file).toBe(file);
      expect(d.message).toMatch(/\S/);
      expect(d.message, "every placeholder is filled").not.toMatch(/\{\{|\}\}/);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.endLine).toBeGreaterThanOrEqual(d.line!);
      // The end is exclusive, so a span on one line ends after it starts.
      if (d.endLine === d.line) expect(d.endColumn).toBeGreaterThan(d.column!);
      else expect(d.endColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it("produces every message id in its invalid fixtures", () => {
    expect(invalid, `no invalid*.yaml under test/fixtures/rules/${id}`).not.toHaveLength(0);
    const produced = new Set(invalid.flatMap((file) => reportsOf(id, file).map((d) => messageIdOf(id, d.message))));
    expect([...produced].sort()).toEqual(Object.keys(rule.meta.messages).sort());
  });

  it("reports nothing on valid.yaml", () => {
    expect(valid, `no test/fixtures/rules/${id}/valid.yaml`).toBeDefined();
    const diagnostics = diagnoseFixture(id, valid!);
    expect(diagnostics.filter((d) => !isRuleDiagnostic(d))).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === id)).toEqual([]);
  });
});

describe("rule messages", () => {
  it("unresolved-reference suggests what a near miss meant, and nothing for a far one", () => {
    const reports = reportsOf("unresolved-reference", "rules/unresolved-reference/invalid.yaml");
    expect(reports.map((d) => [d.message, d.suggestion])).toEqual([
      ["category 'tecj' does not exist (did you mean 'tech'?)", "tech"],
      ["track 'managment' does not exist (did you mean 'management'?)", "management"],
      ["level 'senoir' does not exist (did you mean 'senior'?)", "senior"],
      ["level 'chief-technology-officer' does not exist", undefined],
      ["competency 'codng' does not exist (did you mean 'coding'?)", "coding"],
    ]);
  });

  it("track-parity names the band that has no technical peer, and how high the technical track goes", () => {
    const messages = reportsOf("track-parity", "rules/track-parity/invalid.yaml").map((d) => d.message);
    expect(messages).toEqual([
      "management band 4 ('Director of Engineering') has no technical-leadership level of band 4",
      "management band 6 ('VP Engineering') has no technical-leadership level of band 6: the technical track stops at band 5",
    ]);
  });

  it("no-cycle names the levels of the cycle in order, back to the first", () => {
    const messages = reportsOf("no-cycle", "rules/no-cycle/invalid.yaml").map((d) => d.message);
    expect(messages).toEqual(["promotions form a cycle: 'engineer' -> 'senior' -> 'manager' -> 'cto' -> 'engineer'"]);
  });

  it("profile fixtures name the shared ladder, which loads from their ladder field", async () => {
    const { ladder, diagnostics } = await loadProfile(join(FIXTURES_DIR, "rules/profile-level/valid.yaml"));
    expect(diagnostics).toEqual([]);
    expect(ladder?.id).toBe("minimal");
  });
});

const LADDERS_DIR = fileURLToPath(new URL("../ladders/", import.meta.url));
const yamlIn = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
};

describe("sample ladders", () => {
  const samples = [join(FIXTURES_DIR, "valid/minimal.yaml"), ...yamlIn(LADDERS_DIR)];

  it.each(samples)("%s resolves with no error", async (path) => {
    // loadLadder, which reads the base of a ladder that extends another.
    const { ladder, diagnostics } = await loadLadder(path);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(ladder).toBeDefined();
  });

  it.each(yamlIn(join(LADDERS_DIR, "profiles")))("%s fits its ladder with no error", async (path) => {
    const { profile, diagnostics } = await loadProfile(path);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(profile).toBeDefined();
  });
});
