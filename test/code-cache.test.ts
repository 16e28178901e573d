// The built CLI loads its chunks with the V8 code cache the build wrote (src/cli/chunk-loader.ts,
// scripts/code-cache.mjs). These tests check that V8 takes that cache, and that without it, or with
// a broken one, the CLI does exactly what it does with it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Runs `node <dist>/cli.cjs` from the project root, asking it to report what it did with each chunk's cache. */
function run(dist: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LADDERKIT_CODE_CACHE: "report" };
  delete env.NODE_OPTIONS; // V8 flags there would make V8 refuse the cache, rightly
  const result = spawnSync(process.execPath, [join(dist, "cli.cjs"), ...args], { encoding: "utf8", env });
  const uses = [...result.stderr.matchAll(/^code cache (\w+): (.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/^code cache .*\n/gm, ""), uses };
}

/** A copy of dist/ whose caches are changed by `alter` (given the cache folder). */
function distCopy(alter: (cacheDir: string) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), "ladderkit-cache-")), "dist");
  cpSync("dist", dir, { recursive: true });
  alter(join(dir, "_cli", "cache"));
  return dir;
}

const commands = [
  ["validate", "ladders/dual-track.yaml"],
  ["validate", "ladders/profiles/senior-at-fork.yaml"],
  ["validate", "test/fixtures/bad/wrong-types.yaml"],
  ["gap", "--profile", "ladders/profiles/senior-at-fork.yaml"],
];

describe("the CLI's code cache", () => {
  it.each([
    ["a ladder", "ladders/dual-track.yaml"],
    ["a profile and its ladder", "ladders/profiles/senior-at-fork.yaml"],
  ])("is taken by V8 for every chunk `validate` loads for %s", (_, file) => {
    const { status, uses } = run("dist", ["validate", file]);
    expect(status).toBe(0);
    expect(uses.length).toBeGreaterThan(2);
    expect(uses.filter(([use]) => use !== "accepted")).toEqual([]);
  });

  it("is written for the V8 that built it, one file per chunk", () => {
    const files = readdirSync("dist/_cli/cache");
    expect(files).toContain(`run.cjs.v8-${process.versions.v8}.bin`);
    for (const file of files) expect(file).toMatch(/^[\w-]+\.cjs\.v8-[\w.-]+\.bin$/);
  });

  it.each([
    ["missing", "none", (cacheDir: string) => rmSync(cacheDir, { recursive: true })],
    [
      "corrupt",
      "rejected",
      (cacheDir: string) => {
        for (const file of readdirSync(cacheDir)) writeFileSync(join(cacheDir, file), Buffer.alloc(64, 7));
      },
    ],
  ])("when %s, is done without, and the CLI prints exactly the same", (_, expected, alter) => {
    const dist = distCopy(alter);
    for (const args of commands) {
      const cached = run("dist", args);
      const without = run(dist, args);
      expect(without.uses.length, args.join(" ")).toBeGreaterThan(2);
      // A chunk no warm-up run loaded has no cache to lose.
      expect(without.uses.filter(([use]) => use !== expected && use !== "none"), args.join(" ")).toEqual([]);
      expect(without.uses.filter(([use]) => use === expected).length, args.join(" ")).toBeGreaterThan(2);
      expect({ ...without, uses: [] }, args.join(" ")).toEqual({ ...cached, uses: [] });
    }
    rmSync(resolve(dist, ".."), { recursive: true, force: true });
  });
});

describe("the CLI's chunks", () => {
  it("keep `?.` and `??` as plain conditionals, not calls of tsup's CommonJS helpers", () => {
    // tsup rewrites split CommonJS chunks with sucrase, which turns each `a?.b` and `a ?? b` left in
    // them into a helper call that allocates on every use (yaml's parser has over a hundred);
    // tsup.config.ts has esbuild write them out first.
    const chunks = readdirSync("dist/_cli").filter((f) => f.endsWith(".cjs"));
    expect(chunks.length).toBeGreaterThan(5);
    const withHelpers = chunks.filter((f) => /\b_(optionalChain|nullishCoalesce)\(/.test(readFileSync(join("dist/_cli", f), "utf8")));
    expect(withHelpers).toEqual([]);
  });
});
