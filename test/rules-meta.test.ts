import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules, type RuleId } from "../src/index.js";
import { RULE_FIXTURES_DIR, ruleFixtures } from "./helpers/fixtures.js";

const RULES_DIR = fileURLToPath(new URL("../src/validate/rules/", import.meta.url));
const ids = Object.keys(rules) as RuleId[];
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => f.slice(0, -".ts".length))
  .sort();

describe("rule registry", () => {
  it("registers every rule file under src/validate/rules, and nothing else", () => {
    expect([...ids].sort()).toEqual(ruleFiles);
  });

  it("lists ladder rules first, then profile rules", () => {
    const targets = ids.map((id) => rules[id].target);
    expect(targets).toEqual([...targets].sort((a, b) => (a === b ? 0 : a === "ladder" ? -1 : 1)));
  });

  it.each(ids)("%s: the key is the rule's id, and its file exports that rule", async (id) => {
    expect(rules[id].id).toBe(id);
    expect(existsSync(join(RULES_DIR, `${id}.ts`))).toBe(true);
    const module: Record<string, unknown> = await import(`../src/validate/rules/${id}.ts`);
    expect(Object.values(module)).toContain(rules[id]);
  });

  it("keeps the default severities, which decide CI exit codes", () => {
    const severities = Object.fromEntries(ids.map((id) => [id, rules[id].meta.severity]));
    expect(severities).toEqual({
      "unique-id": "error",
      "unresolved-reference": "error",
      "unknown-step": "error",
      "track-link": "error",
      "expectation-coverage": "error",
      "expectation-not-applicable": "error",
      "unused-competency": "warning",
      "unused-category": "warning",
      "no-expectation-drop": "error",
      // A decrease across a branch or convergence is allowed but reported (DOMAIN.md, rule 3).
      "branch-expectation-drop": "warning",
      "band-order": "error",
      "track-parity": "error",
      "reachability": "error",
      "no-cycle": "error",
      "declared-top": "error",
      "duplicate-title": "warning",
      "missing-description": "warning",
      "redundant-expectation": "info",
      "profile-level": "error",
      "profile-target": "error",
      "profile-competency": "error",
      "profile-step": "error",
      "profile-rating": "warning",
      "profile-unassessed": "info",
    });
  });

  it.each(ids)("%s: a profile rule's id starts with profile-, a ladder rule's does not", (id) => {
    expect(id.startsWith("profile-")).toBe(rules[id].target === "profile");
  });
});

describe.each(ids)("rule %s meta", (id) => {
  const { meta } = rules[id];

  it("has a one-line description that ends a sentence", () => {
    expect(meta.description).toMatch(/^\S[^\n]*\.$/);
    expect(meta.description.trim()).toBe(meta.description);
  });

  it("has a default severity", () => {
    expect(["error", "warning", "info"]).toContain(meta.severity);
  });

  it("has one-line messages that end without a period", () => {
    const messages = Object.entries(meta.messages);
    expect(messages).not.toHaveLength(0);
    for (const [messageId, template] of messages) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      // The runner appends " (did you mean 'x'?)", which reads badly after a full stop.
      expect(template).toMatch(/^\S[^\n]*[^.\s]$/);
    }
  });

  it("has valid.yaml and at least one invalid*.yaml fixture", () => {
    const { valid, invalid } = ruleFixtures(id);
    expect(valid).toBeDefined();
    expect(invalid).not.toHaveLength(0);
  });
});

describe("rule fixtures", () => {
  const entries = readdirSync(RULE_FIXTURES_DIR, { withFileTypes: true });

  it("has a directory only for registered rules", () => {
    const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    expect(dirs.filter((dir) => !Object.hasOwn(rules, dir))).toEqual([]);
  });

  it("names every fixture valid.yaml or invalid[-<what>].yaml, so none is silently skipped", () => {
    const misnamed = entries
      .filter((e) => e.isDirectory())
      .flatMap((e) => readdirSync(join(RULE_FIXTURES_DIR, e.name)).map((f) => `${e.name}/${f}`))
      .filter((path) => !/\/(valid|invalid(-[a-z0-9-]+)?)\.yaml$/.test(path));
    expect(misnamed).toEqual([]);
  });
});
