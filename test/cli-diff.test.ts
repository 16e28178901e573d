import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffRendererLoaders } from "../src/cli/renderers-diff.js";
import { diffRenderers } from "../src/report/diff/index.js";
import { runCli } from "./helpers/cli.js";

const V1 = "ladders/dual-track.yaml";
const V2 = "test/fixtures/diff/dual-track-v2.yaml";
/** The reference ladder with knowledge-sharing removed and mentoring renamed to it. */
const SWAP = "test/fixtures/diff/dual-track-swap.yaml";

describe("ladderkit diff", () => {
  it.each<[string, string[], number]>([
    ["no --fail-on: changes are not a failure", [], 0],
    ["--fail-on lowered: one expectation is lowered", ["--fail-on", "lowered"], 1],
    ["--fail-on level-removed: engineer-1 is gone", ["--fail-on", "level-removed"], 1],
    ["--fail-on track-removed: no track is gone", ["--fail-on", "track-removed"], 0],
    ["--fail-on with a list", ["--fail-on", "track-removed, raised"], 1],
  ])("%s", async (_, flags, code) => {
    const run = await runCli(["diff", V1, V2, ...flags]);
    expect(run.code, run.stderr).toBe(code);
    expect(run.stdout).toContain("30 changes");
  });

  it("--fail-on any fails on any change, and passes on none", async () => {
    expect((await runCli(["diff", V1, V1, "--fail-on", "any"])).code).toBe(0);
    expect((await runCli(["diff", V1, V2, "--fail-on", "any"])).code).toBe(1);
  });

  it("reads one side from standard input", async () => {
    const run = await runCli(["diff", "-", V2, "--format", "json"], { stdin: readFileSync(V1, "utf8") });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.lowered).toBe(1);
  });

  it("writes markdown to --out, never over an input", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ladderkit-diff-")), "changes.md");
    const run = await runCli(["diff", V1, V2, "--format", "markdown", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^# Ladder diff: /);
    const over = await runCli(["diff", V1, V2, "--out", V2]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("would overwrite an input");
  });

  it("takes --rename for a rename it could not see", async () => {
    const plain = await runCli(["diff", V1, V2, "--format", "json"]);
    const told = await runCli(["diff", V1, V2, "--format", "json", "--rename", "level:engineer-1=chief-architect"]);
    expect(JSON.parse(plain.stdout).summary.renamed).toBe(6);
    expect(JSON.parse(told.stdout).summary.renamed).toBe(7);
  });

  it("takes a --rename onto an id the old ladder has too, and reports that one removed", async () => {
    // Taken after equal ids, the rename was dropped: the output was the same as without it.
    const run = await runCli(["diff", V1, SWAP, "--rename", "mentoring=knowledge-sharing"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        "Ladder diff: Dual-track engineering ladder 2026.1 -> 2026.1",
        "2 changes: 1 removed, 1 renamed",
        "",
        "Competencies",
        "  > mentoring renamed to knowledge-sharing (Mentoring and teaching)",
        "  - knowledge-sharing (Knowledge sharing and learning) removed",
        "",
      ].join("\n"),
    );
    const same = await runCli(["diff", V1, V1, "--format", "json", "--rename", "competency:mentoring=knowledge-sharing"]);
    expect(JSON.parse(same.stdout).summary).toMatchObject({ added: 1, removed: 1, renamed: 1 });
    const swapped = await runCli(["diff", V1, V1, "--format", "json", "--rename", "mentoring=knowledge-sharing", "--rename", "knowledge-sharing=mentoring"]);
    expect(JSON.parse(swapped.stdout).summary).toMatchObject({ added: 0, removed: 0, renamed: 2 });
  });

  it.each<[string, string[], RegExp]>([
    ["one ladder only", ["diff", V1], /two ladders are required/],
    ["three ladders", ["diff", V1, V2, V1], /unexpected argument/],
    ["both from standard input", ["diff", "-", "-"], /only one of the two/],
    ["an unknown format", ["diff", V1, V2, "--format", "html"], /unknown format 'html'/],
    ["a misspelt --fail-on kind", ["diff", V1, V2, "--fail-on", "lowerd"], /unknown kind 'lowerd' \(did you mean 'lowered'\?\)/],
    // A CI job's --fail-on "$KINDS" with KINDS unset must not pass every change unseen.
    ["an empty --fail-on", ["diff", V1, V2, "--fail-on", ""], /--fail-on names no kind \(got ''\): give at least one/],
    ["a --fail-on of commas only", ["diff", V1, V2, "--fail-on", ","], /--fail-on names no kind \(got ','\)/],
    ["a --fail-on of spaces only", ["diff", V1, V2, "--fail-on", " "], /--fail-on names no kind \(got ' '\)/],
    ["an unreadable --rename", ["diff", V1, V2, "--rename", "team:a=b"], /cannot read rename 'team:a=b'/],
    // A rename that fits no id would change nothing, and a misspelt one would go unseen in CI.
    [
      "a --rename of an id the old ladder lacks",
      ["diff", V1, V2, "--rename", "level:engineer-l=chief-architect"],
      /--rename engineer-l=chief-architect matches nothing: no level is 'engineer-l' in the old ladder and 'chief-architect' in the new one \(did you mean 'engineer-1'\?\)/,
    ],
    ["a --rename under the wrong subject", ["diff", V1, V2, "--rename", "competency:engineer-1=chief-architect"], /matches nothing: no competency is 'engineer-1'/],
    // Only one of two renames onto one id, or of one id, can be taken: the other was dropped unseen.
    [
      "two --rename onto one id",
      ["diff", V1, SWAP, "--rename", "mentoring=knowledge-sharing", "--rename", "competency:hiring=knowledge-sharing"],
      /--rename mentoring=knowledge-sharing and hiring=knowledge-sharing both rename onto the competency 'knowledge-sharing': only one of them can be it/,
    ],
    ["two --rename of one id", ["diff", V1, SWAP, "--rename", "mentoring=knowledge-sharing", "--rename", "mentoring=hiring"], /--rename mentoring=knowledge-sharing and mentoring=hiring both rename 'mentoring': give one/],
  ])("is a usage error (exit 2): %s", async (_, argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Usage: ladderkit diff");
  });

  it("exits 2 on a missing file and 1 on an invalid ladder, with located diagnostics", async () => {
    const missing = await runCli(["diff", V1, "nowhere.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nowhere.yaml:1:1 error file not found  file-read");
    const invalid = await runCli(["diff", V1, "test/fixtures/cli/semantic-error.yaml"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/semantic-error\.yaml:\d+:\d+ error/);
    expect(invalid.stdout).toBe("");
  });
});

describe("the diff command's renderer loaders", () => {
  it("load the very renderers the registry holds, in its order", async () => {
    expect(Object.keys(diffRendererLoaders)).toEqual(Object.keys(diffRenderers));
    for (const [name, load] of Object.entries(diffRendererLoaders)) expect(await load(), name).toBe(diffRenderers[name as keyof typeof diffRenderers]);
  });
});
