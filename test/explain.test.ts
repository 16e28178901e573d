// explainLevel and `ladderkit explain`: what is new at a level. The expected values were read off
// ladders/dual-track.yaml (its matrix after inheritance) and test/fixtures/valid/minimal.yaml by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainLevel, parseLadder, renderExplanation, type ExpectationChange, type ResolvedLadder } from "../src/index.js";
import { renderTracksText } from "../src/report/tracks-text.js";
import { runCli } from "./helpers/cli.js";

const read = (path: string): ResolvedLadder => parseLadder(readFileSync(path, "utf8")).ladder!;
const DUAL = read("ladders/dual-track.yaml");
const MINIMAL = read("test/fixtures/valid/minimal.yaml");
const steps = (changes: readonly ExpectationChange[]) => changes.map((c) => `${c.competency} ${c.from?.id ?? "-"}>${c.to?.id ?? "-"}`);

describe("explainLevel", () => {
  it("compares a promotion with the level below: the raised expectations and what the new step looks like", () => {
    const e = explainLevel(DUAL, "senior-engineering-manager");
    expect([e.from?.id, e.move, e.hops, e.bandChange]).toEqual(["engineering-manager", "promotion", 1, 1]);
    expect(steps(e.raised)).toEqual([
      "sustainability practitioner>expert",
      "people-management practitioner>expert",
      "hiring practitioner>expert",
      "performance-coaching practitioner>expert",
      "challenging-assumptions practitioner>expert",
      "budgeting developing>practitioner",
      "business-partnership practitioner>expert",
      "decision-making practitioner>expert",
    ]);
    expect(e.raised[1]!.looksLike).toBe("Coaches first-line managers and keeps several teams healthy at once.");
    expect([e.added, e.lowered, e.dropped, e.unchanged]).toEqual([[], [], [], 17]);
    expect(e.level.scope).toBe("A group of teams, or one large team; may manage managers.");
    expect(e.from?.scope).toBe("One team, typically four to eight people.");
  });

  it("compares across a track switch: raised, newly expected and no longer expected", () => {
    const e = explainLevel(DUAL, "architect", { from: "senior-engineering-manager" });
    expect([e.move, e.hops, e.bandChange, e.alsoFrom]).toEqual(["switch", 1, 0, []]);
    expect(steps(e.added)).toEqual(["technical-exploration ->expert", "technical-strategy ->practitioner", "architecture-governance ->expert"]);
    expect(steps(e.dropped)).toEqual(["people-management expert>-", "hiring expert>-", "performance-coaching expert>-", "budgeting practitioner>-"]);
    expect(e.raised).toHaveLength(10);
    expect(steps(e.raised)).toContain("knowledge-sharing practitioner>leader");
    // Every competency of this ladder applies to one of the two tracks: each is counted once.
    expect(e.raised.length + e.added.length + e.lowered.length + e.dropped.length + e.unchanged).toBe(DUAL.competencies.length);
  });

  it("takes the branch point for a branch's first level, and names the other tops where tracks converge", () => {
    expect(explainLevel(DUAL, "lead-engineer")).toMatchObject({ from: { id: "senior-engineer" }, move: "branch" });
    const cto = explainLevel(DUAL, "cto");
    expect(cto).toMatchObject({ from: { id: "vp-engineering" }, move: "convergence", bandChange: 1 });
    expect(cto.alsoFrom.map((l) => l.id)).toEqual(["director-of-architecture"]);
  });

  it("says an entry level has nothing below it: everything it expects is new", () => {
    const e = explainLevel(DUAL, "engineer-1");
    expect(e.from).toBeUndefined();
    expect(e.move).toBeUndefined();
    expect(e.added).toHaveLength(21);
    expect([e.raised, e.lowered, e.dropped, e.unchanged, e.bandChange]).toEqual([[], [], [], 0, 0]);
  });

  it("reports lowered expectations, and a level that cannot be reached", () => {
    const e = explainLevel(MINIMAL, "senior", { from: "architect" });
    expect(steps(e.lowered)).toEqual(["coding strong>solid"]);
    expect([e.move, e.hops, e.bandChange]).toEqual([undefined, undefined, -1]);
    expect(renderExplanation(e, "text")).toContain("Compared with Architect (Technical leadership, band 3): not reachable from there by promotions and track switches.");
  });

  it("throws with did-you-mean for an unknown level, and refuses the level itself", () => {
    expect(() => explainLevel(DUAL, "archtect")).toThrow("level 'archtect' is not a level of ladder 'dual-track' (did you mean 'architect'?)");
    expect(() => explainLevel(DUAL, "architect", { from: "cot" })).toThrow("(did you mean 'cto'?)");
    expect(() => explainLevel(DUAL, "architect", { from: "architect" })).toThrow("is the level itself");
  });
});

describe("renderExplanation", () => {
  const e = explainLevel(DUAL, "senior-engineering-manager");

  it("writes text for the terminal", () => {
    const text = renderExplanation(e, "text");
    expect(text.split("\n").slice(0, 3)).toEqual([
      "What is new at Senior Engineering Manager (Management, band 5)",
      "Compared with Engineering Manager (Management, band 4): a promotion.",
      "Band 4 -> 5 (+1)",
    ]);
    expect(text).toContain("Raised (8):\n  Sustainability and technical debt  Practitioner -> Expert\n");
    expect(text).toContain("                                     Coaches first-line managers and keeps several teams healthy at once.\n");
    expect(text.trimEnd().endsWith("Unchanged: 17 competencies.")).toBe(true);
  });

  it("writes a multi-line YAML text as one line of the terminal, not as escapes", () => {
    // Block scalars, as ladders often write longer prose: each ends in a line break.
    const text = readFileSync("test/fixtures/valid/minimal.yaml", "utf8")
      .replace("        summary: Builds features alone.\n", "        summary: |\n          Builds features alone.\n          Owns them too.\n")
      .replace("      solid: Ships features without help.\n", "      solid: |\n        Ships features\n        without help.\n")
      .replace("        title: Senior Engineer\n", "        title: \"Senior\\nEngineer\"\n");
    const ladder = parseLadder(text).ladder!;
    const out = renderExplanation(explainLevel(ladder, "senior"), "text");
    expect(out).not.toContain("\\u000a");
    expect(out).toContain("What is new at Senior Engineer (");
    expect(out).toContain("Summary: Builds features alone. Owns them too.\n");
    expect(out).toContain("Ships features without help.\n");
    const tracks = renderTracksText(ladder);
    expect(tracks).not.toContain("\\u000a");
    expect(tracks).toContain("Senior Engineer");
  });

  it("writes Markdown with a table per kind of change", () => {
    const md = renderExplanation(explainLevel(DUAL, "architect", { from: "senior-engineering-manager" }), "markdown");
    expect(md).toContain("## Raised (10)\n\n| Competency | Step | What it looks like |");
    expect(md).toContain("| Knowledge sharing and learning | Practitioner → Leader | Makes learning part of how the organisation works and is known for it. |");
    expect(md).toContain("## Newly expected (3)");
    expect(md).toContain("## No longer expected (4)\n\n| Competency | Step | What it looks like |\n| --- | --- | --- |\n| People management | was Expert |   |");
  });

  it("writes stable JSON, the same bytes twice", () => {
    const json = renderExplanation(e, "json");
    expect(JSON.parse(json)).toMatchObject({ kind: "LevelExplanation", version: 1, level: { id: "senior-engineering-manager" } });
    expect(renderExplanation(explainLevel(DUAL, "senior-engineering-manager"), "json")).toBe(json);
  });
});

describe("ladderkit explain", () => {
  it("explains a level of a ladder that extends another", async () => {
    const run = await runCli(["explain", "ladders/acme.yaml", "architect"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      "What is new at Principal Engineer (Technical leadership, band 5)",
      "Compared with Staff Engineer (Technical leadership, band 4): a promotion.",
    ]);
  });

  it("takes --from and --format", async () => {
    const run = await runCli(["explain", "ladders/dual-track.yaml", "architect", "--from", "senior-engineering-manager", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(explainLevel(DUAL, "architect", { from: "senior-engineering-manager" }))));
  });

  it.each([
    [["explain", "ladders/dual-track.yaml", "archtect"], "level 'archtect' is not a level of ladder 'dual-track' (did you mean 'architect'?)"],
    [["explain", "ladders/dual-track.yaml", "architect", "--from", "lead-enginer"], "--from 'lead-enginer' is not a level of ladder 'dual-track' (did you mean 'lead-engineer'?)"],
    [["explain", "ladders/dual-track.yaml", "architect", "--from", "architect"], "--from 'architect' is the level itself"],
    [["explain", "ladders/dual-track.yaml"], "expected a ladder file and a level id"],
    [["explain", "ladders/dual-track.yaml", "cto", "--format", "html"], "unknown format 'html'; expected one of: text, markdown, json"],
  ])("%j is a usage error", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
