import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The examples as a user runs them: copied out of the repository into a folder whose
// node_modules/ladderkit is the package as `npm pack` makes it from dist/ (built once by
// test/global-setup.ts), its dependencies linked from this project's node_modules.

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUN_TIMEOUT = 30_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end. npm's own variables are dropped: under `npm test` they name this project and would steer npm. */
function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, encoding: "utf8", timeout: RUN_TIMEOUT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A folder with examples/, ladders/ and node_modules/ladderkit installed from the packed tarball. */
async function install(): Promise<string> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "ladderkit-examples-")));
  const packed = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  const untar = await run("tar", ["-xzf", join(dir, filename), "-C", modules], dir);
  if (untar.code !== 0) throw new Error(`tar failed:\n${untar.stderr}`);
  renameSync(join(modules, "package"), join(modules, "ladderkit"));
  const pkg = JSON.parse(readFileSync(join(modules, "ladderkit", "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(pkg.dependencies ?? {})) symlinkSync(join(ROOT, "node_modules", name), join(modules, name), "dir");
  cpSync(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
  // The sample ladders as the package ships them.
  cpSync(join(modules, "ladderkit", "ladders"), join(dir, "ladders"), { recursive: true });
  return dir;
}

let dir: string;
beforeAll(async () => {
  dir = await install();
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const node = (args: readonly string[]) => run(process.execPath, args, dir);

/** The sample profile of a senior engineer at the fork, as plain data. */
const sampleProfile = (): Record<string, unknown> =>
  parseYaml(readFileSync(join(ROOT, "ladders/profiles/senior-at-fork.yaml"), "utf8")) as Record<string, unknown>;

describe("the examples' folder", () => {
  it("resolves ladderkit to the packed package, for import and require", async () => {
    const esm = await node(["--input-type=module", "-e", 'console.log(import.meta.resolve("ladderkit"))']);
    const cjs = await node(["-e", 'console.log(require.resolve("ladderkit"))']);
    expect(fileURLToPath(esm.stdout.trim())).toBe(join(dir, "node_modules/ladderkit/dist/index.js"));
    expect(cjs.stdout.trim()).toBe(join(dir, "node_modules/ladderkit/dist/index.cjs"));
  });
});

describe.each([
  ["ESM", "examples/esm.mjs"],
  ["CJS", "examples/cjs.cjs"],
])("the %s example", (label, script) => {
  it("loads the reference ladder, validates the sample profile and prints its gap report", async () => {
    const result = await node([script]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Gap report: Dana Okafor, Senior Software Engineer \(2026-03-10\)\n/);
    // At the fork: both branches are targets.
    expect(result.stdout).toContain("Target: Engineering Manager (Management, band 4)");
    expect(result.stdout).toContain("Target: Lead Engineer (Technical leadership, band 4)");
  });

  it("prints located diagnostics and exits 1 for an invalid profile", async () => {
    const text = readFileSync(join(dir, "ladders/profiles/senior-at-fork.yaml"), "utf8").replace("  code-quality: expert", "  code-qualty: expert");
    const file = `misspelt-${label}.yaml`;
    writeFileSync(join(dir, file), text);
    const result = await node([script, "ladders/dual-track.yaml", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const line = text.split("\n").indexOf("  code-qualty: expert") + 1;
    expect(result.stderr).toMatch(
      new RegExp(`^${file}:${line}:\\d+ error competency 'code-qualty' is not in ladder 'dual-track' \\(did you mean 'code-quality'\\?\\) \\(profile-competency\\)$`, "m"),
    );
  });
});

describe("the examples' sources", () => {
  // They say `// @ts-check`, so an editor checks them against the package's declarations: so does this.
  it("type-check against the packed package's declarations", async () => {
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const options = ["--noEmit", "--allowJs", "--checkJs", "--strict", "--skipLibCheck", "--module", "nodenext", "--moduleResolution", "nodenext"];
    const types = ["--target", "es2022", "--types", "node", "--typeRoots", join(ROOT, "node_modules/@types")];
    const result = await node([tsc, ...options, ...types, "examples/esm.mjs", "examples/cjs.cjs", "examples/http-server.mjs"]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("the ESM and CJS examples", () => {
  it("print the same report", async () => {
    const [esm, cjs] = await Promise.all([node(["examples/esm.mjs"]), node(["examples/cjs.cjs"])]);
    expect(esm.stdout).not.toBe("");
    expect(cjs.stdout).toBe(esm.stdout);
  });
});

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request on loopback, bounded in time. An error after the answer (the server closing a 413) keeps the answer. */
function send(base: URL, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    let answer: Response | undefined;
    const req = httpRequest(new URL(path, base), { method, agent: false, timeout: 10_000, headers: { "content-type": "application/json", ...headers } }, (res) => {
      answer = { status: res.statusCode ?? 0, headers: res.headers, body: "" };
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (answer!.body += chunk));
      res.on("end", () => resolve(answer!));
      res.on("error", () => resolve(answer!));
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer in 10 s`)));
    req.on("error", (error) => (answer ? resolve(answer) : reject(error)));
    req.end(body);
  });
}

describe("the HTTP example", () => {
  let server: ChildProcess;
  let base: URL;
  let output = "";

  beforeAll(async () => {
    server = spawn(process.execPath, ["examples/http-server.mjs"], { cwd: dir, env: { ...process.env, PORT: "0", HOST: "127.0.0.1" } });
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    base = await new Promise<URL>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start in 15 s:\n${output}`)), 15_000);
      let stdout = "";
      server.stdout!.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:\d+\/gap/.exec(stdout);
        if (url) {
          clearTimeout(timer);
          resolve(new URL(url[0]));
        }
      });
      server.on("exit", (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
    });
  }, 20_000);

  afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  });

  it("answers a valid profile with its gap report as JSON", async () => {
    const res = await send(base, "POST", "/gap", JSON.stringify({ profile: sampleProfile() }));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    const report = JSON.parse(res.body) as { kind: string; person: { name: string }; targets: Array<{ level: { id: string } }> };
    expect(report.kind).toBe("GapReport");
    expect(report.person.name).toBe("Dana Okafor");
    expect(report.targets.map((t) => t.level.id)).toEqual(["engineering-manager", "lead-engineer"]);
  });

  it.each([
    ["markdown", "text/markdown; charset=utf-8", /^# /],
    ["html", "text/html; charset=utf-8", /^<!doctype html>/i],
    ["text", "text/plain; charset=utf-8", /^Gap report: Dana Okafor/],
  ])("renders the report with ?format=%s", async (format, type, start) => {
    const res = await send(base, "POST", `/gap?format=${format}`, JSON.stringify({ profile: sampleProfile() }));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe(type);
    expect(res.body).toMatch(start);
  });

  it("answers an invalid profile with 400 and diagnostics located by JSON path", async () => {
    const profile = sampleProfile();
    const ratings = profile.ratings as Record<string, unknown>;
    ratings["code-qualty"] = ratings["code-quality"];
    delete ratings["code-quality"];
    const res = await send(base, "POST", "/gap", JSON.stringify({ profile }));
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body) as { diagnostics: Array<Record<string, unknown>> };
    expect(body.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: "profile-competency",
        severity: "error",
        path: ["profile", "ratings", "code-qualty"],
        at: "profile.ratings.code-qualty",
        suggestion: "code-quality",
      }),
    );
  });

  it("answers a profile of the wrong shape with 400 and schema diagnostics", async () => {
    const res = await send(base, "POST", "/gap", JSON.stringify({ profile: { ...sampleProfile(), level: 7 } }));
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body) as { diagnostics: Array<Record<string, unknown>> };
    expect(body.diagnostics).toContainEqual(expect.objectContaining({ rule: "schema", path: ["profile", "level"] }));
  });

  it.each([
    ["a body that is not JSON", "{ profile: "],
    ["JSON without a profile", "[1, 2]"],
    ["an empty body", ""],
  ])("answers %s with 400 and keeps serving", async (_, body) => {
    const res = await send(base, "POST", "/gap", body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toHaveProperty("error");
    expect((await send(base, "POST", "/gap", JSON.stringify({ profile: sampleProfile() }))).status).toBe(200);
  });

  it("answers an unknown format with 400", async () => {
    const res = await send(base, "POST", "/gap?format=pdf", JSON.stringify({ profile: sampleProfile() }));
    expect(res.status).toBe(400);
    expect(res.body).toContain("json, markdown, html, text");
  });

  it.each([
    ["declared by content-length", {}],
    ["sent in chunks", { "transfer-encoding": "chunked" }],
  ])("answers a body over 1 MiB %s with 413", async (_, headers) => {
    const res = await send(base, "POST", "/gap", Buffer.alloc(1024 * 1024 + 1, " "), headers);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ error: "the body is over 1048576 bytes" });
  });

  it("answers another method with 405 and another path with 404", async () => {
    const get = await send(base, "GET", "/gap");
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST");
    expect((await send(base, "POST", "/reports")).status).toBe(404);
  });

  it("logged nothing on stderr", () => {
    expect(output).toBe("");
  });
});
