import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

const BROKEN = "test/fixtures/cli/schema-errors.yaml";

describe("ladderkit validate", () => {
  it("passes the bundled samples with exit 0", async () => {
    const run = await runCli(["validate", "ladders"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^6 files checked: 0 errors, 0 warnings/m);
  });

  it("reports schema errors, each located with a code frame, with exit 1", async () => {
    const run = await runCli(["validate", BROKEN]);
    expect(run.code).toBe(1);
    const heads = run.stdout.split("\n").filter((line) => line.startsWith(BROKEN));
    expect(heads).toEqual([
      `${BROKEN}:27:9 error missing required property 'title'  schema`,
      `${BROKEN}:28:9 error unknown property 'titel' (did you mean 'title'?)  schema`,
    ]);
    expect(run.stdout).toContain("> 28 |         titel: Senior Engineer");
    expect(run.stdout).toContain("1 file checked: 2 errors, 0 warnings");
  });

  it("reports a semantic error with its rule and a did-you-mean", async () => {
    const run = await runCli(["validate", "test/fixtures/cli/semantic-error.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "test/fixtures/cli/semantic-error.yaml:14:15 error category 'tehc' does not exist (did you mean 'tech'?)  unresolved-reference",
    );
  });

  it("exits 2 for a missing file and names it", async () => {
    const run = await runCli(["validate", "no/such/ladder.yaml"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("no/such/ladder.yaml:1:1 error file not found  file-read");
  });

  it("exits 1 for a YAML syntax error", async () => {
    const run = await runCli(["validate", "-", "--stdin-filename", "pasted.yaml"], { stdin: "apiVersion: [ladderkit/v1\nkind: Ladder\n" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^pasted\.yaml:\d+:\d+ error .* {2}yaml-syntax$/m);
  });

  it("reads standard input with -", async () => {
    const text = await readFile("test/fixtures/valid/minimal.yaml", "utf8");
    const run = await runCli(["validate", "-"], { stdin: text });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("1 file checked: no problems\n");
  });

  it("prints JSON with --format json", async () => {
    const run = await runCli(["validate", BROKEN, "test/fixtures/valid/minimal.yaml", "--format", "json"]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { version: number; errorCount: number; files: Array<{ file: string; kind: string; diagnostics: Array<{ rule: string; line: number }> }> };
    expect(out.version).toBe(1);
    expect(out.files.map((f) => [f.file, f.kind])).toEqual([
      [BROKEN, "Ladder"],
      ["test/fixtures/valid/minimal.yaml", "Ladder"],
    ]);
    expect(out.errorCount).toBe(out.files[0]!.diagnostics.length);
    expect(out.files[0]!.diagnostics.every((d) => d.line > 0)).toBe(true);
    expect(out.files[1]!.diagnostics).toEqual([]);
  });

  it("checks a profile against the ladder it names", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-"));
    const profile = (await readFile("ladders/profiles/senior-at-fork.yaml", "utf8"))
      .replace("ladder: ../dual-track.yaml", `ladder: ${join(process.cwd(), "ladders/dual-track.yaml")}`)
      .replace("level: senior-engineer", "level: senior-enginer");
    await writeFile(join(dir, "p.yaml"), profile);
    const run = await runCli(["validate", join(dir, "p.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/p\.yaml:11:8 error level 'senior-enginer' is not a level of ladder 'dual-track' \(did you mean 'senior-engineer'\?\) {2}profile-level/);
  });

  it("refuses an unknown format with exit 2 and the usage", async () => {
    const run = await runCli(["validate", "ladders", "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown format 'xml'");
    expect(run.stderr).toContain("Usage: ladderkit validate");
  });

  it("refuses an unknown option with exit 2", async () => {
    const run = await runCli(["validate", "ladders", "--colour"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--colour");
  });
});

describe("ladderkit schema, tracks and the top level", () => {
  it("prints the committed JSON Schemas", async () => {
    for (const name of ["ladder", "profile"]) {
      const run = await runCli(["schema", name]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(await readFile(`schema/${name}.schema.json`, "utf8"));
    }
    expect((await runCli(["schema"])).stdout).toBe(await readFile("schema/ladder.schema.json", "utf8"));
    expect((await runCli(["schema", "team"])).code).toBe(2);
  });

  it("shows the tracks side by side, one row per band", async () => {
    const run = await runCli(["tracks", "ladders/dual-track.yaml"]);
    expect(run.code).toBe(0);
    const row = run.stdout.split("\n").find((line) => /^\s+7\s/.test(line));
    expect(row).toMatch(/VP of Engineering\s+Director of Architecture/);
    expect(run.stdout).toContain("Technical leadership branches from Senior Software Engineer.");
  });

  it("answers help, version and unknown commands", async () => {
    expect((await runCli(["--help"])).code).toBe(0);
    expect((await runCli(["--help"])).stdout).toContain("Usage: ladderkit <command>");
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(["--version"])).stdout).toMatch(/^(\d+\.\d+\.\d+|dev)\n$/);
    const unknown = await runCli(["validat"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'validat'");
  });
});
