import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The bound on a minified bundle of `export { analyzeGap } from "ladderkit"`: measured at 8,184
 * bytes (esbuild 0.27; the gap analysis and the ladder graph only, where the single-file build of
 * 0.1.0 gave 244,944), bound set 25% above. Raise it only for growth of the gap analysis itself,
 * never for a dependency pulled in.
 */
const ANALYZE_GAP_BOUND = 10_240;

/** A consumer project with `ladderkit` installed as a link to this package, as `npm link` leaves it. */
let consumerDir: string;

beforeAll(() => {
  consumerDir = mkdtempSync(join(tmpdir(), "ladderkit-shake-"));
  mkdirSync(join(consumerDir, "node_modules"));
  symlinkSync(resolve("."), join(consumerDir, "node_modules/ladderkit"), "dir");
});

/** Bundles a consumer of the built package (through its `exports` and `sideEffects`), minified. */
async function bundle(source: string): Promise<{ code: Uint8Array; inputs: string[]; warnings: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: consumerDir, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "node",
    minify: true,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs)[0] as Metafile["outputs"][string];
  return { code: result.outputFiles[0]!.contents, inputs: Object.keys(output.inputs), warnings: result.warnings.map((w) => w.text) };
}

/** Inputs of a bundle that come from a package, or from a folder of ladderkit's dist/. */
const fromPackage = (inputs: string[], name: string) => inputs.filter((i) => i.includes(`node_modules/${name}/`));
const fromDist = (inputs: string[], folder: string) => inputs.filter((i) => i.startsWith(`dist/${folder}/`));

describe("tree-shaking the built package", () => {
  it("a consumer of analyzeGap alone gets neither yaml, zod, ajv nor any renderer, under the bound", async () => {
    const { code, inputs, warnings } = await bundle(`export { analyzeGap } from "ladderkit";`);
    expect(inputs).toContain("dist/gap/analyze-gap.js");
    for (const name of ["yaml", "zod", "ajv", "tinyglobby"]) expect(fromPackage(inputs, name), name).toEqual([]);
    for (const folder of ["report", "load", "validate", "config", "api"]) expect(fromDist(inputs, folder), folder).toEqual([]);
    expect(warnings).toEqual([]);
    expect(code.byteLength).toBeLessThan(ANALYZE_GAP_BOUND);
  });

  it("a consumer of parseLadder does get yaml and zod (so the test above can fail)", async () => {
    const { code, inputs } = await bundle(`export { parseLadder } from "ladderkit";`);
    expect(fromPackage(inputs, "yaml")).not.toEqual([]);
    expect(fromPackage(inputs, "zod")).not.toEqual([]);
    expect(code.byteLength).toBeGreaterThan(10 * ANALYZE_GAP_BOUND);
  });

  it("the analyzeGap-only bundle runs, and reports what the full package reports", async () => {
    const { code } = await bundle(`export { analyzeGap } from "ladderkit";`);
    const file = join(consumerDir, "analyze-gap.mjs");
    writeFileSync(file, code);
    const shaken = (await import(pathToFileURL(file).href)) as typeof import("../src/index.js");
    const full = (await import(pathToFileURL(resolve("dist/index.js")).href)) as typeof import("../src/index.js");

    const { ladder, profile, diagnostics } = await full.loadProfile(resolve("ladders/profiles/senior-at-fork.yaml"));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const report = shaken.analyzeGap(ladder!, profile!);
    expect(report.targets.length).toBeGreaterThan(0);
    expect(report).toEqual(full.analyzeGap(ladder!, profile!));
  });
});
