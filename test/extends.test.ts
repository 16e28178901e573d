// Ladders that extend another: the merge (overrides, additions, insertions, removals, chains), the
// refusals (cycles, paths outside the folder tree, URLs, the synchronous API), and diagnostics
// located in the file that holds the mistake. Fixtures: test/fixtures/extends/.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeGap, loadLadder, loadProfile, parseLadder, validateLadder, type Diagnostic } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const DIR = "test/fixtures/extends";
const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.rule}`;
const load = (name: string, options = {}) => loadLadder(`${DIR}/${name}`, { filename: `${DIR}/${name}`, ...options });

describe("an extending ladder resolves over its base", () => {
  it("overrides, adds, inserts and removes what it writes, and keeps the rest", async () => {
    const { ladder, diagnostics } = await load("company.yaml");
    expect(diagnostics).toEqual([]);
    expect(ladder).toBeDefined();
    const l = ladder!;
    expect([l.id, l.name, l.version]).toEqual(["company", "Company ladder", "2.0"]);
    // The inserted level sits after 'engineer', and promotions run through it.
    expect(l.trackById.get("ic")!.levels).toEqual(["engineer", "mid", "senior"]);
    expect(l.moves.filter((m) => m.kind === "promotion" && m.from === "engineer").map((m) => m.to)).toEqual(["mid"]);
    expect(l.levelById.get("engineer")!.title).toBe("Associate Engineer");
    expect(l.levelById.get("engineer")!.summary).toBe("Builds features with guidance."); // the base's
    expect(l.levels.map((level) => level.band)).toEqual([1, 2, 3, 4, 4, 5]);
    expect(l.scale.map((s) => s.label)).toEqual(["Basic", "Solid", "Expert"]);
    expect(l.categories.map((c) => c.id)).toEqual(["tech", "people", "craft"]);
    expect(l.competencies.map((c) => c.id)).toEqual(["coding", "coaching", "testing"]);
    // One step's words overridden, the others the base's.
    expect(l.competencyById.get("coding")!.steps).toEqual({
      basic: "Ships small changes with review help.",
      solid: "Ships features alone, tests included.",
      strong: "Raises the code quality of the whole team.",
    });
    expect(l.levelById.get("manager")!.scope).toBeUndefined(); // `scope: null` dropped the base's
    // `remove: expectations` took the architect's own coding expectation: it inherits senior's again.
    expect(l.levelById.get("architect")!.expectations.get("coding")).toMatchObject({ step: "solid", definedAt: "senior" });
    expect(l.levelById.get("senior")!.expectations.get("testing")).toMatchObject({ step: "solid", definedAt: "senior" });
    expect(l.levelById.get("mid")!.expectations.get("testing")).toMatchObject({ step: "basic", definedAt: "engineer" });
  });

  it("follows a chain: chain.yaml extends company.yaml extends base.yaml", async () => {
    const { ladder, diagnostics } = await load("chain.yaml");
    expect(diagnostics).toEqual([]);
    expect(ladder!.levelById.get("mid")!.title).toBe("Software Engineer");
    expect(ladder!.levelById.get("engineer")!.title).toBe("Associate Engineer"); // from company.yaml
    // Removing a category removed its competency, and every level's expectation of it.
    expect(ladder!.categories.map((c) => c.id)).toEqual(["tech", "craft"]);
    expect(ladder!.competencies.map((c) => c.id)).toEqual(["coding", "testing"]);
    expect(ladder!.source.tracks[1]!.levels[0]!.expectations).toEqual({});
  });

  it("resolves the sample company ladder over ladders/dual-track.yaml", async () => {
    const { ladder, diagnostics } = await loadLadder("ladders/acme.yaml");
    expect(diagnostics).toEqual([]);
    expect(ladder!.levelById.get("lead-engineer")!.title).toBe("Staff Engineer");
    expect(ladder!.competencyById.has("budgeting")).toBe(false);
    expect(ladder!.levelById.get("cto")!.expectations.get("security")!.step).toBe("leader");
    expect(ladder!.levelById.get("vp-engineering")!.expectations.get("security")).toMatchObject({ step: "practitioner", definedAt: "senior-engineer" });
  });

  it("serves a profile whose ladder extends another, for gap analysis", async () => {
    const { profile, ladder, diagnostics } = await loadProfile("test/fixtures/extends/acme-profile.yaml");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const report = analyzeGap(ladder!, profile!);
    expect(report.targets.map((t) => t.level.title)).toEqual(["Principal Engineer"]);
    expect(report.targets[0]!.competencies.find((c) => c.competency === "security")).toMatchObject({ status: "met" });
  });
});

describe("diagnostics point into the file that holds the mistake", () => {
  it.each([
    [
      "findings.yaml",
      [
        `${DIR}/base.yaml:50:9 expectation-coverage`, // levels defined in the base miss the new competency
        `${DIR}/base.yaml:56:9 expectation-coverage`,
        `${DIR}/base.yaml:69:9 expectation-coverage`,
        `${DIR}/base.yaml:81:9 expectation-coverage`,
        `${DIR}/base.yaml:94:9 expectation-coverage`,
        `${DIR}/findings.yaml:10:9 unused-competency`, // the new competency, written here
        `${DIR}/findings.yaml:19:19 unknown-step`, // the override, written here
      ],
    ],
    ["broken.yaml", [`${DIR}/broken-base.yaml:7:1 schema`]],
    ["cycle-a.yaml", [`${DIR}/cycle-b.yaml:5:10 extends-cycle`]],
    ["self.yaml", [`${DIR}/self.yaml:5:10 extends-cycle`]],
    ["outside.yaml", [`${DIR}/outside.yaml:5:10 extends-path`]],
    ["url.yaml", [`${DIR}/url.yaml:5:10 extends-path`]],
    ["missing-base.yaml", [`${DIR}/missing-base.yaml:5:10 extends-path`]],
    [
      "patch-errors.yaml",
      ["10:9", "15:13", "22:17", "27:16", "30:13", "33:12", "35:11"].map((where) => `${DIR}/patch-errors.yaml:${where} extends-patch`),
    ],
  ])("%s", async (name, expected) => {
    const { ladder, diagnostics } = await load(name);
    expect(diagnostics.map(at)).toEqual(expected);
    expect(ladder).toBeUndefined();
  });

  it("says what is wrong, with did-you-mean where an id is near one of the base's", async () => {
    const messages = (await load("patch-errors.yaml")).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      "competency 'codng' is not in the base ladder, so it is new and needs 'name', 'category' (did you mean 'coding'?)",
      "level 'manager' is on track 'management' in the base ladder: override it under that track",
      "level 'staff' says both 'after' and 'before': write one",
      "'after: senoir' names no other level of this track (did you mean 'senior'?)",
      "level 'engineer' is written twice in this list: write each id once",
      "cannot remove level 'archtect': the base ladder has none (did you mean 'architect'?)",
      "level 'cto' writes no expectation of 'coaching' in the base ladder",
    ]);
    const cycle = (await load("cycle-a.yaml")).diagnostics[0]!.message;
    expect(cycle).toBe(`extends makes a cycle: '${DIR}/cycle-a.yaml' extends '${DIR}/cycle-b.yaml' extends '${DIR}/cycle-a.yaml'`);
  });

  it("applies each file's directives to what is located in it, and reports only the entry file's unused ones", async () => {
    const base = await load("directives-base.yaml");
    expect(base.diagnostics).toEqual([]);
    const { ladder, diagnostics } = await load("directives.yaml");
    expect(ladder).toBeDefined();
    // The base's directive now silences nothing: not reported from here. This file's architect
    // title repeats senior's, silenced here; its band-order directive silences nothing.
    expect(diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual([
      `${DIR}/directives.yaml:23:9 unused-disable unused ladderkit-disable-next-line directive (no 'band-order' problem to silence)`,
    ]);
  });
});

describe("where a base may be", () => {
  it("allows a base outside the folder tree when asked to", async () => {
    const { ladder, diagnostics } = await load("outside.yaml", { allowExtendsOutside: true });
    expect(diagnostics).toEqual([]);
    expect(ladder!.id).toBe("outside");
  });

  it("refuses an absolute path, a symbolic link (to a file or a folder) or a .. that leads out, unless allowed; never a URL", async () => {
    const root = mkdtempSync(join(tmpdir(), "ladderkit-extends-"));
    const outside = join(root, "outside.yaml");
    writeFileSync(outside, readFileSync("test/fixtures/valid/minimal.yaml"));
    mkdirSync(join(root, "company"));
    symlinkSync(outside, join(root, "company", "linked.yaml"));
    // A folder inside that is a link to one outside, and a base inside that reaches out by `..`.
    mkdirSync(join(root, "shared"));
    writeFileSync(join(root, "shared", "base.yaml"), readFileSync("test/fixtures/valid/minimal.yaml"));
    symlinkSync(join(root, "shared"), join(root, "company", "shared"));
    mkdirSync(join(root, "company", "team"));
    const header = 'apiVersion: ladderkit/v1\nkind: Ladder\nid: x\nname: X\nversion: "1"\n';
    const cases = [
      ["absolute.yaml", `extends: ${outside}\n`, /is an absolute path/],
      ["symlink.yaml", "extends: ./linked.yaml\n", /leads outside this ladder's folder/],
      ["linked-folder.yaml", "extends: ./shared/base.yaml\n", /leads outside this ladder's folder/],
      ["dot-dot.yaml", "extends: ./team/../../outside.yaml\n", /leads outside this ladder's folder/],
      ["url.yaml", "extends: file:///etc/passwd\n", /is a URL/],
    ] as const;
    for (const [name, line, refusal] of cases) {
      const path = join(root, "company", name);
      writeFileSync(path, header + line);
      const refused = await loadLadder(path);
      expect(refused.diagnostics.map((d) => [d.rule, d.line])).toEqual([["extends-path", 6]]);
      expect(refused.diagnostics[0]!.message).toMatch(refusal);
      const allowed = await loadLadder(path, { allowExtendsOutside: true });
      if (name === "url.yaml") expect(allowed.diagnostics[0]!.message).toMatch(/is a URL/);
      else expect(allowed.diagnostics).toEqual([]);
    }
  });

  it("leaves the synchronous API a located error: it has no file system", () => {
    const text = readFileSync(`${DIR}/company.yaml`, "utf8");
    const parsed = parseLadder(text, { filename: "company.yaml" });
    expect(parsed.ladder).toBeUndefined();
    expect(parsed.diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual([
      "company.yaml:5:10 extends-path this ladder extends another, which needs the file system: read it with loadLadder(path) or `ladderkit validate`",
    ]);
    expect(validateLadder({ extends: "./base.yaml" }).diagnostics.map((d) => d.rule)).toEqual(["extends-path"]);
  });

  it("reports the shape of an extending file against its own schema, with did-you-mean", async () => {
    const root = mkdtempSync(join(tmpdir(), "ladderkit-extends-"));
    writeFileSync(join(root, "base.yaml"), readFileSync(`${DIR}/base.yaml`));
    writeFileSync(join(root, "x.yaml"), 'apiVersion: ladderkit/v1\nkind: Ladder\nextends: ./base.yaml\nid: x\nname: X\nversion: "1"\nremove:\n  level: [engineer]\n');
    const { diagnostics } = await loadLadder(join(root, "x.yaml"), { filename: "x.yaml" });
    expect(diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual(["x.yaml:8:3 schema unknown property 'level' (did you mean 'levels'?)"]);
  });
});

describe("ladderkit validate on extending ladders", () => {
  it("shows the base's lines in code frames, and reports a base finding once when both files are checked", async () => {
    const run = await runCli(["validate", `${DIR}/findings.yaml`, `${DIR}/base.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${DIR}/base.yaml:50:9 error level 'engineer' has no expectation for 'testing'  expectation-coverage\n  49 |         summary: Builds features with guidance.\n> 50 |         expectations:`);
    expect(run.stdout).toContain("2 files checked: 6 errors, 1 warning");
  });

  it("allows a base outside with --allow-extends-outside", async () => {
    expect((await runCli(["validate", `${DIR}/outside.yaml`])).code).toBe(1);
    const run = await runCli(["validate", `${DIR}/outside.yaml`, "--allow-extends-outside"]);
    expect(run.stdout).toContain("1 file checked: no problems");
    expect(run.code).toBe(0);
  });

  it("gives the team view over profiles on an extending ladder", async () => {
    const run = await runCli(["team", "test/fixtures/extends/acme-profile.yaml", "--ladder", "ladders/acme.yaml", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: "TeamReport", size: 1, ladder: { id: "acme" } });
  });

  it("gives a profile on an extending ladder its gap report", async () => {
    const run = await runCli(["gap", "--profile", "test/fixtures/extends/acme-profile.yaml", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).ladder).toMatchObject({ id: "acme", version: "2026.2" });
  });
});
