// Every limit at its boundary (accepted) and one past it (one located diagnostic that names the
// limit and says how to raise it), through the API and the CLI; and the defaults still let the
// largest generated ladder of the benchmark load.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { largeLadder } from "../bench/large-ladder.mjs";
import { analyzeTeam, DEFAULT_LIMITS, encodeTeam, parseLadder, parseProfile, resolveLadder, validateLadder, validateProfile, type Diagnostic, type Limits, type Profile } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const MINIMAL = readFileSync(join(FIXTURES, "valid", "minimal.yaml"), "utf8");
const PROFILE_TEXT = readFileSync(join(FIXTURES, "rules", "profile-unassessed", "valid.yaml"), "utf8");

type Value = Record<string, unknown> & { tracks: Array<{ levels: unknown[] }> };
const minimal = (): Value => parse(MINIMAL) as Value;
const ladderWith = (change: (v: Value) => void) => {
  const value = minimal();
  change(value);
  return stringify(value);
};
const repeat = <T>(n: number, item: (i: number) => T) => Array.from({ length: n }, (_, i) => item(i));

/** One limit: a document with exactly `n` of what it bounds, and where the finding past it must point. */
interface Case {
  readonly limit: keyof Limits;
  readonly rule: string;
  readonly kind: "ladder" | "profile";
  readonly build: (n: number) => string;
  /** The line and column of the finding when the document holds one more than the limit of 5. */
  readonly at: readonly [number, number];
}

const CASES: readonly Case[] = [
  { limit: "maxBytes", rule: "file-size", kind: "ladder", build: (n) => `a: ${"x".repeat(n - 4)}\n`, at: [1, 1] },
  { limit: "maxDepth", rule: "yaml-depth", kind: "ladder", build: (n) => `a: ${"[".repeat(n - 1)}${"]".repeat(n - 1)}\n`, at: [1, 8] },
  { limit: "maxAliases", rule: "yaml-alias", kind: "ladder", build: (n) => `a: &a 1\nb: [${repeat(n, () => "*a").join(", ")}]\n`, at: [2, 25] },
  // Node marks: the first line, the bracket, the commas.
  { limit: "maxNodes", rule: "limit", kind: "ladder", build: (n) => `a: [${"1,".repeat(n - 2)}1]`, at: [1, 12] },
  { limit: "maxStringLength", rule: "limit", kind: "ladder", build: (n) => `a: 1\nb: ${"x".repeat(n)}\n`, at: [2, 4] },
  {
    limit: "maxLevels",
    rule: "limit",
    kind: "ladder",
    // Levels over two tracks: the one past the limit is the third level of the second track.
    build: (n) => ladderWith((v) => {
      v.tracks = v.tracks.slice(0, 2);
      v.tracks[0]!.levels = repeat(3, (i) => ({ id: `a${i}`, title: "A", band: i + 1, summary: "s" }));
      v.tracks[1]!.levels = repeat(n - 3, (i) => ({ id: `b${i}`, title: "B", band: i + 1, summary: "s" }));
    }),
    at: [71, 9],
  },
  { limit: "maxCompetencies", rule: "limit", kind: "ladder", build: (n) => ladderWith((v) => void (v.competencies = repeat(n, (i) => ({ id: `c${i}`, name: "C", category: "tech", description: "d" })))), at: [42, 5] },
  { limit: "maxTracks", rule: "limit", kind: "ladder", build: (n) => ladderWith((v) => void (v.tracks = repeat(n, (i) => ({ id: `t${i}`, name: "T", kind: "management", levels: [{ id: `l${i}`, title: "L", band: 1, summary: "s" }] })))), at: [81, 5] },
  { limit: "maxScaleSteps", rule: "limit", kind: "ladder", build: (n) => ladderWith((v) => void (v.scale = repeat(n, (i) => ({ id: `s${i}`, label: "S", description: "d" })))), at: [22, 5] },
  {
    limit: "maxRatings",
    rule: "limit",
    kind: "profile",
    build: (n) => stringify({ ...(parse(PROFILE_TEXT) as object), ratings: Object.fromEntries(repeat(n, (i) => [`c${i}`, "basic"])) }),
    at: [14, 7],
  },
];

const check = (c: Case, text: string, limits: Partial<Limits>): Diagnostic[] =>
  (c.kind === "ladder" ? parseLadder(text, { filename: "f.yaml", limits }) : parseProfile(text, { filename: "f.yaml", limits })).diagnostics;

describe("limits", () => {
  it("counts n aliases of one anchor as n, as the walk does, not n + 1 as yaml does", () => {
    // Five aliases under a limit of five used to be refused as an alias bomb.
    const text = `a: &a [1, 2]\nb: [${repeat(5, () => "*a").join(", ")}]\n`;
    expect(parseLadder(text, { limits: { maxAliases: 5 } }).diagnostics.filter((d) => d.rule === "yaml-alias")).toEqual([]);
  });

  it.each(CASES)("$limit: accepted at the limit", (c) => {
    const limits = { [c.limit]: 5 };
    // maxBytes counts bytes; the others count what they bound.
    expect(check(c, c.build(5), limits).filter((d) => d.rule === c.rule)).toEqual([]);
  });

  it.each(CASES)("$limit: one past it is one located finding that says how to raise it", (c) => {
    const limits = { [c.limit]: 5 };
    const found = check(c, c.build(6), limits).filter((d) => d.rule === c.rule);
    expect(found).toHaveLength(1);
    const [d] = found;
    expect([d!.line, d!.column]).toEqual(c.at);
    expect(d!.file).toBe("f.yaml");
    expect(d!.message).toContain(`raise it with the ${c.limit} limit: limits.${c.limit} in the API, --limit ${c.limit}=<n> in the CLI`);
    expect(d!.message).toMatch(/\b5\b/);
    // The limit stops the checks: nothing is said about the rest of the document.
    if (c.rule === "limit") expect(check(c, c.build(6), limits)).toEqual(found);
  });

  it("maxBytes bounds the document with its aliases written out too", () => {
    // A 1,000-character anchor and ten aliases: about 11,000 characters written out, in a 1 KB file.
    const text = `a: &a "${"x".repeat(998)}"\nb: [${repeat(10, () => "*a").join(", ")}]\n`;
    const rules = (maxBytes: number) => parseLadder(text, { limits: { maxBytes } }).diagnostics.map((d) => [d.rule, d.message]);
    expect(rules(12_000).filter(([rule]) => rule === "yaml-alias")).toEqual([]);
    expect(rules(10_000)).toEqual([["yaml-alias", expect.stringMatching(/^aliases expand the document to about 110\d\d characters, over the limit of 10000 \(raise it with the maxBytes limit/)]]);
  });

  it("refuses a string written over ten times the limit before decoding it", () => {
    // yaml decodes a double-quoted scalar a character at a time: 10 MiB took 3 s and 400 MB.
    const text = `a: 1\nd: "${"x".repeat(10 * 1024 * 1024 - 100)}"\n`;
    const start = performance.now();
    const { diagnostics } = parseLadder(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.endLine])).toEqual([["limit", 2, 4, 2]]);
    expect(diagnostics[0]!.message).toContain("a string of more than 655360 characters written, over the limit of 65536 (raise it with the maxStringLength limit");
  });

  it("caps the nesting at 256 whatever is asked for", () => {
    const deep = `a: ${"[".repeat(300)}${"]".repeat(300)}\n`;
    expect(parseLadder(deep, { limits: { maxDepth: 10_000 } }).diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["yaml-depth", expect.stringContaining("deeper than 256 levels")],
    ]);
  });

  it("caps the scale at 127 steps whatever is asked for: the team view keeps a rank in a byte", () => {
    const steps = (n: number) => ladderWith((v) => void (v.scale = repeat(n, (i) => ({ id: `s${i}`, label: "S", description: "d" }))));
    const limitFindings = (n: number) => parseLadder(steps(n), { limits: { maxScaleSteps: 1000 } }).diagnostics.filter((d) => d.rule === "limit");
    expect(limitFindings(127)).toEqual([]);
    expect(limitFindings(128).map((d) => d.message)).toEqual(["more than 127 scale steps (the most ladderkit takes: the team view keeps a step's rank in a byte)"]);
  });

  it("a longer scale that reaches the team view another way is a TypeError, not ranks wrapped round", () => {
    // Steps s0..s149, the minimal ladder's expectations moved onto them: a rank of 140 would wrap to -116 in a byte.
    const value = JSON.parse(JSON.stringify(minimal()).replaceAll('"basic"', '"s0"').replaceAll('"solid"', '"s1"').replaceAll('"strong"', '"s140"'));
    value.scale = repeat(150, (i) => ({ id: `s${i}`, label: `S${i}`, description: "d" }));
    const ladder = resolveLadder(value);
    const profile: Profile = { apiVersion: "ladderkit/v1", kind: "Profile", person: { name: "P" }, ladder: "x.yaml", level: "engineer", date: "2026-01-01", ratings: { coding: "s130" } };
    expect(() => analyzeTeam(ladder, [profile])).toThrow(new TypeError("ladder 'minimal' has 150 scale steps; the team view takes at most 127"));
    expect(() => encodeTeam(ladder, [profile])).toThrow(TypeError);
  });

  it("refuses a limits option it cannot use, rather than turning a limit off or ignoring it", () => {
    // NaN or "10" compared false with every count (the limit was off); a misspelt name was ignored.
    expect(() => parseLadder(MINIMAL, { limits: { maxLevels: Number.NaN } })).toThrow(new TypeError("limit maxLevels must be a whole number of at least 0, or Infinity; got NaN"));
    expect(() => parseLadder(MINIMAL, { limits: { maxBytes: "10" as unknown as number } })).toThrow("limit maxBytes must be a whole number of at least 0, or Infinity; got '10'");
    expect(() => parseLadder(MINIMAL, { limits: { maxDepth: -1 } })).toThrow(TypeError);
    expect(() => parseLadder(MINIMAL, { limits: { maxDepth: 1.5 } })).toThrow(TypeError);
    expect(() => validateLadder(minimal(), { limits: { maxLevelz: 3 } as Partial<Limits> })).toThrow(/unknown limit 'maxLevelz' \(did you mean 'maxLevels'\?\)/);
    // Left out, undefined and Infinity are fine; 0 is a limit too.
    expect(parseLadder(MINIMAL, { limits: { maxLevels: undefined, maxBytes: Infinity } }).diagnostics).toEqual([]);
    expect(parseLadder(MINIMAL, { limits: { maxLevels: 0 } }).diagnostics.map((d) => d.rule)).toEqual(["limit"]);
  });

  it("applies the string and count limits to plain data too", () => {
    const ladder = minimal();
    expect(validateLadder(ladder, { limits: { maxCompetencies: 1 } }).diagnostics.map((d) => [d.rule, d.path])).toEqual([["limit", ["competencies", 1]]]);
    expect(validateLadder(ladder, { limits: { maxStringLength: 30 } }).diagnostics.map((d) => [d.rule, d.path])).toEqual([["limit", ["competencies", 0, "steps", "basic"]]]);
    expect(validateLadder({ [`k${"x".repeat(40)}`]: 1 }, { limits: { maxStringLength: 30 } }).diagnostics[0]?.message).toContain("a key of 41 characters");
    expect(validateLadder(ladder).diagnostics).toEqual([]);
    const profile = parse(PROFILE_TEXT) as Record<string, unknown>;
    expect(validateProfile(profile, { limits: { maxRatings: 0 } }).diagnostics.map((d) => d.rule)).toEqual(["limit"]);
  });

  it("keeps defaults far above the largest generated ladder, which loads cleanly", () => {
    const text = largeLadder({ scale: 4 });
    const { ladder, diagnostics } = parseLadder(text);
    expect(diagnostics).toEqual([]);
    expect(ladder!.levels.length * 4).toBeLessThanOrEqual(DEFAULT_LIMITS.maxLevels);
    expect(ladder!.competencies.length * 2).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCompetencies);
    expect(text.split("\n").length * 2).toBeLessThan(DEFAULT_LIMITS.maxNodes);
    expect(Buffer.byteLength(text) * 2).toBeLessThan(DEFAULT_LIMITS.maxBytes);
  });
});

/** The README's "Limits and safety" table: each limit's name and the number its default column starts with. */
function readmeLimits(): Record<string, number> {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const rows = [...readme.matchAll(/^\| `(max\w+)` \| ([\d,]+)( MiB)? /gm)];
  return Object.fromEntries(rows.map(([, name, number, mib]) => [name, Number(number!.replaceAll(",", "")) * (mib ? 1024 * 1024 : 1)]));
}

describe("limits in the README", () => {
  it("lists every limit with its default, and nothing else", () => {
    expect(readmeLimits()).toEqual({ ...DEFAULT_LIMITS });
  });
});

describe("limits in the CLI", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ladderkit-limits-"));
    await writeFile(join(dir, "ladder.yaml"), MINIMAL);
    for (let i = 0; i < 3; i++)
      await writeFile(join(dir, `p${i}.yaml`), `apiVersion: ladderkit/v1\nkind: Profile\nperson: { name: P${i} }\nladder: ./ladder.yaml\nlevel: engineer\ndate: 2026-01-01\nratings: { coding: basic }\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["validate", ["validate", "ladder.yaml"]],
    ["tracks", ["tracks", "ladder.yaml"]],
    ["gap", ["gap", "--profile", "p0.yaml"]],
    ["team", ["team", "p0.yaml", "--ladder", "ladder.yaml"]],
  ])("%s takes --limit and names it past the limit", async (_, argv) => {
    // The minimal ladder has five levels; the fifth, the CTO, is at line 89.
    expect((await runCli([...argv, "--limit", "maxLevels=5"], { cwd: dir })).code).toBe(0);
    const run = await runCli([...argv, "--limit", "maxLevels=4"], { cwd: dir });
    expect(run.code).toBe(1);
    const message = "more than 4 levels (raise it with the maxLevels limit: limits.maxLevels in the API, --limit maxLevels=<n> in the CLI)";
    // gap finds the ladder through the profile, and says so.
    expect(run.stdout + run.stderr).toContain(argv[0] === "gap" ? `it has 1 error(s), the first at 89:9: ${message} (limit)` : `ladder.yaml:89:9 error ${message}`);
  });

  it.each([["maxLevel=3", "unknown limit 'maxLevel' (did you mean 'maxLevels'?)"], ["maxLevels", "expected maxLevels=<n>"], ["maxLevels=0", "at least 1"], ["maxLevels=1e3", "a whole number"], ["__proto__=1", "unknown limit '__proto__'"]])(
    "refuses --limit %s as a usage error",
    async (flag, message) => {
      const run = await runCli(["validate", "ladder.yaml", "--limit", flag], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
    },
  );

  it("team reads up to maxProfiles profiles and refuses one more before reading any", async () => {
    const profiles = ["p0.yaml", "p1.yaml", "p2.yaml"];
    expect((await runCli(["team", ...profiles, "--ladder", "ladder.yaml", "--limit", "maxProfiles=3"], { cwd: dir })).code).toBe(0);
    const run = await runCli(["team", ...profiles, "--ladder", "ladder.yaml", "--limit", "maxProfiles=2"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("p2.yaml:1:1 error more than 2 profiles in one team run (raise it with the maxProfiles limit");
  });

  it("says why a profile's ladder is unusable without quoting a file the profile may have picked", async () => {
    await writeFile(join(dir, "secret.yaml"), "apiVersion: ladderkit/v1\nkind: Ladder\npassword: hunter2\n");
    await writeFile(join(dir, "nosy.yaml"), "apiVersion: ladderkit/v1\nkind: Profile\nperson: { name: N }\nladder: ./secret.yaml\nlevel: engineer\ndate: 2026-01-01\nratings: {}\n");
    const run = await runCli(["validate", "nosy.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("cannot use ladder './secret.yaml': it has 8 error(s), the first at 1:1 (schema)");
    expect(run.stdout).not.toMatch(/password|hunter2/);
  });

  it("team names a glob that matches nothing as such", async () => {
    // It used to say "standard input is not supported here".
    const run = await runCli(["team", "none-*.yaml", "--ladder", "ladder.yaml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("none-*.yaml: no files match this pattern");
  });
});
