// Nothing lost: no command changes a byte of what it reads, --out never replaces an input (by any
// name or link that leads to it) and writes atomically, and LF, CRLF and BOM-prefixed copies of the
// samples give the same diagnostics and the same reports.
import { createHash } from "node:crypto";
import { cpSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ladderToCsv, parseLadder } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SMALL_CSV = ladderToCsv(parseLadder(readFileSync(join(ROOT, "ladders/small-company.yaml"), "utf8")).ladder!);
const ACME_TEAM = 'apiVersion: ladderkit/v1\nkind: Ladder\nextends: ./acme.yaml\nid: acme-team\nname: Acme platform team\nversion: "1"\n';
const CONFIG = "apiVersion: ladderkit/v1\nkind: Config\nrules:\n  duplicate-title: warn\n";

/** Every file under a folder, by relative path, with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** A copy of the samples, a config, and a broken ladder, in a fresh folder. */
async function sampleTree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ladderkit-lost-"));
  cpSync(join(ROOT, "ladders"), join(dir, "ladders"), { recursive: true });
  cpSync(join(ROOT, "test/fixtures/cli"), join(dir, "broken"), { recursive: true });
  writeFileSync(join(dir, ".ladderkit.yaml"), CONFIG);
  // A CSV as a spreadsheet saves it (CRLF), for ladderkit import.
  cpSync(join(ROOT, "test/fixtures/bad-csv/lf-bad-weight.csv"), join(dir, "broken/bad.csv"));
  writeFileSync(join(dir, "ladders/small.csv"), SMALL_CSV);
  mkdirSync(join(dir, "out"));
  return dir;
}

const FORMATS = ["json", "markdown", "html", "text"] as const;
const VALIDATE_FORMATS = ["stylish", "json", "github", "sarif", "junit", "markdown"] as const;

/** Every command in every format, to standard output and to a file. */
const COMMANDS: ReadonlyArray<readonly string[]> = [
  ...VALIDATE_FORMATS.flatMap((f) => [
    ["validate", "ladders", "broken", "--format", f],
    ["validate", "ladders", "broken", "--format", f, "--output", `out/validate.${f}`],
  ]),
  ...FORMATS.flatMap((f) => [
    ["gap", "--profile", "ladders/profiles/senior-at-fork.yaml", "--format", f],
    ["gap", "--profile", "ladders/profiles/senior-at-fork.yaml", "--target", "cto", "--format", f, "--out", `out/gap.${f}`],
    ["gap", "--profile", "ladders/profiles/manager-to-technical.yaml", "--ladder", "ladders/dual-track.yaml", "--format", f, "--out", `out/gap2.${f}`],
    ["team", "ladders/profiles", "--ladder", "ladders/dual-track.yaml", "--format", f],
    ["team", "ladders/profiles", "--ladder", "ladders/dual-track.yaml", "--format", f, "--out", `out/team.${f}`],
  ]),
  ["tracks", "ladders/dual-track.yaml"],
  ["tracks", "broken/schema-errors.yaml"],
  ["schema", "profile"],
  // The commands added later; acme.yaml extends dual-track.yaml.
  ...["markdown", "html"].flatMap((f) => [
    ["render", "ladders/acme.yaml", "--format", f],
    ["render", "ladders/dual-track.yaml", "--format", f, "--out", `out/ladder.${f}`],
  ]),
  ...["text", "markdown", "json"].flatMap((f) => [
    ["explain", "ladders/acme.yaml", "cto", "--format", f],
    ["explain", "ladders/dual-track.yaml", "cto", "--format", f, "--out", `out/explain.${f}`],
    ["diff", "ladders/dual-track.yaml", "ladders/acme.yaml", "--format", f],
    ["diff", "ladders/small-company.yaml", "ladders/dual-track.yaml", "--format", f, "--out", `out/diff.${f}`],
  ]),
  ["diff", "broken/schema-errors.yaml", "ladders/acme.yaml"],
  ["migrate", "ladders/profiles/senior-at-fork.yaml", "--to", "ladders/acme.yaml"],
  ["migrate", "ladders/profiles/senior-at-fork.yaml", "--to", "ladders/acme.yaml", "--out", "out/migrated.yaml"],
  ...["yaml", "csv", "case"].flatMap((f) => [
    ["export", "ladders/acme.yaml", "--format", f, "--date", "2026-01-01"],
    ["export", "ladders/acme.yaml", "--format", f, "--date", "2026-01-01", "--out", `out/export.${f}`],
  ]),
  ["import", "ladders/small.csv", "--ladder", "ladders/small-company.yaml"],
  ["import", "ladders/small.csv", "--ladder", "ladders/small-company.yaml", "--out", "out/imported.yaml"],
  ["import", "broken/bad.csv", "--ladder", "ladders/dual-track.yaml"],
];

describe("inputs are never modified", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await sampleTree();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(COMMANDS.map((argv) => [argv.join(" "), argv] as const))("%s", async (_, argv) => {
    const before = snapshot(dir);
    const run = await runCli([...argv], { cwd: dir });
    expect(run.stderr).not.toContain("internal error");
    const after = snapshot(dir);
    const out = argv.find((a) => a.startsWith("out/"));
    if (out !== undefined) {
      expect(Object.keys(after)).toContain(out);
      delete after[out];
      delete before[out];
    }
    expect(after).toEqual(before);
  });
});

describe("--out and --output", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await sampleTree();
    linkSync(join(dir, "ladders/dual-track.yaml"), join(dir, "out/hard-link.yaml"));
    symlinkSync(join(dir, "ladders/profiles/senior-at-fork.yaml"), join(dir, "out/symlink.yaml"));
    symlinkSync(join(dir, "ladders/dual-track.yaml"), join(dir, "out/ladder-link.yaml"));
    symlinkSync(join(dir, "ladders/profiles/senior-at-fork.yaml"), join(dir, "ladders/profiles/link.yaml"));
    // A profile whose ladder extends a chain of two bases: acme-team.yaml -> acme.yaml -> dual-track.yaml.
    writeFileSync(join(dir, "ladders/acme-team.yaml"), ACME_TEAM);
    mkdirSync(join(dir, "staff"));
    writeFileSync(join(dir, "staff/p.yaml"), readFileSync(join(ROOT, PROFILE), "utf8").replace("ladder: ../dual-track.yaml", "ladder: ../ladders/acme-team.yaml"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const PROFILE = "ladders/profiles/senior-at-fork.yaml";
  it.each([
    ["the profile, spelt another way", ["gap", "--profile", PROFILE, "--out", "ladders/../ladders/profiles/senior-at-fork.yaml"]],
    ["the ladder the profile names", ["gap", "--profile", PROFILE, "--out", "ladders/dual-track.yaml"]],
    ["a hard link to that ladder", ["gap", "--profile", PROFILE, "--out", "out/hard-link.yaml"]],
    ["a symbolic link to the profile", ["gap", "--profile", PROFILE, "--out", "out/symlink.yaml"]],
    ["the profile given through a symbolic link", ["gap", "--profile", "ladders/profiles/link.yaml", "--out", PROFILE]],
    ["--ladder", ["gap", "--profile", "ladders/profiles/manager-to-technical.yaml", "--ladder", "ladders/dual-track.yaml", "--out", "ladders/dual-track.yaml"]],
    ["a profile inside a folder given to team", ["team", "ladders/profiles", "--ladder", "ladders/dual-track.yaml", "--out", PROFILE]],
    ["the ladder of team, by a link", ["team", "ladders/profiles", "--ladder", "ladders/dual-track.yaml", "--out", "out/ladder-link.yaml"]],
    ["a file inside a folder given to validate", ["validate", "ladders", "--format", "json", "--output", "ladders/small-company.yaml"]],
    ["the ladder a validated profile names", ["validate", PROFILE, "--format", "json", "--output", "ladders/dual-track.yaml"]],
    ["the config file validate read", ["validate", "ladders", "--format", "json", "--output", ".ladderkit.yaml"]],
    ["the base of an extending ladder, by render", ["render", "ladders/acme.yaml", "--out", "ladders/dual-track.yaml"]],
    ["the base of an extending ladder, by a link", ["export", "ladders/acme.yaml", "--format", "yaml", "--out", "out/ladder-link.yaml"]],
    ["the ladder explained", ["explain", "ladders/acme.yaml", "cto", "--out", "ladders/acme.yaml"]],
    ["the new side of a diff", ["diff", "ladders/small-company.yaml", "ladders/acme.yaml", "--out", "ladders/acme.yaml"]],
    ["the base of the new side of a diff", ["diff", "ladders/small-company.yaml", "ladders/acme.yaml", "--out", "ladders/dual-track.yaml"]],
    ["the profile migrated", ["migrate", PROFILE, "--to", "ladders/acme.yaml", "--out", PROFILE]],
    ["the ladder a profile is migrated to", ["migrate", PROFILE, "--to", "ladders/acme.yaml", "--out", "ladders/acme.yaml"]],
    ["the base of the ladder a profile names, by gap", ["gap", "--profile", "staff/p.yaml", "--out", "ladders/acme.yaml"]],
    ["the base of that base, by gap", ["gap", "--profile", "staff/p.yaml", "--format", "json", "--out", "ladders/dual-track.yaml"]],
    ["the base of the ladder a profile names, by a link", ["gap", "--profile", "staff/p.yaml", "--out", "out/ladder-link.yaml"]],
    ["the base of the ladder a validated profile names", ["validate", "staff/p.yaml", "--format", "json", "--output", "ladders/dual-track.yaml"]],
    ["the CSV imported", ["import", "ladders/small.csv", "--ladder", "ladders/small-company.yaml", "--out", "ladders/small.csv"]],
    ["the base of an import", ["import", "ladders/small.csv", "--ladder", "ladders/small-company.yaml", "--out", "ladders/small-company.yaml"]],
  ])("refuses to write over %s", async (_, argv) => {
    const before = snapshot(dir);
    const run = await runCli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("would overwrite an input");
    expect(run.stderr).toContain(`\n\nUsage: ladderkit ${argv[0]} `);
    expect(snapshot(dir)).toEqual(before);
  });

  it("replaces a file that is not an input, leaving no temporary file", async () => {
    writeFileSync(join(dir, "out/old.md"), "old");
    const run = await runCli(["gap", "--profile", PROFILE, "--format", "markdown", "--out", "out/old.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "out/old.md"), "utf8")).toBe((await runCli(["gap", "--profile", PROFILE, "--format", "markdown"], { cwd: dir })).stdout);
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces a symbolic link that leads elsewhere, not the file it leads to", async () => {
    writeFileSync(join(dir, "elsewhere.txt"), "keep me");
    symlinkSync(join(dir, "elsewhere.txt"), join(dir, "out/planted.md"));
    const run = await runCli(["gap", "--profile", PROFILE, "--format", "markdown", "--out", "out/planted.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "elsewhere.txt"), "utf8")).toBe("keep me");
    expect(statSync(join(dir, "out/planted.md")).isFile()).toBe(true);
  });

  it("fails cleanly, with no temporary file, when the folder does not exist", async () => {
    const run = await runCli(["gap", "--profile", PROFILE, "--out", "missing/report.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    // One line that says what went wrong: the command was used rightly, so no usage follows.
    expect(run.stderr).toBe("ladderkit gap: cannot write missing/report.txt: ENOENT\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("LF, CRLF and a byte order mark give the same results", () => {
  const VARIANTS = {
    lf: (text: string) => text.replace(/\r\n/g, "\n"),
    crlf: (text: string) => text.replace(/\r\n/g, "\n").replace(/\n/g, "\r\n"),
    bom: (text: string) => `\uFEFF${text.replace(/\r\n/g, "\n")}`,
    "bom-crlf": (text: string) => `\uFEFF${text.replace(/\r\n/g, "\n").replace(/\n/g, "\r\n")}`,
  } as const;
  const dirs: Record<string, string> = {};

  beforeAll(async () => {
    for (const [name, convert] of Object.entries(VARIANTS)) {
      const dir = await sampleTree();
      for (const file of Object.keys(snapshot(dir))) writeFileSync(join(dir, file), convert(readFileSync(join(dir, file), "utf8")));
      dirs[name] = dir;
    }
  });
  afterAll(() => Object.values(dirs).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("writes each variant as meant", () => {
    expect(readFileSync(join(dirs.crlf!, "ladders/dual-track.yaml"), "utf8")).toContain("\r\n");
    expect(readFileSync(join(dirs.bom!, "ladders/dual-track.yaml")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(dirs.lf!, "ladders/dual-track.yaml"), "utf8")).not.toContain("\r");
  });

  it.each(COMMANDS.filter((argv) => !argv.some((a) => a.startsWith("out/"))).map((argv) => [argv.join(" "), argv] as const))("%s", async (_, argv) => {
    const runs = await Promise.all(Object.values(dirs).map((dir) => runCli([...argv], { cwd: dir })));
    // migrate writes the profile back as it came, line endings and byte order mark included.
    const migrated = argv[0] === "migrate";
    if (migrated) {
      const [lf, crlf, bom, bomCrlf] = runs.map((run) => run.stdout);
      expect([lf!.includes("\r"), crlf!.includes("\r\n") && !/[^\r]\n/.test(crlf!), bom!.startsWith("\uFEFF"), bomCrlf!.startsWith("\uFEFF") && bomCrlf!.includes("\r\n")]).toEqual([false, true, true, true]);
    }
    const asLf = (text: string) => (migrated ? text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n") : text);
    // Absolute paths differ between the folders; nothing else may (nor, for migrate, past the line endings).
    const shown = runs.map((run, i) => ({ ...run, stdout: asLf(run.stdout.replaceAll(Object.values(dirs)[i]!, "<dir>")) }));
    for (const run of shown.slice(1)) expect(run).toEqual(shown[0]);
    expect(shown[0]!.stdout.length + shown[0]!.stderr.length).toBeGreaterThan(0);
  });
});
