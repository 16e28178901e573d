// A command reads each input file once: the `$schema` line export and import write comes from the
// text the ladder was loaded from, so a file replaced between two reads cannot mix two versions.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readFile } from "../src/load/fs-async.js";
import { runCli } from "./helpers/cli.js";

// Every file ladderkit reads goes through src/load/fs-async.ts.
vi.mock("../src/load/fs-async.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../src/load/fs-async.js")>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

/** How many times each file was read since the last reset, by path relative to the project root. */
function reads(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [path] of vi.mocked(readFile).mock.calls) {
    const name = String(path).replace(`${process.cwd()}/`, "");
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

describe("export and import read each file once", () => {
  const dir = mkdtempSync(join(tmpdir(), "ladderkit-reads-"));
  // void: a function a hook returns is run as its teardown.
  beforeEach(() => void vi.mocked(readFile).mockClear());

  it("export --format yaml reads the ladder and its base once each", async () => {
    const run = await runCli(["export", "ladders/acme.yaml", "--format", "yaml"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=schema/ladder.schema.json");
    expect(reads()).toEqual({ "ladders/acme.yaml": 1, "ladders/dual-track.yaml": 1 });
  });

  it("import reads the base ladder and the CSV once each", async () => {
    const csv = join(dir, "small.csv");
    expect((await runCli(["export", "ladders/small-company.yaml", "--format", "csv", "--out", csv])).code).toBe(0);
    vi.mocked(readFile).mockClear();
    const run = await runCli(["import", csv, "--ladder", "ladders/small-company.yaml"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=schema/ladder.schema.json");
    expect(reads()).toEqual({ "ladders/small-company.yaml": 1, [csv]: 1 });
  });

  it("finds the schema line after a byte order mark, and rebases it", async () => {
    const file = join(dir, "bom.yaml");
    writeFileSync(file, `\uFEFF${readFileSync("ladders/small-company.yaml", "utf8")}`);
    mkdirSync(join(dir, "out"), { recursive: true });
    const out = join(dir, "out", "flat.yaml");
    const run = await runCli(["export", file, "--format", "yaml", "--out", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(out, "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/ladder.schema.json");
    expect(reads()).toEqual({ [file]: 1 });
  });
});
