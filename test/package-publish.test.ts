import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The package as npm publishes it: packed from dist/ (built once by test/global-setup.ts), linted
// by publint and arethetypeswrong, and installed into a folder of its own. Every expectation about
// dist/ comes from package.json, so the build may change its layout without touching this file.

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TOOL_TIMEOUT = 60_000;

interface Pkg {
  version: string;
  main?: string;
  module?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports: Record<string, unknown>;
}
interface Packed {
  tarball: string;
  size: number;
  files: string[];
}
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const readPkg = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Pkg;

/** Runs a command to its end. npm's own variables are dropped: under `npm test` they name this project (npm_config_local_prefix) and would steer an npm run elsewhere. */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 << 20, timeout: TOOL_TIMEOUT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** `npm pack` without lifecycle scripts: the tests pack what dist/ holds, they never rebuild it under other tests' feet. */
async function pack(dir: string, destination: string): Promise<Packed> {
  const result = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", destination], dir);
  if (result.code !== 0) throw new Error(`npm pack failed in ${dir}:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout) as Array<{ filename: string; size: number; files: Array<{ path: string }> }>;
  return { tarball: join(destination, info!.filename), size: info!.size, files: info!.files.map((f) => f.path).sort() };
}

/** The problems arethetypeswrong finds in a tarball, in every resolution mode (its default profile). */
async function attwProblems(tarball: string): Promise<Array<{ kind: string; entrypoint?: string; resolutionKind?: string }>> {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve("@arethetypeswrong/cli/package.json")), "dist/index.js");
  const result = await run(process.execPath, [bin, tarball, "--format", "json"], ROOT);
  try {
    return (JSON.parse(result.stdout) as { analysis: { problems: [] } }).analysis.problems;
  } catch {
    throw new Error(`attw gave no JSON (exit ${result.code}):\n${result.stdout}${result.stderr}`);
  }
}

/** Every file package.json points at: main, module, types, bin and each leaf of exports. */
function entryFiles(pkg: Pkg): string[] {
  const leaves = (value: unknown): string[] =>
    typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];
  const all = [pkg.main, pkg.module, pkg.types, ...leaves(pkg.bin), ...leaves(pkg.exports)];
  return [...new Set(all.filter((p): p is string => typeof p === "string").map((p) => p.replace(/^\.\//, "")))].sort();
}

const ALLOWED = [/^dist\//, /^schema\/[^/]+\.schema\.json$/, /^ladders\/.+\.ya?ml$/, /^(README\.md|CHANGELOG\.md|LICENSE|package\.json)$/];
const FORBIDDEN = [/(^|\/)(src|tests?|bench|scripts|docs|fixtures|__tests__|\.ci|node_modules)\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /(^|\/)tsconfig[^/]*\.json$/, /\.tmp\./, /\.tgz$/];
const REQUIRED = ["README.md", "CHANGELOG.md", "LICENSE", "package.json"];

/** What is wrong with a tarball's file list: a missing entry point, sample, schema or notice, or a file that does not belong. */
function packProblems(files: string[], pkg: Pkg): string[] {
  const onDisk = (dir: string) => (readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).replaceAll("\\", "/"));
  const wanted = [...new Set([...entryFiles(pkg), ...onDisk("schema"), ...onDisk("ladders"), ...REQUIRED])];
  return [
    ...wanted.filter((f) => !files.includes(f)).map((f) => `missing: ${f}`),
    ...files.filter((f) => !ALLOWED.some((re) => re.test(f)) || FORBIDDEN.some((re) => re.test(f))).map((f) => `does not belong: ${f}`),
  ];
}

const pkg = readPkg(ROOT);
let work: string;
let packed: Packed;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "ladderkit-publish-"));
  packed = await pack(ROOT, work);
}, TOOL_TIMEOUT);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the published package", () => {
  it("passes publint --strict", async () => {
    const { messages, pkg: linted } = await publint({ pkgDir: ROOT, strict: true, pack: "npm" });
    expect(messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, linted, { color: false })}`)).toEqual([]);
  }, TOOL_TIMEOUT);

  it("has types right for node10, node16 (CJS and ESM) and bundlers", async () => {
    expect(await attwProblems(packed.tarball)).toEqual([]);
  }, TOOL_TIMEOUT);

  it("packs the builds, schemas, samples and notices, and nothing else", () => {
    expect(packProblems(packed.files, pkg)).toEqual([]);
    // 280 kB today (the CLI bundles its dependencies): a guard against packing something big by mistake.
    expect(packed.size).toBeLessThan(1 << 20);
  });

  it("installs from the tarball and works from a folder of its own", async () => {
    const consumer = join(work, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true }\n');
    // The dependencies come from npm's cache when it has them (after npm ci it does), else from the registry.
    const install = await run("npm", ["install", packed.tarball, "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock"], consumer);
    expect(install.code, install.stderr).toBe(0);
    const installed = join(realpathSync(consumer), "node_modules", "ladderkit");

    const cjs = await run(process.execPath, ["-e", `const lk = require("ladderkit"); console.log(JSON.stringify({ version: require("ladderkit/package.json").version, schema: require.resolve("ladderkit/schema/ladder.schema.json"), id: require("ladderkit/schema/profile.schema.json").$id, parseLadder: typeof lk.parseLadder }))`], consumer);
    expect(cjs.stderr).toBe("");
    expect(JSON.parse(cjs.stdout)).toEqual({ version: pkg.version, schema: join(installed, "schema", "ladder.schema.json"), id: "urn:ladderkit:profile:v1", parseLadder: "function" });

    const esm = await run(process.execPath, ["--no-warnings", "--input-type=module", "-e", `import * as lk from "ladderkit"; import schema from "ladderkit/schema/ladder.schema.json" with { type: "json" }; console.log(JSON.stringify([typeof lk.parseLadder, typeof lk.analyzeGap, schema.$id]))`], consumer);
    expect(esm.stderr).toBe("");
    expect(JSON.parse(esm.stdout)).toEqual(["function", "function", "urn:ladderkit:ladder:v1"]);

    // The bin finds the shipped schemas, and the shipped samples validate where they land.
    const bin = join(consumer, "node_modules", ".bin", "ladderkit");
    const schema = await run(bin, ["schema", "profile"], consumer);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, "schema", "profile.schema.json"), "utf8")));
    const samples = packed.files.filter((f) => f.startsWith("ladders/")).length;
    const validate = await run(bin, ["validate", "node_modules/ladderkit/ladders"], consumer);
    expect(validate.code, validate.stdout).toBe(0);
    expect(validate.stdout).toContain(`${samples} files checked: 0 errors`);
  }, TOOL_TIMEOUT);
});

describe("the checks above can fail", () => {
  it("flags sources, tests, fixtures and tooling in a file list, and a missing entry point", () => {
    const main = entryFiles(pkg).find((f) => f.startsWith("dist/"))!;
    const bad = [...packed.files.filter((f) => f !== main), "src/index.ts", "test/fixtures/valid/minimal.yaml", "dist/index.test.js", "tsconfig.json", ".ci/run", "bench/run.mjs", "docs/rules.md", "scripts/demo.mjs"];
    expect(packProblems(bad, pkg)).toEqual([
      `missing: ${main}`,
      ...["src/index.ts", "test/fixtures/valid/minimal.yaml", "dist/index.test.js", "tsconfig.json", ".ci/run", "bench/run.mjs", "docs/rules.md", "scripts/demo.mjs"].map((f) => `does not belong: ${f}`),
    ]);
  });

  it("publint and attw report CommonJS declarations that are really ESM ones", async () => {
    // A copy of the package whose require condition points at the import condition's declarations.
    const broken = join(work, "broken");
    for (const dir of ["dist", "schema"]) cpSync(join(ROOT, dir), join(broken, dir), { recursive: true });
    const root = pkg.exports["."] as { import: { types: string }; require: { types: string } };
    expect(root.require.types, "pick another way to break the package").not.toBe(root.import.types);
    const brokenPkg = { ...pkg, exports: { ...pkg.exports, ".": { ...root, require: { ...root.require, types: root.import.types } } } };
    writeFileSync(join(broken, "package.json"), JSON.stringify(brokenPkg, null, 2));

    const { messages } = await publint({ pkgDir: broken, strict: true, pack: false });
    expect(messages.map((m) => m.code)).toContain("EXPORTS_TYPES_INVALID_FORMAT");
    mkdirSync(join(work, "broken-pack"));
    const problems = await attwProblems((await pack(broken, join(work, "broken-pack"))).tarball);
    expect(problems.map((p) => p.kind)).not.toEqual([]);
  }, TOOL_TIMEOUT);
});
