// The config file `.ladderkit.yaml`: found by walking up from each file, nearest first; every error
// in it located at its line and column, with a did-you-mean where one helps.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkText,
  ConfigSchema,
  createConfigCache,
  defineLadderRule,
  findConfig,
  loadConfig,
  loadLadder,
  loadProfile,
  parseConfig,
  parseLadder,
  parseProfile,
  runLadderRules,
  validateLadder,
  validateProfile,
  type RuleConfig,
} from "../src/index.js";
import { CONFIG_SEVERITIES, type ConfigResult } from "../src/config/index.js";
import { FIXTURES_DIR, readFixture } from "./helpers/fixtures.js";

const HEADER = "apiVersion: ladderkit/v1\nkind: Config\n";

describe("parseConfig on valid configs", () => {
  it.each([
    [
      "every-severity.yaml",
      { "duplicate-title": "off", "track-parity": "warning", "unused-category": "warning", "missing-description": "error", "redundant-expectation": "info" },
    ],
    ["no-rules.yaml", {}],
    ["rules-commented-out.yaml", {}],
  ])("%s", (name, rules) => {
    const file = `config/good/${name}`;
    expect(parseConfig(readFixture(file), file)).toEqual({ file, config: { rules, file }, diagnostics: [] });
  });
});

/** What a test expects of one config diagnostic; `message` is a fragment of it. */
interface Expected {
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly message: string;
  readonly suggestion?: string;
}

const INVALID: ReadonlyArray<readonly [string, readonly Expected[]]> = [
  // At the end of the file: on its last line, just past `[off` (line 5 of a 4-line file, before).
  ["yaml-syntax.yaml", [{ line: 4, column: 24, endColumn: 24, message: "end with a ]" }]],
  ["duplicate-key.yaml", [{ line: 5, column: 3, endColumn: 18, message: "duplicate key 'duplicate-title'" }]],
  ["empty.yaml", [{ line: 1, column: 1, endColumn: 1, message: "file is empty" }]],
  ["unknown-key.yaml", [{ line: 3, column: 1, endColumn: 5, message: "unknown property 'rule' (did you mean 'rules'?)", suggestion: "rules" }]],
  [
    "unknown-rule.yaml",
    [{ line: 5, column: 3, endColumn: 18, message: "unknown rule 'duplicate-titel' (did you mean 'duplicate-title'?)", suggestion: "duplicate-title" }],
  ],
  [
    "bad-severity.yaml",
    [
      {
        line: 4,
        column: 17,
        endColumn: 24,
        message: `'track-parity' must be one of 'error', 'warn', 'warning', 'info', 'off', found the string "warnign" (did you mean 'warning'?)`,
        suggestion: "warning",
      },
    ],
  ],
  [
    "unknown-rule-bad-severity.yaml",
    [
      { line: 4, column: 3, endColumn: 16, message: "unknown rule 'nonsense-rule'" },
      { line: 4, column: 18, endColumn: 19, message: "must be one of 'error', 'warn', 'warning', 'info', 'off', found the integer 3" },
    ],
  ],
  ["wrong-kind.yaml", [{ line: 2, column: 7, endColumn: 13, message: `'kind' must be 'Config', found the string "Ladder"` }]],
  ["missing-api-version.yaml", [{ line: 1, column: 1, endColumn: 5, message: "missing required property 'apiVersion'" }]],
  ["rules-list.yaml", [{ line: 3, column: 1, endColumn: 6, message: "found a list" }]],
];

describe("parseConfig on invalid configs", () => {
  it.each(INVALID)("%s", (name, expected) => {
    const file = `config/bad/${name}`;
    const result = parseConfig(readFixture(file), file);
    expect(result.config).toBeUndefined();
    expect(result.diagnostics.map((d) => ({ line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }))).toEqual(
      expected.map(({ line, column, endColumn }) => ({ line, column, endLine: line, endColumn })),
    );
    result.diagnostics.forEach((d, i) => {
      expect(d).toMatchObject({ rule: "config", severity: "error", file });
      expect(d.message).toContain(expected[i]!.message);
      expect(d.suggestion).toBe(expected[i]!.suggestion);
    });
  });

  it("checks rule ids against the ids it is given", () => {
    const { diagnostics } = parseConfig(`${HEADER}rules:\n  my-rule: off\n`, "c.yaml", ["my-rul"]);
    expect(diagnostics.map((d) => d.message)).toEqual(["unknown rule 'my-rule' (did you mean 'my-rul'?)"]);
  });
});

describe("ConfigSchema", () => {
  it("describes itself and its rules property", () => {
    expect(ConfigSchema.meta()?.description).toMatch(/settings/);
    expect(ConfigSchema.shape.rules.meta()?.description).toMatch(/warn/);
  });
});

describe("loadConfig", () => {
  it("reads a file", async () => {
    const path = join(FIXTURES_DIR, "config/good/every-severity.yaml");
    const { config, diagnostics } = await loadConfig(path);
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({ file: path, rules: { "track-parity": "warning" } });
  });

  it("names the file in diagnostics as told", async () => {
    const path = join(FIXTURES_DIR, "config/bad/unknown-rule.yaml");
    const { file, diagnostics } = await loadConfig(path, { filename: ".ladderkit.yaml" });
    expect(file).toBe(".ladderkit.yaml");
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([".ladderkit.yaml:5:3"]);
  });

  it("reports a file it cannot read as a config diagnostic", async () => {
    const { config, diagnostics } = await loadConfig(join(FIXTURES_DIR, "config/no-such.yaml"));
    expect(config).toBeUndefined();
    expect(diagnostics).toMatchObject([{ rule: "config", severity: "error", message: "file not found", line: 1, column: 1 }]);
  });
});

describe("findConfig", () => {
  let root: string;
  // Each file of the tree: a config holds its own path, so which one was found is plain to see.
  const TREE = [
    ".ladderkit.yaml",
    "a/.ladderkit.yml",
    "a/b/c/ladder.yaml",
    "a/b/c/d/ladder.yaml",
    "both/.ladderkit.yaml",
    "both/.ladderkit.yml",
    "dir/.ladderkit.yaml/not-a-file.yaml",
    "ladder.yaml",
  ];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "ladderkit-config-"));
    for (const file of TREE) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), `# ${file}\n`);
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each([
    ["the file's own folder", "ladder.yaml", ".ladderkit.yaml"],
    ["the nearest folder above, as .yml", "a/b/c/d/ladder.yaml", "a/.ladderkit.yml"],
    ["the nearest folder above, for a file that does not exist", "a/x/new.yaml", "a/.ladderkit.yml"],
    [".yaml before .yml in one folder", "both/ladder.yaml", "both/.ladderkit.yaml"],
    ["a file, not a folder of that name", "dir/ladder.yaml", ".ladderkit.yaml"],
  ])("finds the config in %s", async (_, file, config) => {
    expect(await findConfig(join(root, file))).toBe(join(root, config));
  });

  it("finds none when no folder up to the root holds one", async () => {
    const bare = await mkdtemp(join(tmpdir(), "ladderkit-noconfig-"));
    try {
      expect(await findConfig(join(bare, "deep/er/ladder.yaml"))).toBeUndefined();
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  it("looks each folder up once with a shared folder cache", async () => {
    const folders = new Map<string, Promise<string | undefined>>();
    await findConfig(join(root, "a/b/c/d/ladder.yaml"), folders);
    expect([...folders.keys()]).toEqual(["a/b/c/d", "a/b/c", "a/b", "a"].map((f) => join(root, f)));
    // A sibling reuses what its parents found.
    await findConfig(join(root, "a/b/c/other.yaml"), folders);
    expect(folders.size).toBe(4);
  });

  it("loads each config once through the cache, and gives files that share it the same result", async () => {
    const loaded: string[] = [];
    const cache = createConfigCache(async (path): Promise<ConfigResult> => {
      loaded.push(path);
      return parseConfig(`${HEADER}rules:\n  duplicate-title: off\n`, path);
    });
    const files = ["a/b/c/ladder.yaml", "a/b/c/d/ladder.yaml", "ladder.yaml", "a/b/c/ladder.yaml"].map((f) => join(root, f));
    const results = await Promise.all(files.map((f) => cache.forFile(f)));
    expect(loaded.sort()).toEqual([join(root, ".ladderkit.yaml"), join(root, "a/.ladderkit.yml")]);
    expect(results[0]).toBe(results[1]);
    expect(results[0]).toBe(results[3]);
    expect(results[2]).not.toBe(results[0]);
    expect(results[0]?.config?.rules).toEqual({ "duplicate-title": "off" });
  });

  it("reports no config through the cache when none is found", async () => {
    const bare = await mkdtemp(join(tmpdir(), "ladderkit-noconfig-"));
    try {
      expect(await createConfigCache().forFile(join(bare, "ladder.yaml"))).toBeUndefined();
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });
});

describe("a config's rules, given to parseLadder", () => {
  const text = readFixture("config/directives/base.yaml");
  const findings = (rules: Record<string, string>) => {
    const { config } = parseConfig(`${HEADER}rules:\n${Object.entries(rules).map(([k, v]) => `  ${k}: ${v}\n`).join("")}`, "c.yaml");
    return parseLadder(text, { filename: "base.yaml", rules: config!.rules }).diagnostics.map((d) => `${d.line} ${d.rule} ${d.severity}`);
  };

  it.each([
    [{}, ["21 unused-category warning", "55 duplicate-title warning", "79 duplicate-title warning"]],
    [{ "duplicate-title": "off" }, ["21 unused-category warning"]],
    [{ "duplicate-title": "info", "unused-category": "error" }, ["21 unused-category error", "55 duplicate-title info", "79 duplicate-title info"]],
    [{ "unused-category": "warn" }, ["21 unused-category warning", "55 duplicate-title warning", "79 duplicate-title warning"]],
  ])("%j", (rules, expected) => {
    expect(findings(rules)).toEqual(expected);
  });
});

describe("the rules option of the API, checked as a config file's rules are", () => {
  const text = readFixture("config/directives/base.yaml");
  const ladder = parseLadder(readFixture("valid/minimal.yaml")).ladder!;
  /** What the API's rules option does with one setting of duplicate-title: the severities of its findings. */
  const severities = (setting: unknown) =>
    parseLadder(text, { rules: { "duplicate-title": setting } as RuleConfig }).diagnostics.filter((d) => d.rule === "duplicate-title").map((d) => d.severity);

  it.each(CONFIG_SEVERITIES)("takes '%s', and means by it what a config file does", (word) => {
    const { config } = parseConfig(`${HEADER}rules:\n  duplicate-title: ${word}\n`, "c.yaml");
    expect(config).toBeDefined();
    expect(severities(word)).toEqual(severities(config!.rules["duplicate-title"]));
  });

  it("reports a rule set to 'warn' as a warning, which the counts know", () => {
    expect(severities("warn")).toEqual(["warning", "warning"]);
  });

  it.each([["fatal"], ["warnings"], ["Error"], [""], [2], [null], [true]])("refuses %j, as a config file does, naming the rule and the words", (word) => {
    expect(parseConfig(`${HEADER}rules:\n  duplicate-title: ${JSON.stringify(word)}\n`, "c.yaml").config).toBeUndefined();
    const shown = typeof word === "string" ? `'${word}'` : String(word);
    expect(() => severities(word)).toThrow(new TypeError(`rule 'duplicate-title' cannot be set to ${shown} (expected error, warn, warning, info, off)`));
  });

  it("refuses an unknown rule id, as a config file does, with a did-you-mean", () => {
    expect(() => parseLadder(text, { rules: { "duplicate-titel": "off" } })).toThrow(new TypeError("unknown rule 'duplicate-titel' in rules (did you mean 'duplicate-title'?)"));
  });

  it("is checked by every entry point, before the text is read", async () => {
    const rules = { "duplicate-title": "fatal" } as unknown as RuleConfig;
    const message = /rule 'duplicate-title' cannot be set to 'fatal'/;
    expect(() => parseLadder("", { rules })).toThrow(message);
    expect(() => parseProfile("", { rules })).toThrow(message);
    expect(() => validateLadder(null, { rules })).toThrow(message);
    expect(() => validateProfile(null, { rules })).toThrow(message);
    expect(() => runLadderRules(ladder, rules)).toThrow(message);
    await expect(checkText("", ".", { rules })).rejects.toThrow(message);
    await expect(loadLadder(join(FIXTURES_DIR, "no-such-file.yaml"), { rules })).rejects.toThrow(message);
    await expect(loadProfile(join(FIXTURES_DIR, "no-such-file.yaml"), { rules })).rejects.toThrow(message);
  });

  it("lets runLadderRules set the rules it is given, besides the registry's", () => {
    const everyLevel = defineLadderRule({
      id: "every-level",
      meta: { description: "Reports every level.", severity: "error", messages: { level: "level" } },
      check({ ladder: l, report }) {
        l.source.tracks.forEach((track, t) => track.levels.forEach((_, i) => report({ messageId: "level", path: ["tracks", t, "levels", i] })));
      },
    });
    const findings = runLadderRules(ladder, { "every-level": "warn", "duplicate-title": "off" }, [everyLevel]);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(["warning"]));
    expect(() => runLadderRules(ladder, { "every-levl": "warn" }, [everyLevel])).toThrow("unknown rule 'every-levl' in rules (did you mean 'every-level'?)");
  });
});

describe("the config fixtures", () => {
  it("each invalid one has a case above", () => {
    expect(INVALID.map(([name]) => name).sort()).toEqual(readdirSync(join(FIXTURES_DIR, "config/bad")).sort());
  });
});
