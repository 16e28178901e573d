import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/** The fenced block of a language that follows a heading in the README. */
function block(heading: string, lang: string): string {
  const readme = readFileSync("README.md", "utf8");
  const at = readme.indexOf(heading);
  expect(at, `README has "${heading}"`).toBeGreaterThanOrEqual(0);
  const match = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(readme.slice(at));
  expect(match, `a ${lang} block after "${heading}"`).not.toBeNull();
  return match![1]!;
}

const CLI = resolve("dist/cli.cjs");
/** `npx ladderkit` as the README writes it, run against the freshly built CLI. */
const here = (command: string) => command.replaceAll("npx ladderkit", `node ${CLI}`);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "ladderkit-ci-"));
  cpSync("ladders", join(dir, "ladders"), { recursive: true });
  return dir;
}

describe("the README's CI recipes, run for real", () => {
  it("the GitHub Actions job annotates a broken ladder and writes SARIF for upload", () => {
    const workflow = parse(block("### GitHub Actions", "yaml")) as { jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }> };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const runs = steps.filter((s) => s.run?.includes("ladderkit")).map((s) => s.run!);
    expect(runs.length).toBe(1);
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"));
    expect(upload?.with?.sarif_file).toBeDefined();

    const dir = workspace();
    writeFileSync(join(dir, "ladders/broken.yaml"), readFileSync("test/fixtures/cli/schema-errors.yaml", "utf8"));
    const result = spawnSync("bash", ["-c", here(runs[0]!)], { cwd: dir, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "true" } });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toContain("::error file=ladders/broken.yaml,line=28,col=9,endLine=28,endColumn=14,title=schema::unknown property 'titel' (did you mean 'title'?)");
    const sarif = JSON.parse(readFileSync(join(dir, upload!.with!.sarif_file!), "utf8")) as { runs: Array<{ results: Array<{ level: string }> }> };
    // The two schema errors of the broken file; the samples add one note (an unrated competency).
    expect(sarif.runs[0]!.results.map((r) => r.level).sort()).toEqual(["error", "error", "note"]);
  });

  it("the pre-commit hook blocks a commit that breaks a ladder, and lets a good one through", () => {
    const dir = workspace();
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    writeFileSync(join(dir, ".git/hooks/pre-commit"), here(block("### Pre-commit hook", "sh")));
    chmodSync(join(dir, ".git/hooks/pre-commit"), 0o755);
    // YAML that is no ladder, committed beside them: a workflow, and a config in the ladders folder.
    mkdirSync(join(dir, ".github/workflows"), { recursive: true });
    writeFileSync(join(dir, ".github/workflows/ladder.yaml"), "on: push\njobs: {}\n");
    writeFileSync(join(dir, "ladders/.ladderkit.yaml"), "apiVersion: ladderkit/v1\nkind: Config\nrules:\n  duplicate-title: off\n");
    git("add", "ladders", ".github");
    git("commit", "-q", "-m", "good ladders");
    writeFileSync(join(dir, "ladders/broken.yaml"), readFileSync("test/fixtures/cli/schema-errors.yaml", "utf8"));
    git("add", "ladders/broken.yaml");
    const commit = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "broken"], { cwd: dir, encoding: "utf8" });
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain("ladders/broken.yaml:28:9 error unknown property 'titel'");
  });
});
