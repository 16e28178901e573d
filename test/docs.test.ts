import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderRuleDocs, RULE_DOCS_PATH } from "../scripts/gen-rule-docs.js";
import { rules, type RuleId } from "../src/index.js";
import { loadRules } from "../src/validate/load-rules.js";
import { diagnoseFixture, expectedLines, messageIdOf, readFixture, ruleFixtures } from "./helpers/fixtures.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ids = Object.keys(rules) as RuleId[];
const loaderIds = loadRules.map((r) => r.id);
/** Ids that helpers are adding beside the registry: config problems and stale disable comments. */
const PENDING_IDS = ["config", "unused-disable"];

const docs = readFileSync(join(ROOT, RULE_DOCS_PATH), "utf8");

/** The `### <id>` sections under a `## <group>` heading, by id. */
function sectionsUnder(group: string): Map<string, string> {
  const start = docs.indexOf(`\n## ${group}\n`);
  if (start < 0) return new Map();
  const next = docs.indexOf("\n## ", start + 1);
  const body = docs.slice(start, next < 0 ? undefined : next);
  const sections = new Map<string, string>();
  for (const part of body.split(/\n(?=### )/).slice(1)) {
    const id = /^### (\S+)\n/.exec(part)![1]!;
    expect(sections.has(id), `two sections for ${id}`).toBe(false);
    sections.set(id, part);
  }
  return sections;
}

const ruleSections = new Map([...sectionsUnder("Ladder rules"), ...sectionsUnder("Profile rules")]);
const loaderSections = sectionsUnder("Loader checks");

/** The fenced blocks of a section, by language. */
const fenced = (section: string, lang: string): string[] =>
  [...section.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)\\n```", "g"))].map((m) => m[1]!);

describe(RULE_DOCS_PATH, () => {
  it("is what `npm run docs` writes now (run it after changing a rule or a fixture)", () => {
    expect(docs).toBe(renderRuleDocs());
  });

  it("renders the same text twice", () => {
    expect(renderRuleDocs()).toBe(renderRuleDocs());
  });

  it("indexes every rule and loader check, in registry order, each linking to its section", () => {
    const indexed = [...docs.matchAll(/^\| \[([a-z0-9-]+)\]\(#([a-z0-9-]+)\) \|/gm)].map((m) => {
      expect(m[2]).toBe(m[1]);
      return m[1];
    });
    expect(indexed).toEqual([...ids, ...loaderIds]);
  });

  it("has a section for every registered rule and none for a rule that is not registered", () => {
    expect([...ruleSections.keys()]).toEqual(ids);
    expect([...loaderSections.keys()]).toEqual(loaderIds);
  });
});

describe.each(ids)("docs of rule %s", (id) => {
  const rule = rules[id];
  const section = ruleSections.get(id) ?? "";

  it("has valid.yaml and invalid*.yaml fixtures", () => {
    const { valid, invalid } = ruleFixtures(id);
    expect(valid, `no test/fixtures/rules/${id}/valid.yaml`).toBeDefined();
    expect(invalid).toContain(`rules/${id}/invalid.yaml`);
  });

  it("states its target, default severity, description and every message", () => {
    expect(section).toContain(`- Target: ${rule.target}\n`);
    expect(section).toContain(`- Default severity: ${rule.meta.severity}\n`);
    expect(section.replaceAll("\\_", "_").replaceAll("\\*", "*")).toContain(rule.meta.description);
    const table = new Map(
      [...section.matchAll(/^\| `(\w+)` \| (`+) ?(.*?) ?\2 \|$/gm)].map((m) => [m[1], m[3]!.replaceAll("\\|", "|")]),
    );
    expect(Object.fromEntries(table)).toEqual(rule.meta.messages);
  });

  it("shows an excerpt of its fixture and the diagnostics the rule really gives on it", () => {
    const fixture = /^Failing example: \[`test\/fixtures\/(rules\/[a-z0-9-]+\/invalid\.yaml)`\]/m.exec(section)?.[1];
    expect(fixture, "the section names its fixture").toBe(`rules/${id}/invalid.yaml`);
    const lines = readFixture(fixture!).replace(/\r?\n$/, "").split(/\r?\n/);

    const [yaml, text] = [fenced(section, "yaml"), fenced(section, "text")];
    expect(yaml).toHaveLength(1);
    expect(text).toHaveLength(1);
    // The excerpt is the whole fixture, or windows headed `# lines a–b` copied from it verbatim.
    const shown = new Set<number>();
    const windows = yaml[0]!.split(/^# lines (\d+)–(\d+)\n/m);
    if (windows.length === 1) {
      expect(yaml[0]).toBe(lines.join("\n"));
      lines.forEach((_, i) => shown.add(i + 1));
    } else {
      expect(windows[0]).toBe("");
      for (let i = 1; i < windows.length; i += 3) {
        const [start, end] = [Number(windows[i]), Number(windows[i + 1])];
        expect(windows[i + 2]!.replace(/\n$/, "")).toBe(lines.slice(start - 1, end).join("\n"));
        for (let line = start; line <= end; line++) shown.add(line);
      }
    }

    const reported = diagnoseFixture(id, fixture!).filter((d) => d.rule === id);
    expect(reported, `${fixture} gives no ${id} diagnostic`).not.toHaveLength(0);
    expect(text[0]!.split("\n")).toEqual(reported.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`));
    const marked = expectedLines(readFixture(fixture!), id);
    for (const d of reported) {
      expect(shown.has(d.line!), `line ${d.line} is in the excerpt`).toBe(true);
      expect(marked[d.line!], `line ${d.line} is marked # expect: ${id}`).toBeGreaterThan(0);
      expect(d.severity).toBe(rule.meta.severity);
      expect(messageIdOf(id, d.message), d.message).toBeDefined();
    }
  });
});

/** Every .ts file under src/, with its text. */
function sources(dir = join(ROOT, "src")): Array<[string, string]> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): Array<[string, string]> => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") ? [[path.slice(ROOT.length), readFileSync(path, "utf8")]] : [];
  });
}

describe("rule ids in the source", () => {
  const files = sources();
  const documented = new Set([...ids, ...loaderIds]);
  // A diagnostic's id is written as `rule: "<id>"`, as a constant `const CONFIG_RULE = "<id>"`, as
  // the first argument of the loaders' `fail(rule, ...)` and `at(rule, ...)` helpers, or as a rule's
  // `id: "<id>"` and registry key.
  const emitted = new Map<string, string>();
  for (const [path, text] of files) {
    const patterns = [/\brule: "([a-z0-9-]+)"/g, /\bconst [A-Z][A-Z0-9_]*RULE\w* = "([a-z0-9-]+)"/g, /\b(?:fail|at)\(\s*"([a-z0-9-]+)"/g];
    if (path.includes("validate/rules/")) patterns.push(/^\s*id: "([a-z0-9-]+)"/gm, /^\s*"([a-z0-9-]+)": \w+,$/gm);
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) emitted.set(m[1]!, path);
  }

  it("finds the ids the loader and the rules emit", () => {
    for (const id of ["schema", "file-read", "file-encoding", "yaml-empty", "unsafe-key", "unique-id", "profile-unassessed"])
      expect(emitted.has(id), `no literal for ${id} found: the patterns are out of date`).toBe(true);
  });

  it("documents every id the source emits (config and unused-disable are on their way)", () => {
    const undocumented = [...emitted].filter(([id]) => !documented.has(id) && !PENDING_IDS.includes(id));
    expect(undocumented.map(([id, path]) => `${id} (${path})`)).toEqual([]);
  });

  it("documents only loader ids that appear in the source outside load-rules.ts", () => {
    const text = files.filter(([path]) => !path.endsWith("load-rules.ts")).map(([, t]) => t).join("\n");
    expect(loaderIds.filter((id) => !text.includes(`"${id}"`))).toEqual([]);
  });
});
