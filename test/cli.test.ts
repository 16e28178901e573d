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
    expect(run.stdout).toMatch(/^7 files checked: 0 errors, 0 warnings/m);
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

  it("shows Node's several-line argument errors as one line of text, not as escapes", async () => {
    const run = await runCli(["validate", "ladders", "--max-warnings", "-1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument is ambiguous. Did you forget to specify the option argument for '--max-warnings'?");
    expect(run.stderr).not.toContain("\\u000a");
  });
});

describe("ladderkit schema, tracks and the top level", () => {
  it("prints the committed JSON Schemas", async () => {
    for (const name of ["ladder", "profile", "ladder-extension"]) {
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

  it("keeps every option of every command's help apart from its text", async () => {
    const commands = ["validate", "gap", "team", "tracks", "render", "explain", "diff", "migrate", "export", "import"];
    for (const command of commands) {
      const help = (await runCli([command, "--help"])).stdout;
      // An option line: the flag (and its argument), then two spaces or more before the text, or the flag alone.
      const options = help.split("\n").filter((line) => /^ {2}-/.test(line));
      expect(options.length, command).toBeGreaterThan(0);
      for (const line of options) expect(line, `${command}: ${line}`).toMatch(/^ {2}(-\w, )?--?[\w-]+( <[^>]+>(=<[^>]+>)?)?( {2,}\S.*)?$/);
    }
    expect((await runCli(["--help"])).stdout).toMatch(/export <ladder> --format <f> +write a ladder as one YAML file, CSV/);
  });
});

describe("ladderkit gap and team", () => {
  const PROFILE = "ladders/profiles/senior-at-fork.yaml";

  it("prints a text report for both branches at the fork", async () => {
    const run = await runCli(["gap", "--profile", PROFILE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Target: Engineering Manager (Management, band 4)");
    expect(run.stdout).toContain("Target: Lead Engineer (Technical leadership, band 4)");
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("renders each format, the same twice", async () => {
    for (const format of ["text", "markdown", "json", "html"]) {
      const first = await runCli(["gap", "--profile", PROFILE, "--format", format]);
      const second = await runCli(["gap", "--profile", PROFILE, "--format", format]);
      expect(first.code, format).toBe(0);
      expect(first.stdout, format).toBe(second.stdout);
    }
    const json = JSON.parse((await runCli(["gap", "--profile", PROFILE, "--format", "json", "--target", "cto"])).stdout) as {
      kind: string;
      targets: Array<{ level: { id: string }; path: unknown[] }>;
    };
    expect(json.kind).toBe("GapReport");
    expect(json.targets.map((t) => [t.level.id, t.path.length])).toEqual([["cto", 5]]);
  });

  it("uses colour on a terminal only when NO_COLOR is unset", async () => {
    const colored = await runCli(["gap", "--profile", PROFILE], { env: { FORCE_COLOR: "1" } });
    expect(colored.stdout).toContain("\u001b[");
    const plain = await runCli(["gap", "--profile", PROFILE], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\u001b[");
  });

  it("refuses a target that is not a level, with a did-you-mean, or the current level", async () => {
    const typo = await runCli(["gap", "--profile", PROFILE, "--target", "architekt"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("--target 'architekt' is not a level of ladder 'dual-track' (did you mean 'architect'?)");
    const same = await runCli(["gap", "--profile", PROFILE, "--target", "senior-engineer"]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("is the current level");
  });

  it("reads the ladder given with --ladder instead of the profile's", async () => {
    const run = await runCli(["gap", "--profile", PROFILE, "--ladder", "ladders/small-company.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("senior-at-fork.yaml:14:3 error competency 'code-quality' is not in ladder 'small-company'  profile-competency");
    expect(run.stdout).toBe("");
  });

  it("exits 1 with located diagnostics for a profile that does not fit its ladder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-"));
    const text = (await readFile(PROFILE, "utf8"))
      .replace("ladder: ../dual-track.yaml", `ladder: ${join(process.cwd(), "ladders/dual-track.yaml")}`)
      .replace("code-quality: expert", "code-quality: guru");
    await writeFile(join(dir, "p.yaml"), text);
    const run = await runCli(["gap", "--profile", join(dir, "p.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/p\.yaml:14:17 error rating 'guru' is not on the scale of ladder 'dual-track'/);
  });

  it("exits 2 when the profile is missing or --profile is not given", async () => {
    expect((await runCli(["gap", "--profile", "nope.yaml"])).code).toBe(2);
    const none = await runCli(["gap"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--profile is required");
  });

  it("prints the warnings of the ladder a profile names, as of one given with --ladder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-warns-"));
    await writeFile(join(dir, "ladder.yaml"), await readFile("test/fixtures/rules/duplicate-title/invalid.yaml", "utf8"));
    const profile = "apiVersion: ladderkit/v1\nkind: Profile\nperson: { name: Sam }\nladder: ./ladder.yaml\nlevel: engineer\ndate: 2026-03-01\nratings: { coding: basic }\n";
    await writeFile(join(dir, "sam.yaml"), profile);
    const named = await runCli(["gap", "--profile", "sam.yaml"], { cwd: dir });
    const given = await runCli(["gap", "--profile", "sam.yaml", "--ladder", "ladder.yaml"], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stderr).toMatch(/^ladder\.yaml:77:\d+ warning .*duplicate-title$/m);
    expect(named.stderr).toBe(given.stderr);
  });

  it("writes --out atomically and never over an input", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-"));
    const out = join(dir, "packet.md");
    const run = await runCli(["gap", "--profile", PROFILE, "--format", "markdown", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(await readFile(out, "utf8")).toBe((await runCli(["gap", "--profile", PROFILE, "--format", "markdown"])).stdout);
    const before = await readFile(PROFILE, "utf8");
    const clobber = await runCli(["gap", "--profile", PROFILE, "--out", PROFILE]);
    expect(clobber.code).toBe(2);
    expect(clobber.stderr).toContain("would overwrite an input");
    expect(await readFile(PROFILE, "utf8")).toBe(before);
  });

  it("gives the team view over a folder of profiles", async () => {
    const run = await runCli(["team", "ladders/profiles", "--ladder", "ladders/dual-track.yaml", "--format", "json"]);
    expect(run.code).toBe(0);
    const team = JSON.parse(run.stdout) as { kind: string; size: number; people: Array<{ name: string }> };
    expect(team.kind).toBe("TeamReport");
    expect(team.size).toBe(3);
    expect(team.people.map((p) => p.name).sort()).toEqual(["Aiko Brennan", "Dana Okafor", "Mateo Lindqvist"]);
    const missing = await runCli(["team", "ladders/profiles"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--ladder is required");
  });
});

describe("ladderkit validate in CI", () => {
  const WARNS = "test/fixtures/rules/duplicate-title/invalid.yaml";

  it("expands globs, and a glob that matches nothing is an error of its own", async () => {
    const run = await runCli(["validate", "ladders/profiles/*.yaml", "--format", "json"]);
    expect(run.code).toBe(0);
    const files = (JSON.parse(run.stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file);
    expect(files).toEqual([
      "ladders/profiles/architect-to-principal.yaml",
      "ladders/profiles/manager-to-technical.yaml",
      "ladders/profiles/senior-at-fork.yaml",
    ]);
    const none = await runCli(["validate", "ladders/**/*.yml"]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("ladders/**/*.yml:1:1 error no files match this pattern  file-read");
  });

  it("a folder with no YAML in it is an error, not a clean run, in validate and team", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-empty-"));
    await writeFile(join(dir, "notes.txt"), "not a ladder\n");
    const run = await runCli(["validate", dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${dir}:1:1 error no .yaml or .yml files in this folder  file-read`);
    const team = await runCli(["team", dir, "--ladder", "ladders/dual-track.yaml"]);
    expect(team.code).toBe(2);
    expect(team.stderr).toContain(`${dir}: no .yaml or .yml files in this folder`);
  });

  it("refuses --limit maxDepth or maxScaleSteps past its cap rather than lowering it without a word", async () => {
    const deep = await runCli(["validate", "ladders/dual-track.yaml", "--limit", "maxDepth=1000"]);
    expect(deep.code).toBe(2);
    expect(deep.stderr).toContain("--limit maxDepth=1000: maxDepth is at most 256");
    expect((await runCli(["validate", "ladders/dual-track.yaml", "--limit", "maxDepth=256"])).code).toBe(0);
    // The team view keeps a step's rank in a byte.
    const steps = await runCli(["validate", "ladders/dual-track.yaml", "--limit", "maxScaleSteps=200"]);
    expect(steps.code).toBe(2);
    expect(steps.stderr).toContain("--limit maxScaleSteps=200: maxScaleSteps is at most 127");
    expect((await runCli(["validate", "ladders/dual-track.yaml", "--limit", "maxScaleSteps=127"])).code).toBe(0);
  });

  it("checks a misspelt kind as the kind it most likely means", async () => {
    const profile = await runCli(["validate", "-", "--format", "json"], { stdin: "apiVersion: ladderkit/v1\nkind: Profle\n" });
    const [file] = (JSON.parse(profile.stdout) as { files: Array<{ diagnostics: Array<{ message: string; line: number; column: number }> }> }).files;
    expect(file!.diagnostics).toContainEqual(expect.objectContaining({ line: 2, column: 7, message: `'kind' must be 'Profile', found the string "Profle" (did you mean 'Profile'?)` }));
    expect(file!.diagnostics.map((d) => d.message)).not.toContain("missing required property 'scale'");
    const ladder = await runCli(["validate", "-", "--format", "json"], { stdin: "apiVersion: ladderkit/v1\nkind: Laddr\n" });
    expect(ladder.stdout).toContain("(did you mean 'Ladder'?)");
    expect(ladder.stdout).toContain("missing required property 'scale'");
  });

  it("reads what standard input names relative to --stdin-filename, as for a file", async () => {
    const acme = await readFile("ladders/acme.yaml", "utf8");
    const ladder = await runCli(["validate", "-", "--stdin-filename", "ladders/acme.yaml"], { stdin: acme });
    expect(ladder.stdout).not.toContain("extends-path");
    expect(ladder.code).toBe(0);
    const profile = await readFile("ladders/profiles/senior-at-fork.yaml", "utf8");
    const named = await runCli(["validate", "-", "--stdin-filename", "ladders/profiles/senior-at-fork.yaml", "--format", "json"], { stdin: profile });
    const { files } = JSON.parse(named.stdout) as { files: Array<{ kind: string; diagnostics: Array<{ rule: string }> }> };
    expect(files[0]!.kind).toBe("Profile");
    expect(files[0]!.diagnostics.map((d) => d.rule)).not.toContain("profile-ladder");
  });

  it("reads a file named '-' that a glob finds, not standard input", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-dash-"));
    await writeFile(join(dir, "-"), await readFile("ladders/dual-track.yaml", "utf8"));
    const run = await runCli(["validate", "?", "--format", "json"], { cwd: dir, stdin: "garbage: [\n" });
    expect(run.code).toBe(0);
    const files = (JSON.parse(run.stdout) as { files: Array<{ file: string; diagnostics: unknown[] }> }).files;
    expect(files).toEqual([expect.objectContaining({ file: "-", diagnostics: [] })]);
  });

  it("checks a file named twice once: by itself, in its folder, or in another spelling", async () => {
    const once = await runCli(["validate", WARNS, "--format", "json"]);
    const twice = await runCli(["validate", WARNS, `./${WARNS}`, "test/fixtures/rules/duplicate-title", "--format", "json"]);
    const files = (run: { stdout: string }) => (JSON.parse(run.stdout) as { files: Array<{ file: string; diagnostics: unknown[] }> }).files;
    expect(files(twice).filter((f) => f.file.endsWith("duplicate-title/invalid.yaml"))).toEqual(files(once));
    expect((await runCli(["validate", WARNS, WARNS, "--max-warnings", "2"])).code).toBe(0);
    const team = await runCli(["team", "ladders/profiles", "ladders/profiles/senior-at-fork.yaml", "--ladder", "ladders/dual-track.yaml", "--format", "json"]);
    expect((JSON.parse(team.stdout) as { size: number }).size).toBe(3);
  });

  it("fails on warnings only when asked: --fail-severity and --max-warnings", async () => {
    expect((await runCli(["validate", WARNS])).code).toBe(0);
    expect((await runCli(["validate", WARNS, "--fail-severity", "warning"])).code).toBe(1);
    expect((await runCli(["validate", WARNS, "--max-warnings", "0"])).code).toBe(1);
    expect((await runCli(["validate", WARNS, "--max-warnings", "5"])).code).toBe(0);
    expect((await runCli(["validate", WARNS, "--max-warnings", "many"])).code).toBe(2);
    expect((await runCli(["validate", WARNS, "--fail-severity", "fatal"])).code).toBe(2);
  });

  it("writes several formats, each to its own output", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-"));
    const sarif = join(dir, "out.sarif");
    const junit = join(dir, "out.xml");
    const run = await runCli(["validate", BROKEN, "--format", "stylish", "--format", "sarif", "-o", sarif, "--format", "junit", "--output", junit]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1 file checked: 2 errors");
    expect((JSON.parse(await readFile(sarif, "utf8")) as { version: string }).version).toBe("2.1.0");
    expect(await readFile(junit, "utf8")).toMatch(/^<\?xml/);
    const twoOnStdout = await runCli(["validate", BROKEN, "--format", "stylish", "--format", "json"]);
    expect(twoOnStdout.code).toBe(2);
    expect(twoOnStdout.stderr).toContain("only one --format can go to standard output");
    // Two formats into one file, under two spellings of its name: the first would be lost.
    const oneFile = await runCli(["validate", BROKEN, "--format", "json", "-o", sarif, "--format", "sarif", "-o", join(dir, ".", "out.sarif")]);
    expect(oneFile.code).toBe(2);
    expect(oneFile.stderr).toContain("is given to more than one --format");
    const overInput = await runCli(["validate", BROKEN, "--format", "json", "--output", BROKEN]);
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain(`--output ${BROKEN} would overwrite an input`);
  });

  it("speaks GitHub annotations by default inside GitHub Actions", async () => {
    const run = await runCli(["validate", BROKEN], { env: { GITHUB_ACTIONS: "true" } });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").filter(Boolean)[0]).toMatch(/^::error file=test\/fixtures\/cli\/schema-errors\.yaml,line=27,col=9,/);
  });
});

describe("ladderkit validate with a config file and inline directives", () => {
  const TITLES = readFile("test/fixtures/rules/duplicate-title/invalid.yaml", "utf8");

  it("follows the nearest .ladderkit.yaml and the file's own disable comments", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-"));
    await writeFile(join(dir, "ladder.yaml"), await TITLES);
    const before = await runCli(["validate", "ladder.yaml", "--fail-severity", "warning"], { cwd: dir });
    expect(before.code).toBe(1);
    expect(before.stdout).toContain("duplicate-title");

    await writeFile(join(dir, ".ladderkit.yaml"), "apiVersion: ladderkit/v1\nkind: Config\nrules:\n  duplicate-title: error\n");
    const stricter = await runCli(["validate", "ladder.yaml"], { cwd: dir });
    expect(stricter.code).toBe(1);
    expect(stricter.stdout).toMatch(/ladder\.yaml:\d+:\d+ error title .* {2}duplicate-title/);

    await writeFile(join(dir, ".ladderkit.yaml"), "apiVersion: ladderkit/v1\nkind: Config\nrules:\n  duplicate-title: off\n");
    const off = await runCli(["validate", "ladder.yaml", "--fail-severity", "warning"], { cwd: dir });
    expect(off.stdout).not.toContain("duplicate-title");
  });

  it("refuses a broken config with exit 2 and a located did-you-mean", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-"));
    await writeFile(join(dir, "ladder.yaml"), await TITLES);
    await writeFile(join(dir, ".ladderkit.yaml"), "apiVersion: ladderkit/v1\nkind: Config\nrules:\n  duplicate-titel: off\n");
    const run = await runCli(["validate", "ladder.yaml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/\.ladderkit\.yaml:4:3 error .*duplicate-titel.*did you mean 'duplicate-title'/);
  });

  it("silences a finding with a disable comment, and reports a disable that silences nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ladderkit-"));
    const text = await readFile("test/fixtures/valid/minimal.yaml", "utf8");
    const silenced = text.replace("  - id: people\n    name: People\n", "  # ladderkit-disable-next-line unused-category\n  - id: spare\n    name: Spare\n  - id: people\n    name: People\n");
    await writeFile(join(dir, "ladder.yaml"), silenced);
    const quiet = await runCli(["validate", "ladder.yaml", "--fail-severity", "warning"], { cwd: dir });
    expect(quiet.code).toBe(0);
    await writeFile(join(dir, "ladder.yaml"), text.replace("categories:\n", "categories:\n  # ladderkit-disable-next-line unused-category\n"));
    const unused = await runCli(["validate", "ladder.yaml"], { cwd: dir });
    expect(unused.stdout).toMatch(/ladder\.yaml:\d+:\d+ warning .* {2}unused-disable/);
  });
});
