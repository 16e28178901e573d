// Renames of rated competencies are applied all at once: a rename's new id may be another rating's
// old id (a -> b with b -> c, a swap, a cycle), and no rating is lost or moved to the wrong key.
// A rename onto a key the profile keeps is refused with a located finding, never a duplicate key.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { diffLadders, loadLadder, migrateProfile, migrateProfileText, parseProfile, type LadderChange, type LadderDiff } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const V1 = "ladders/dual-track.yaml";
const V2 = "test/fixtures/diff/dual-track-v2.yaml";
const JUNIOR = "test/fixtures/diff/junior.yaml";
const base = diffLadders((await loadLadder(V1)).ladder!, (await loadLadder(V2)).ladder!);
// Two ratings only, so each case says all that must come out.
const TEXT = `apiVersion: ladderkit/v1
kind: Profile
person:
  name: Sam Okoye
ladder: ../v1.yaml
level: engineer-1
date: 2026-03-01
ratings:
  a: learning # a's
  b:
    agreed: developing
    self: practitioner
`;
const A = "learning";
const B = { agreed: "developing", self: "practitioner" };

/** A diff that renames competencies only, old id to new id. */
const renaming = (renames: Record<string, string>): LadderDiff => ({
  ...base,
  changes: Object.entries(renames).map(([oldId, id]): LadderChange => ({ subject: "competency", kind: "renamed", id, oldId })),
});

describe("renames whose new id is another rating's old id", () => {
  it.each([
    ["a chain: a -> b and b -> c", { a: "b", b: "c" }, { b: A, c: B }],
    ["the same chain listed the other way round", { b: "c", a: "b" }, { b: A, c: B }],
    ["a swap: a -> b and b -> a", { a: "b", b: "a" }, { b: A, a: B }],
    ["a cycle through a competency not rated: a -> b, b -> x, x -> a", { a: "b", b: "x", x: "a" }, { b: A, x: B }],
  ])("%s, on data and on text", (_, renames, expected) => {
    const diff = renaming(renames);
    const profile = parseProfile(TEXT).profile!;
    expect(profile.ratings).toEqual({ a: A, b: B });
    const moved = migrateProfile(profile, diff);
    expect(moved.findings).toEqual([]);
    expect(moved.profile.ratings).toEqual(expected);
    // Each rating keeps its place.
    expect(Object.keys(moved.profile.ratings)).toEqual(Object.keys(expected));
    const { text, diagnostics } = migrateProfileText(TEXT, diff);
    expect(diagnostics).toEqual([]);
    expect(parseProfile(text!).profile!.ratings).toEqual(expected);
    expect(text).toContain(`  ${renames.a}: learning # a's\n`);
  });

  it("leaves the input alone", () => {
    const profile = parseProfile(TEXT).profile!;
    migrateProfile(profile, renaming({ a: "b", b: "c" }));
    expect(profile.ratings).toEqual({ a: A, b: B });
  });
});

describe("a rename onto a rating the profile keeps", () => {
  const diff = renaming({ a: "b" });

  it("is refused with an error at the renamed rating, and both ratings stay as they were", () => {
    const moved = migrateProfile(parseProfile(TEXT).profile!, diff);
    expect(moved.profile.ratings).toEqual({ a: A, b: B });
    expect(moved.edits.filter((e) => e.action === "rename-key")).toEqual([]);
    expect(moved.findings).toEqual([
      {
        rule: "migrate-rename",
        severity: "error",
        message: "competency 'a' was renamed to 'b', which the profile rates too: merge the two ratings by hand",
        path: ["ratings", "a"],
      },
    ]);
    const { text, diagnostics } = migrateProfileText(TEXT, diff, { filename: "p.yaml" });
    expect(text).toBe(TEXT);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual(["p.yaml:9:6 error migrate-rename"]);
  });

  it("is not refused when the rating there is renamed or removed in the same step", () => {
    expect(migrateProfile(parseProfile(TEXT).profile!, renaming({ a: "b", b: "c" })).findings).toEqual([]);
    const removed = { ...diff, changes: [...diff.changes, { subject: "competency" as const, kind: "removed" as const, id: "b" }] };
    const moved = migrateProfile(parseProfile(TEXT).profile!, removed);
    expect(moved.profile.ratings).toEqual({ b: A });
    expect(moved.findings.map((f) => [f.rule, f.path])).toEqual([["migrate-competency", ["ratings", "b"]]]);
    const { text } = migrateProfileText(TEXT, removed);
    expect(parseProfile(text!).profile!.ratings).toEqual({ b: A });
  });

  it("through the CLI, from a real diff: a profile that also rates the new id exits 1, and no key is written twice", async () => {
    // v2 renames tooling-automation to automation; this profile rates both (the second by mistake).
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-migrate-"));
    const text = readFileSync(JUNIOR, "utf8")
      .replace("ladder: ../../../ladders/dual-track.yaml", `ladder: ${resolve(V1)}`)
      .replace("level: engineer-1 # hired in 2025\n", "level: engineer-2\n")
      .replace("target: engineer-2\n", "")
      .replace("  knowledge-sharing: learning\n", "  knowledge-sharing: learning\n  automation: developing\n");
    writeFileSync(join(dir, "p.yaml"), text);
    const run = await runCli(["migrate", join(dir, "p.yaml"), "--to", resolve(V2), "--out", join(dir, "out.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/p\.yaml:15:23 error competency 'tooling-automation' was renamed to 'automation', which the profile rates too: merge the two ratings by hand {2}migrate-rename/);
    const written = readFileSync(join(dir, "out.yaml"), "utf8");
    expect(written.match(/^ {2}automation:/gm)).toHaveLength(1);
    expect(written).toContain("  tooling-automation: learning\n");
  });
});

describe("a rename onto an id the old version has too", () => {
  // dual-track-swap.yaml removes knowledge-sharing and renames mentoring to it: only --rename can say
  // so. Taken after equal ids, the rename was dropped unseen, and the removed knowledge-sharing's
  // rating was kept while mentoring's was left out.
  const SWAP = "test/fixtures/diff/dual-track-swap.yaml";
  const PROFILE = `apiVersion: ladderkit/v1
kind: Profile
person:
  name: Sam Okoye
ladder: ${resolve(V1)}
level: senior-engineer
date: 2026-03-10
ratings:
  mentoring: expert
  knowledge-sharing: practitioner
goals:
  - title: Run the guild.
    competency: knowledge-sharing
`;

  it("moves the renamed rating there and leaves the old one out, saying which is which", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ladderkit-migrate-"));
    writeFileSync(join(dir, "p.yaml"), PROFILE);
    const run = await runCli(["migrate", join(dir, "p.yaml"), "--to", resolve(SWAP), "--rename", "mentoring=knowledge-sharing"]);
    expect(run.code, run.stderr).toBe(0);
    expect(parseProfile(run.stdout).profile!.ratings).toEqual({ "knowledge-sharing": "expert" });
    expect(run.stderr).toContain(
      "p.yaml:10:22 warning competency 'knowledge-sharing' was removed from the ladder (the new 'knowledge-sharing' is the old 'mentoring'); its rating is left out  migrate-competency",
    );
    // The goal named the old knowledge-sharing, which is gone: it is kept without a competency.
    expect(parseProfile(run.stdout).profile!.goals).toEqual([{ title: "Run the guild." }]);
    expect(run.stderr).toMatch(/p\.yaml:13:17 warning competency 'knowledge-sharing' was removed from the ladder \(the new 'knowledge-sharing' is the old 'mentoring'\); the goal is kept without it/);
  });

  it("does so through the library too", async () => {
    const diff = diffLadders((await loadLadder(V1)).ladder!, (await loadLadder(SWAP)).ladder!, { renames: { competency: { mentoring: "knowledge-sharing" } } });
    const moved = migrateProfile(parseProfile(PROFILE).profile!, diff);
    expect(moved.profile.ratings).toEqual({ "knowledge-sharing": "expert" });
    expect(moved.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ["migrate-competency", "warning", ["ratings", "knowledge-sharing"]],
      ["migrate-goal", "warning", ["goals", 0, "competency"]],
    ]);
  });
});
