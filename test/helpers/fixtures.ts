import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseLadder, parseProfile, rules, type Diagnostic, type ResolvedLadder, type RuleId } from "../../src/index.js";

/** The root of the test fixtures. */
export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Where the fixtures of each rule live: `rules/<rule-id>/valid.yaml` and `invalid*.yaml`. */
export const RULE_FIXTURES_DIR = join(FIXTURES_DIR, "rules");

/** The ladder every profile-rule fixture is checked against. */
export const PROFILE_LADDER = "rules/profile-ladder.yaml";

/** The text of a fixture, by its path under `test/fixtures/`. */
export function readFixture(relative: string): string {
  return readFileSync(join(FIXTURES_DIR, relative), "utf8");
}

/** A rule's fixture files, as paths under `test/fixtures/`. */
export interface RuleFixtures {
  /** `rules/<id>/valid.yaml`, or undefined when there is none. */
  readonly valid: string | undefined;
  /** `rules/<id>/invalid.yaml` and `rules/<id>/invalid-<what>.yaml`, sorted. */
  readonly invalid: string[];
}

/** Finds the fixtures of a rule; a rule without a directory has none. */
export function ruleFixtures(id: string): RuleFixtures {
  const dir = join(RULE_FIXTURES_DIR, id);
  const files = existsSync(dir) ? readdirSync(dir).sort() : [];
  return {
    valid: files.includes("valid.yaml") ? `rules/${id}/valid.yaml` : undefined,
    invalid: files.filter((f) => /^invalid(-[a-z0-9-]+)?\.yaml$/.test(f)).map((f) => `rules/${id}/${f}`),
  };
}

/** Diagnostics counted by line: `{ 12: 1, 40: 2 }`. Plain objects, so a failing test shows a readable diff. */
export type LineCounts = Record<number, number>;

const MARKER = /\s#\s*expect:\s*([a-z0-9-]+)(?:\s+x(\d+))?/g;

/**
 * The lines a fixture marks for a rule with a trailing `# expect: <rule-id>` (or
 * `# expect: <rule-id> x2` for a line that gets two diagnostics), and how many each gets.
 */
export function expectedLines(text: string, rule: string): LineCounts {
  const expected: LineCounts = {};
  text.split(/\r?\n/).forEach((line, i) => {
    for (const match of line.matchAll(MARKER))
      if (match[1] === rule) expected[i + 1] = (expected[i + 1] ?? 0) + Number(match[2] ?? 1);
  });
  return expected;
}

/** How many diagnostics of a rule start on each line (line 0 for one without a position). */
export function reportedLines(diagnostics: readonly Diagnostic[], rule: string): LineCounts {
  const reported: LineCounts = {};
  for (const d of diagnostics) if (d.rule === rule) reported[d.line ?? 0] = (reported[d.line ?? 0] ?? 0) + 1;
  return reported;
}

let profileLadder: ResolvedLadder | undefined;

/** The resolved ladder of the profile-rule fixtures; throws if it does not load cleanly. */
export function loadProfileLadder(): ResolvedLadder {
  if (profileLadder) return profileLadder;
  const { ladder, diagnostics } = parseLadder(readFixture(PROFILE_LADDER), { filename: PROFILE_LADDER });
  if (!ladder || diagnostics.length > 0)
    throw new Error(`${PROFILE_LADDER} must load without diagnostics: ${JSON.stringify(diagnostics, null, 2)}`);
  return (profileLadder = ladder);
}

/**
 * Every diagnostic of a rule fixture: a ladder for a ladder rule, a profile checked against
 * `profile-ladder.yaml` for a profile rule (as the rule's `target` says).
 */
export function diagnoseFixture(id: RuleId, relative: string): Diagnostic[] {
  const text = readFixture(relative);
  if (rules[id].target === "profile")
    return parseProfile(text, { filename: relative, ladder: loadProfileLadder() }).diagnostics;
  return parseLadder(text, { filename: relative }).diagnostics;
}

/** True when a diagnostic comes from a registered rule, not from reading or the schema. */
export function isRuleDiagnostic(d: Diagnostic): boolean {
  return Object.hasOwn(rules, d.rule);
}

/**
 * The message id of a rule that a message was rendered from: the template it matches (`{{name}}`
 * stands for any text, and a trailing "did you mean" is allowed) with the most literal text, since a
 * template that ends in a placeholder also matches the longer messages of its siblings.
 */
export function messageIdOf(id: RuleId, message: string): string | undefined {
  const messages: Record<string, string> = rules[id].meta.messages;
  let best: { messageId: string; literal: number } | undefined;
  for (const [messageId, template] of Object.entries(messages)) {
    const parts = template.split(/\{\{\w+\}\}/);
    const pattern = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*?");
    const literal = parts.join("").length;
    if (new RegExp(`^${pattern}(?: \\(did you mean '[^']*'\\?\\))?$`).test(message) && literal > (best?.literal ?? -1))
      best = { messageId, literal };
  }
  return best?.messageId;
}
