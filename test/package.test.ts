import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const PUBLIC = ["parseLadder", "parseProfile", "loadLadder", "loadProfile", "validateLadder", "LadderSchema", "ProfileSchema", "analyzeGap", "analyzeTeam", "renderGapReport"];

function node(args: string[], input?: string): string {
  return execFileSync(process.execPath, args, { input, encoding: "utf8" });
}

describe("the built package", () => {
  it("exposes the public API to ESM import", () => {
    const out = node(["--input-type=module", "-e", `import * as lk from "ladderkit"; console.log(JSON.stringify(${JSON.stringify(PUBLIC)}.map((n) => [n, typeof lk[n]])))`]);
    expect(Object.fromEntries(JSON.parse(out) as Array<[string, string]>)).toEqual(
      Object.fromEntries(PUBLIC.map((n) => [n, n.endsWith("Schema") ? "object" : "function"])),
    );
  });

  it("exposes the public API to CJS require", () => {
    const out = node(["-e", `const lk = require("ladderkit"); console.log(JSON.stringify(${JSON.stringify(PUBLIC)}.map((n) => [n, typeof lk[n]])))`]);
    expect(Object.fromEntries(JSON.parse(out) as Array<[string, string]>)).toEqual(
      Object.fromEntries(PUBLIC.map((n) => [n, n.endsWith("Schema") ? "object" : "function"])),
    );
  });

  it("validates a ladder through the CJS build the same as through ESM", () => {
    const script = (load: string) =>
      `${load}; const fs = require("node:fs"); const r = lk.parseLadder(fs.readFileSync("ladders/dual-track.yaml", "utf8"), { filename: "x" }); console.log(r.ladder.levels.length, r.diagnostics.length)`;
    const cjs = node(["-e", script(`const lk = require("ladderkit")`)]);
    const esm = node(["--input-type=module", "-e", `import * as lk from "ladderkit"; import { createRequire } from "node:module"; const require = createRequire(import.meta.url); ${script("")}`]);
    expect(cjs).toBe("12 0\n");
    expect(esm).toBe(cjs);
  });

  it("ships type declarations for both module systems", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { exports: Record<string, { import: { types: string }; require: { types: string } }> };
    for (const path of [pkg.exports["."]!.import.types, pkg.exports["."]!.require.types]) {
      const dts = readFileSync(path, "utf8");
      expect(dts).toContain("declare function parseLadder");
      expect(dts).toContain("declare function analyzeGap");
    }
  });
});

describe("the bundled CLI", () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["dist/cli.cjs", ...args], { encoding: "utf8" });

  it("validates the samples with exit 0", () => {
    const result = run(["validate", "ladders"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("7 files checked");
  });

  it.each([
    ["a YAML syntax error", "test/fixtures/cli/schema-errors.yaml", 1],
    ["a missing file", "no/such.yaml", 2],
  ])("shows no stack trace for %s", (_, file, code) => {
    const result = run(["validate", file]);
    expect(result.status).toBe(code);
    expect(result.stdout).toContain(`${file}:`);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
  });
});
