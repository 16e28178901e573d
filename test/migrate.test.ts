import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { diffLadders, loadLadder, migrateProfile, migrateProfileText, parseProfile, type Profile } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const V1 = "ladders/dual-track.yaml";
const V2 = "test/fixtures/diff/dual-track-v2.yaml";
const JUNIOR = "test/fixtures/diff/junior.yaml";
const diff = diffLadders((await loadLadder(V1)).ladder!, (await loadLadder(V2)).ladder!);
const juniorText = readFileSync(JUNIOR, "utf8");
const junior = parseProfile(juniorText).profile!;

describe("migrateProfile", () => {
  const { profile, edits, findings } = migrateProfile(junior, diff, { ladder: "../v2.yaml" });

  it("maps renamed level, target, competency and step ids, keeping the order of the ratings", () => {
    expect(profile.ladder).toBe("../v2.yaml");
    expect(profile.target).toBe("software-engineer-2");
    expect(profile.ratings).toEqual({
      "code-quality": "developer",
      "testing-quality": { agreed: "developer", self: "practitioner" },
      automation: "learning",
    });
    expect(Object.keys(profile.ratings)).toEqual(["code-quality", "testing-quality", "automation"]);
    expect(profile.goals).toEqual([{ title: "Own the flaky-test dashboard.", competency: "automation" }, { title: "Run one lunch-and-learn." }]);
  });

  it("reports what cannot be mapped, by path in the old profile: the removed level as an error, kept", () => {
    expect(profile.level).toBe("engineer-1");
    expect(findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ["migrate-level", "error", ["level"]],
      ["migrate-competency", "warning", ["ratings", "knowledge-sharing"]],
      ["migrate-goal", "warning", ["goals", 1, "competency"]],
    ]);
  });

  it("leaves its input alone and says which edits it made", () => {
    expect(junior.ratings["tooling-automation"]).toBe("learning");
    expect(edits).toContainEqual({ action: "rename-key", path: ["ratings", "tooling-automation"], value: "automation" });
  });

  it("leaves out a removed target, so the report aims at the next level", () => {
    const moved = migrateProfile({ ...junior, level: "engineer-2", target: "engineer-1" } satisfies Profile, diff);
    expect(moved.profile.level).toBe("software-engineer-2");
    expect(moved.profile.target).toBeUndefined();
    expect(moved.findings.map((f) => [f.rule, f.severity, f.path])).toContainEqual(["migrate-target", "warning", ["target"]]);
  });

  it("leaves out a rating whose step was removed from the scale", () => {
    const removed = { ...diff, changes: [...diff.changes, { subject: "step" as const, kind: "removed" as const, id: "practitioner" }] };
    const moved = migrateProfile(junior, removed);
    expect(moved.profile.ratings["testing-quality"]).toEqual({ agreed: "developer" });
    expect(moved.findings.filter((f) => f.rule === "migrate-step").map((f) => f.path)).toEqual([["ratings", "testing-quality", "self"]]);
  });
});

describe("migrateProfileText", () => {
  const { text, diagnostics } = migrateProfileText(juniorText, diff, { filename: JUNIOR, ladder: "v2.yaml" });

  it("edits only the ids that moved: comments and everything else stay", () => {
    const expected = juniorText
      .replace("ladder: ../../../ladders/dual-track.yaml", "ladder: v2.yaml")
      .replace("target: engineer-2", "target: software-engineer-2")
      .replace("code-quality: developing #", "code-quality: developer #")
      .replace("agreed: developing", "agreed: developer")
      .replace("  tooling-automation: learning\n  knowledge-sharing: learning\n", "  automation: learning\n")
      .replace("competency: tooling-automation", "competency: automation")
      .replace("  - title: Run one lunch-and-learn.\n    competency: knowledge-sharing\n", "  - title: Run one lunch-and-learn.\n");
    expect(text).toBe(expected);
  });

  it("locates what it could not map in the old profile", () => {
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      "8:8 error migrate-level",
      "17:22 warning migrate-competency",
      "22:17 warning migrate-goal",
    ]);
    expect(diagnostics[0]).toMatchObject({ file: JUNIOR, message: expect.stringContaining("'engineer-1' was removed") });
  });

  it("gives the diagnostics of a profile it cannot read, and no text", () => {
    const broken = migrateProfileText("kind: Profile\nlevel: [", diff, { filename: "broken.yaml" });
    expect(broken.text).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ file: "broken.yaml", severity: "error", line: expect.any(Number) });
  });

  it("reads a text as the loader does: one byte order mark or two, the same result, no exception, the marks kept", () => {
    // The fuzz run (seed 331773118) found this: the loader drops one BOM and yaml reads a second as
    // a BOM, but yaml alone on the whole text saw an implicit key and refused to write it out.
    for (const prefix of ["\uFEFF", "\uFEFF\uFEFF"]) {
      const result = migrateProfileText(prefix + juniorText, diff, { filename: JUNIOR, ladder: "v2.yaml" });
      expect(result.text, JSON.stringify(prefix)).toBe(prefix + text);
      expect(result.diagnostics).toEqual(diagnostics);
    }
  });
});

describe("ladderkit migrate", () => {
  it("writes the migrated profile, naming the new ladder relative to where it is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-migrate-"));
    const out = join(dir, "mateo.yaml");
    const run = await runCli(["migrate", "ladders/profiles/architect-to-principal.yaml", "--to", V2, "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written).toContain(`\nladder: ${relative(dir, resolve(V2))}\n`);
    const profile = parseProfile(written, { ladder: (await loadLadder(V2)).ladder }).profile!;
    expect(profile.ratings.automation).toBe("leader");
    expect(run.stderr).toContain("ladders/profiles/architect-to-principal.yaml:62:22 warning competency 'knowledge-sharing' was removed");
    // The comments stay; the $schema line is rebased to where the profile is written, as ladder: is.
    const [schemaLine, ...comments] = written.split("\n").slice(0, 4);
    expect(schemaLine).toBe(`# yaml-language-server: $schema=${relative(dir, resolve("schema/profile.schema.json"))}`);
    expect(comments).toEqual(readFileSync("ladders/profiles/architect-to-principal.yaml", "utf8").split("\n").slice(1, 4));
  });

  it("refuses a --rename that fits no id, as diff does (exit 2)", async () => {
    const run = await runCli(["migrate", JUNIOR, "--to", V2, "--rename", "competency:automaton=automation"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--rename automaton=automation matches nothing: no competency is 'automaton' in the old ladder");
    expect(run.stdout).toBe("");
  });

  it("exits 1 when the person's level is gone, and the check against the new ladder says so too", async () => {
    const run = await runCli(["migrate", JUNIOR, "--to", V2]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${JUNIOR}:8:8 error level 'engineer-1' was removed`);
    expect(run.stderr).toMatch(/<migrated>:8:8 error .*engineer-1/);
    expect(run.stdout).toContain("ladder: dual-track-v2.yaml\n");
  });

  it("reads the profile under the --limit it was given, for the migration too", async () => {
    // A goal title over the default maxStringLength: accepted with the limit raised. The migration
    // read it again under the default limits, and refused what the first read had accepted.
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-migrate-"));
    const long = join(dir, "long.yaml");
    writeFileSync(long, juniorText.replace("Own the flaky-test dashboard.", "x".repeat(70_000)).replace("../../../ladders/dual-track.yaml", resolve(V1)));
    const run = await runCli(["migrate", long, "--to", V2, "--limit", "maxStringLength=100000"]);
    expect(run.stderr).not.toMatch(/maxStringLength/);
    expect(run.stdout).toContain("x".repeat(70_000));
    expect(run.code).toBe(1); // the removed level, as for the junior profile itself
  });

  it.each<[string, string[], RegExp]>([
    ["no profile", ["migrate", "--to", V2], /a profile is required/],
    ["no --to", ["migrate", JUNIOR], /--to is required/],
    ["--to from standard input", ["migrate", JUNIOR, "--to", "-"], /must name files/],
    ["an --out over an input", ["migrate", JUNIOR, "--to", V2, "--out", V2], /would overwrite an input/],
  ])("is a usage error (exit 2): %s", async (_, argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

// What migrate does not edit comes out byte for byte: it splices the edited ids into the text, and
// never writes the document again (which re-spaced aligned comments, re-wrapped folded blocks, and
// wrote LF and no byte order mark).
const v1Ladder = (await loadLadder(V1)).ladder!;
describe("migrateProfileText keeps the bytes it does not edit", () => {
  const same = diffLadders(v1Ladder, v1Ladder);
  const LAYOUT = [
    "apiVersion: ladderkit/v1",
    "kind: Profile",
    "person:",
    "  name: Sam Okoye",
    "ladder: ../v1.yaml",
    "level: senior-engineer   # aligned comment",
    "target: 'staff-engineer'  # quoted, and aligned",
    "date: 2026-03-01",
    "ratings:",
    "  code-quality: practitioner     # aligned",
    "  # mentoring stays on the old scale for now",
    "  knowledge-sharing: learning",
    "  testing-quality:",
    "    agreed: \"developing\"",
    "    self:   practitioner",
    "    note: >-",
    "      Two short lines",
    "      of a folded block.",
    "",
    "  tooling-automation: learning # last",
    "goals:",
    "  - title: Own the flaky-test dashboard.",
    "    competency: tooling-automation",
    "",
  ].join("\n");
  const variants: [string, string][] = [
    ["LF", LAYOUT],
    ["CRLF", LAYOUT.replace(/\n/g, "\r\n")],
    ["a byte order mark", `\uFEFF${LAYOUT}`],
    ["CRLF and a byte order mark", `\uFEFF${LAYOUT.replace(/\n/g, "\r\n")}`],
  ];
  /** A diff that renames or removes ids, given as [subject, old id, new id or undefined for removed]. */
  const changing = (...changes: ["level" | "competency" | "step", string, string | undefined][]) => ({
    ...same,
    changes: changes.map(([subject, oldId, id]) =>
      id === undefined ? { subject, kind: "removed" as const, id: oldId } : { subject, kind: "renamed" as const, id, oldId },
    ),
  });

  it.each(variants)("gives the input back unchanged when nothing moved (%s)", (_, input) => {
    const result = migrateProfileText(input, same, { filename: "sam.yaml" });
    expect(result.diagnostics).toEqual([]);
    expect(result.text).toBe(input);
  });

  it("gives a bundled sample back unchanged, its folded note included, when nothing moved", () => {
    const sample = readFileSync("ladders/profiles/manager-to-technical.yaml", "utf8");
    expect(migrateProfileText(sample, same).text).toBe(sample);
    // A new ladder path changes its line and nothing else.
    expect(migrateProfileText(sample, same, { ladder: "../v2.yaml" }).text).toBe(sample.replace("\nladder: ../dual-track.yaml\n", "\nladder: ../v2.yaml\n"));
  });

  it.each(variants)("changes only the renamed level, competency and step ids, quoted as they were (%s)", (_, input) => {
    const diff = changing(["level", "senior-engineer", "senior-engineer-1"], ["level", "staff-engineer", "staff-engineer-1"], ["competency", "tooling-automation", "automation"], ["step", "developing", "developer"]);
    const result = migrateProfileText(input, diff, { ladder: "../v2.yaml" });
    const expected = input
      .replace("ladder: ../v1.yaml", "ladder: ../v2.yaml")
      .replace("level: senior-engineer   #", "level: senior-engineer-1   #")
      .replace("target: 'staff-engineer'  #", "target: 'staff-engineer-1'  #")
      .replace('agreed: "developing"', 'agreed: "developer"')
      .replace("  tooling-automation: learning # last", "  automation: learning # last")
      .replace("competency: tooling-automation", "competency: automation");
    expect(result.text).toBe(expected);
  });

  it.each(variants)("removes only a removed competency's rating, with the comment line just above it (%s)", (_, input) => {
    const result = migrateProfileText(input, changing(["competency", "knowledge-sharing", undefined]));
    const eol = input.includes("\r\n") ? "\r\n" : "\n";
    expect(result.text).toBe(input.replace(`  # mentoring stays on the old scale for now${eol}  knowledge-sharing: learning${eol}`, ""));
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(["12:22 migrate-competency"]);
  });

  it("removes a multi-line rating whole, and a rating's removed step alone", () => {
    const gone = migrateProfileText(LAYOUT, changing(["competency", "testing-quality", undefined])).text;
    // Its value's lines go, up to the blank line that ends the folded note.
    expect(gone).toBe(LAYOUT.replace(/ {2}testing-quality:\n(?: {4}.*\n)+/, ""));
    const stepGone = migrateProfileText(LAYOUT, changing(["step", "practitioner", undefined])).text;
    expect(stepGone).toBe(LAYOUT.replace("  code-quality: practitioner     # aligned\n", "").replace("    self:   practitioner\n", ""));
  });

  it("writes the document whole where a removal would leave a mapping empty, keeping CRLF and the byte order mark", () => {
    const input = `\uFEFF${LAYOUT.replace("    agreed: \"developing\"\n    self:   practitioner\n    note: >-\n      Two short lines\n      of a folded block.\n\n", "    self: practitioner\n").replace(/\n/g, "\r\n")}`;
    const result = migrateProfileText(input, changing(["step", "practitioner", undefined])).text!;
    expect(result.startsWith("\uFEFFapiVersion")).toBe(true);
    expect(result.replace(/\r\n/g, "")).not.toContain("\n");
    expect(parseProfile(result).profile!.ratings).toEqual({ "knowledge-sharing": "learning", "testing-quality": {}, "tooling-automation": "learning" });
  });
});

describe("ladderkit migrate keeps the bytes it does not edit", () => {
  it("writes a CRLF profile with a byte order mark back unchanged when the new ladder is the same", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-migrate-"));
    writeFileSync(join(dir, "v-same.yaml"), readFileSync(V1));
    const sample = readFileSync("ladders/profiles/manager-to-technical.yaml", "utf8").replace("ladder: ../dual-track.yaml", "ladder: v-same.yaml");
    const input = `\uFEFF${sample.replace(/\n/g, "\r\n")}`;
    writeFileSync(join(dir, "aiko.yaml"), input);
    const run = await runCli(["migrate", join(dir, "aiko.yaml"), "--to", join(dir, "v-same.yaml"), "--out", join(dir, "out.yaml")]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "out.yaml"), "utf8")).toBe(input);
  });
});
