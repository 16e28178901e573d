// The built CLI writes standard output and error itself (src/cli/std-out.ts) instead of through
// process.stdout: whole, in order, quietly stopping when the reader goes away, and without loading
// node:net and node:tty on a clean `validate` into a pipe.
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { syncWriter } from "../src/cli/std-out.js";

const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

describe("the CLI's standard output", () => {
  it("writes a large page whole into a pipe", () => {
    const { status, stdout, stderr } = node(["dist/cli.cjs", "render", "ladders/acme.yaml", "--format", "html"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(64 * 1024); // more than a pipe holds at once
    expect(stdout).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/i);
  });

  it("ends quietly, exit code unchanged, when the reader closes the pipe early (as `| head` does)", async () => {
    const child = spawn(process.execPath, ["dist/cli.cjs", "render", "ladders/acme.yaml", "--format", "html"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  // What a clean validate loads, taken before anything is written (process.stderr would itself load
  // node:net), with standard output a pipe (as in CI) or /dev/null (hooks that want the exit code).
  const loadedBy = (stdout: "pipe" | "ignore") => {
    const probe = `process.on("exit", () => require("fs").writeSync(2, JSON.stringify(process.moduleLoadList)));`;
    const args = ["--eval", `${probe} process.argv.splice(1, 0, "dist/cli.cjs"); require("./dist/cli.cjs");`, "validate", "ladders/dual-track.yaml"];
    const run = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", stdout, "pipe"] });
    expect(run.status, run.stderr).toBe(0);
    if (stdout === "pipe") expect(run.stdout).toBe("1 file checked: no problems\n");
    const loaded = JSON.parse(run.stderr) as string[];
    expect(loaded).toContain("NativeModule vm"); // the probe sees the CLI's own modules
    return loaded;
  };

  it("does not load node:net, node:tty or node:fs/promises on a clean validate into a pipe or /dev/null", () => {
    for (const stdout of ["pipe", "ignore"] as const)
      expect(loadedBy(stdout).filter((m) => /^NativeModule (net|tty|fs\/promises)$/.test(m)), stdout).toEqual([]);
  });

  it("throws errors other than a full or closed descriptor, and leaves the fallback stream alone", () => {
    const written: unknown[] = [];
    const stream = { write: (chunk: unknown) => written.push(chunk) } as unknown as NodeJS.WritableStream;
    // No process has descriptor 1023 open here: EBADF is a real error, not one to route around.
    expect(() => syncWriter(1023 as 1, () => stream)("x")).toThrow(/EBADF/);
    expect(written).toEqual([]);
  });
});

describe("the CLI's standard input", () => {
  it("stops reading past maxBytes: an endless stream is refused, not held whole", async () => {
    const child = spawn(process.execPath, ["dist/cli.cjs", "validate", "-", "--limit", "maxBytes=100000"], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stdin.on("error", () => {}); // the CLI stops reading and exits while we still write
    const line = Buffer.from("# a comment line, written again and again\n".repeat(1000));
    const feed = () => {
      while (!child.stdin.destroyed && child.stdin.write(line));
    };
    child.stdin.on("drain", feed);
    feed();
    const code = await new Promise((done) => child.on("close", done));
    child.stdin.destroy();
    expect(out).toMatch(/over the limit of 100000 bytes/);
    expect(code).toBe(1);
  }, 20_000);
});
