// `validate <folder>` and globs follow symbolic links: a linked ladder is checked like any other, so
// a CI job over a folder of links cannot pass without reading them.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

const MINIMAL = readFileSync("test/fixtures/valid/minimal.yaml", "utf8");
// One unknown step, at 52:19.
const BROKEN = MINIMAL.replace("coding: basic", "coding: basc");

/** A temporary folder holding `files` (path -> text) and `links` (path -> target, as written). */
function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "ladderkit-links-"));
  const place = (path: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    return join(dir, path);
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(place(path), text);
  for (const [path, target] of Object.entries(links)) symlinkSync(target, place(path));
  return dir;
}

/** The files a JSON report names, in order, each with the rules of its findings. */
function checked(stdout: string): Array<[string, string[]]> {
  const { files } = JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ rule: string }> }> };
  return files.map((f) => [f.file, f.diagnostics.map((d) => d.rule)]);
}

describe("validate follows symbolic links", () => {
  it("checks a linked file in a folder, as it checks the file named by itself", async () => {
    expect(BROKEN).not.toBe(MINIMAL);
    const cwd = tree({ "folder/ok.yaml": MINIMAL, "shared/broken.yaml": BROKEN }, { "folder/company.yaml": "../shared/broken.yaml" });
    const run = await runCli(["validate", "folder"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("folder/company.yaml:52:19 error step 'basc' is not on the scale");
    expect(run.stdout).toContain("2 files checked: 1 error, 0 warnings");
    const json = await runCli(["validate", "folder", "--format", "json"], { cwd });
    expect(checked(json.stdout)).toEqual([
      ["folder/company.yaml", ["unknown-step"]],
      ["folder/ok.yaml", []],
    ]);
  });

  it("walks a linked folder, in name order with the rest", async () => {
    const cwd = tree({ "folder/a.yaml": MINIMAL, "folder/c.yaml": MINIMAL, "shared/broken.yaml": BROKEN }, { "folder/b": "../shared" });
    const run = await runCli(["validate", "folder", "--format", "json"], { cwd });
    expect(run.code).toBe(1);
    expect(checked(run.stdout)).toEqual([
      ["folder/a.yaml", []],
      ["folder/b/broken.yaml", ["unknown-step"]],
      ["folder/c.yaml", []],
    ]);
  });

  it("stops at a link that loops back, and checks each file once, in a folder or through a glob", async () => {
    const cwd = tree({ "d/a.yaml": BROKEN }, { "d/sub/loop": "..", "d/sub/self": "self" });
    for (const arg of ["d", "d/**/*.yaml"]) {
      const run = await runCli(["validate", arg, "--format", "json"], { cwd });
      expect(run.code).toBe(1);
      expect(checked(run.stdout)).toEqual([["d/a.yaml", ["unknown-step"]]]);
    }
  });

  it("keeps the first name a file is given, whichever link the later one goes through", async () => {
    const cwd = tree({ "shared/broken.yaml": BROKEN }, { "folder/company.yaml": "../shared/broken.yaml" });
    const run = await runCli(["validate", "folder", "shared", "--format", "json"], { cwd });
    expect(checked(run.stdout)).toEqual([["folder/company.yaml", ["unknown-step"]]]);
  });

  it("reports a link whose target is gone as a file it cannot read, with exit 2", async () => {
    const cwd = tree({ "folder/ok.yaml": MINIMAL }, { "folder/gone.yaml": "../shared/nowhere.yaml", "folder/gone-folder": "../nowhere" });
    const run = await runCli(["validate", "folder"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("folder/gone.yaml:1:1 error broken symbolic link: its target does not exist  file-read");
    expect(run.stdout).toContain("2 files checked: 1 error, 0 warnings");
    const named = await runCli(["validate", "folder/gone.yaml"], { cwd });
    expect(named.code).toBe(2);
    expect(named.stdout).toContain("folder/gone.yaml:1:1 error broken symbolic link: its target does not exist  file-read");
  });
});
