import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffLadders, LadderSchema, loadLadder, renderDiff, resolveLadder, type Ladder, type LadderChange, type LadderDiff, type ResolvedExpectation, type ResolvedLadder } from "../src/index.js";
import { readFixture } from "./helpers/fixtures.js";

const reference = (await loadLadder("ladders/dual-track.yaml")).ladder!;
const v2 = (await loadLadder("test/fixtures/diff/dual-track-v2.yaml")).ladder!;

/** The minimal ladder as data, to change one thing at a time. */
const minimal = (): Ladder => parse(readFixture("valid/minimal.yaml")) as Ladder;
const resolved = (ladder: Ladder): ResolvedLadder => resolveLadder(LadderSchema.parse(ladder));
/** A change as one short row: subject, kind, id, then field, from and to when there are. */
const row = (c: LadderChange) => [c.subject, c.kind, c.id, ...(c.field === undefined ? [] : [c.field, c.from ?? null, c.to ?? null])];
const LONG = expect.any(String);

describe("diffLadders on two versions of the reference ladder", () => {
  // test/fixtures/diff/dual-track-v2.yaml is ladders/dual-track.yaml with exactly these changes.
  const expected = [
    ["ladder", "changed", "dual-track", "version", "2026.1", "2027.1"],
    ["step", "changed", "learning", "label", "Learning", "Novice"],
    ["step", "renamed", "developer"], // id developing -> developer, same label: every expectation follows it
    ["step", "added", "visionary"],
    ["category", "renamed", "process"], // delivery -> process, same name
    ["category", "changed", "culture", "description", LONG, LONG],
    ["competency", "renamed", "automation"], // tooling-automation, same name
    ["competency", "moved", "technical-exploration", "tracks", ["technical", "executive"], ["management", "technical", "executive"]],
    ["competency", "added", "security"],
    ["competency", "changed", "system-design", "weight", 1.5, 2],
    ["competency", "moved", "decision-making", "category", "influence", "process"],
    ["competency", "removed", "knowledge-sharing"],
    ["track", "changed", "management", "description", LONG, LONG],
    ["track", "renamed", "technical"], // technical-leadership, same name
    ["level", "renamed", "software-engineer-2"], // engineer-2, same title
    ["level", "renamed", "group-manager"], // senior-engineering-manager: new title, same track, position and band
    ["level", "changed", "group-manager", "title", "Senior Engineering Manager", "Group Engineering Manager"],
    ["level", "changed", "lead-engineer", "title", "Lead Engineer", "Staff Engineer"],
    ["level", "added", "chief-architect"],
    ["level", "changed", "cto", "band", 8, 9],
    ["level", "removed", "engineer-1"],
    // integration raised at senior-engineer, inherited by the first two management levels
    ["expectation", "raised", "senior-engineer/integration", "step", "practitioner", "expert"],
    ["expectation", "changed", "senior-engineer/mentoring", "description", LONG, LONG],
    // technical exploration now applies to management: written at engineering-manager, inherited above
    ["expectation", "added", "engineering-manager/technical-exploration", "step", null, "practitioner"],
    ["expectation", "raised", "engineering-manager/integration", "step", "practitioner", "expert"],
    ["expectation", "added", "group-manager/technical-exploration", "step", null, "practitioner"],
    ["expectation", "raised", "group-manager/integration", "step", "practitioner", "expert"],
    ["expectation", "added", "director-of-engineering/technical-exploration", "step", null, "practitioner"],
    ["expectation", "added", "vp-engineering/technical-exploration", "step", null, "practitioner"],
    ["expectation", "lowered", "vp-engineering/decision-making", "step", "leader", "expert"],
  ];
  const diff = diffLadders(reference, v2);

  it("lists exactly the changes made, in a stable order", () => {
    expect(diff.changes.map(row)).toEqual(expected);
  });

  it("names the old ids of renamed things and the titles of added and removed ones", () => {
    const renamed = diff.changes.filter((c) => c.kind === "renamed").map((c) => [c.subject, c.oldId, c.id]);
    expect(renamed).toEqual([
      ["step", "developing", "developer"],
      ["category", "delivery", "process"],
      ["competency", "tooling-automation", "automation"],
      ["track", "technical-leadership", "technical"],
      ["level", "engineer-2", "software-engineer-2"],
      ["level", "senior-engineering-manager", "group-manager"],
    ]);
    expect(diff.changes.find((c) => c.id === "engineer-1")?.name).toBe("Software Engineer I");
    expect(diff.changes.find((c) => c.id === "chief-architect")?.name).toBe("Chief Architect");
  });

  it("tells a change written at a level from one inherited from below", () => {
    const integration = diff.changes.filter((c) => c.competency === "integration").map((c) => [c.level, c.writtenAt]);
    expect(integration).toEqual([
      ["senior-engineer", "senior-engineer"],
      ["engineering-manager", "senior-engineer"],
      ["group-manager", "senior-engineer"],
    ]);
  });

  it("counts the changes by kind and names both versions", () => {
    expect(diff.summary).toEqual({ added: 7, removed: 2, renamed: 6, changed: 9, moved: 2, raised: 3, lowered: 1 });
    expect(diff).toMatchObject({ kind: "ladder-diff", version: 1, from: { version: "2026.1" }, to: { version: "2027.1" } });
  });

  it("finds nothing between a ladder and itself, and reverses cleanly", () => {
    expect(diffLadders(reference, reference).changes).toEqual([]);
    const back = diffLadders(v2, reference);
    expect(back.summary).toMatchObject({ added: 2, removed: 7, renamed: 6, raised: 1, lowered: 3 });
  });
});

describe("diffLadders, one change at a time", () => {
  const before = resolved(minimal());
  const changed = (edit: (l: Ladder) => void) => {
    const ladder = minimal();
    edit(ladder);
    return diffLadders(before, resolved(ladder)).changes.map(row);
  };

  it.each<[string, (l: Ladder) => void, unknown[][]]>([
    ["a step inserted below: no expectation moves", (l) => l.scale.splice(1, 0, { id: "fair", label: "Fair", description: "Now and then." }), [["step", "added", "fair"]]],
    // Expectations are compared by step first: the same step is no change, wherever it now ranks.
    ["the scale turned upside down", (l) => l.scale.reverse(), [
      ["step", "moved", "strong", "rank", 2, 0],
      ["step", "moved", "basic", "rank", 0, 2],
    ]],
    ["a level moved to another track", (l) => l.tracks[2]!.levels.unshift(l.tracks[0]!.levels.pop()!), [["level", "moved", "senior", "track", "ic", "tech-lead"]]],
    ["two levels of a track swapped", (l) => l.tracks[0]!.levels.reverse(), [
      ["level", "moved", "senior", "position", 1, 0],
      ["level", "moved", "engineer", "position", 0, 1],
    ]],
    ["a competency restricted to fewer tracks", (l) => (l.competencies[0]!.tracks = ["ic", "tech-lead", "exec"]), [
      ["competency", "moved", "coding", "tracks", ["ic", "management", "tech-lead", "exec"], ["ic", "tech-lead", "exec"]],
      ["expectation", "removed", "manager/coding", "step", "solid", null],
    ]],
    ["a written expectation lowered at the fork", (l) => (l.tracks[0]!.levels[1]!.expectations!.coding = "basic"), [
      ["expectation", "lowered", "senior/coding", "step", "solid", "basic"],
      ["expectation", "lowered", "manager/coding", "step", "solid", "basic"],
    ]],
    ["a track branching from elsewhere", (l) => (l.tracks[1]!.branchesFrom = "engineer"), [
      ["track", "changed", "management", "branchesFrom", "senior", "engineer"],
      ["expectation", "lowered", "manager/coding", "step", "solid", "basic"],
    ]],
  ])("%s", (_, edit, expected) => {
    expect(changed(edit)).toEqual(expected);
  });

  it("does not guess when two levels swap titles: it reports what it sees", () => {
    const rows = changed((l) => {
      const [a, b] = [l.tracks[1]!.levels[0]!, l.tracks[2]!.levels[0]!];
      [a.title, b.title] = [b.title, a.title];
    });
    expect(rows).toEqual([
      ["level", "changed", "manager", "title", "Engineering Manager", "Architect"],
      ["level", "changed", "architect", "title", "Architect", "Engineering Manager"],
    ]);
  });

  it("takes an explicit rename where nothing else would find it", () => {
    const edit = (l: Ladder) => {
      l.competencies[1]!.id = "people-leadership";
      l.competencies[1]!.name = "People leadership";
      l.competencies[1]!.description = "Leads people.";
      l.tracks[1]!.levels[0]!.expectations = { "people-leadership": "solid" };
    };
    expect(changed(edit).map((r) => r.slice(0, 3))).toEqual([
      ["competency", "added", "people-leadership"],
      ["competency", "removed", "coaching"],
    ]);
    const ladder = minimal();
    edit(ladder);
    const diff = diffLadders(before, resolved(ladder), { renames: { competency: { coaching: "people-leadership" } } });
    expect(diff.changes.map(row)).toEqual([
      ["competency", "renamed", "people-leadership"],
      ["competency", "changed", "people-leadership", "name", "Coaching", "People leadership"],
      ["competency", "changed", "people-leadership", "description", "Helps others grow.", "Leads people."],
    ]);
  });

  // An explicit rename comes before equal ids: taken after them, a rename onto an id the old
  // version also has was dropped without a word, and migrate carried the removed one's ratings.
  it("takes an explicit rename onto an id the old version has too: the old one is removed", async () => {
    // test/fixtures/diff/dual-track-swap.yaml: knowledge-sharing removed, mentoring renamed to it.
    const swap = (await loadLadder("test/fixtures/diff/dual-track-swap.yaml")).ladder!;
    const ids = (diff: LadderDiff) => diff.changes.filter((c) => ["added", "removed", "renamed"].includes(c.kind)).map((c) => [c.subject, c.kind, c.id, c.oldId ?? null, c.name ?? null]);
    // Unsaid, equal ids pair: the old knowledge-sharing is taken as reworded and mentoring as removed.
    expect(ids(diffLadders(reference, swap))).toEqual([["competency", "removed", "mentoring", null, "Mentoring and teaching"]]);
    const told = diffLadders(reference, swap, { renames: { competency: { mentoring: "knowledge-sharing" } } });
    expect(told.changes.map((c) => [c.subject, c.kind, c.id, c.oldId ?? null, c.name ?? null])).toEqual([
      ["competency", "renamed", "knowledge-sharing", "mentoring", "Mentoring and teaching"],
      ["competency", "removed", "knowledge-sharing", null, "Knowledge sharing and learning"],
    ]);
  });

  it("takes two explicit renames that swap two ids", () => {
    const diff = diffLadders(before, before, { renames: { level: { engineer: "senior", senior: "engineer" } } });
    expect(diff.changes.filter((c) => c.kind === "renamed").map((c) => [c.oldId, c.id])).toEqual([
      ["senior", "engineer"],
      ["engineer", "senior"],
    ]);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, renamed: 2 });
  });

  it("takes one half of a swap as said: the new id's old holder removed, the old id's new holder added", () => {
    const diff = diffLadders(before, before, { renames: { level: { engineer: "senior" } } });
    expect(diff.changes.filter((c) => ["added", "removed", "renamed"].includes(c.kind)).map((c) => [c.kind, c.id, c.oldId ?? null])).toEqual([
      ["added", "engineer", null],
      ["renamed", "senior", "engineer"],
      ["removed", "senior", null],
    ]);
  });
});

describe("renderDiff", () => {
  const diff = diffLadders(reference, v2);

  it.each(["text", "markdown", "json"] as const)("%s is byte-identical for the same input", (format) => {
    expect(renderDiff(diffLadders(reference, v2), format, { color: true })).toBe(renderDiff(diff, format, { color: true }));
  });

  it("json is the diff itself", () => {
    expect(JSON.parse(renderDiff(diff, "json"))).toEqual(JSON.parse(JSON.stringify(diff)));
  });

  it("text groups a change inherited by several levels onto one line, coloured only when asked", () => {
    const text = renderDiff(diff, "text");
    expect(text).toContain("  ^ integration raised practitioner -> expert at senior-engineer; inherited by engineering-manager, group-manager\n");
    expect(text).toContain("  v decision-making lowered leader -> expert at vp-engineering\n");
    expect(text).toContain("  - knowledge-sharing (Knowledge sharing and learning) removed\n");
    expect(text).toMatch(/^Ladder diff: Dual-track engineering ladder 2026\.1 -> 2027\.1\n30 changes: 7 added, 2 removed/);
    expect(text).not.toContain("\u001b");
    expect(renderDiff(diff, "text", { color: true })).toContain("\u001b[31mv\u001b[0m decision-making");
  });

  it("markdown has a section per subject and escapes ladder text", () => {
    const markdown = renderDiff(diff, "markdown");
    expect(markdown.match(/^## .+$/gm)).toEqual(["## Ladder", "## Scale steps", "## Categories", "## Competencies", "## Tracks", "## Levels", "## Expectations"]);
    expect(markdown).toContain("- **lowered**: `decision-making` lowered `leader` -> `expert` at `vp-engineering`\n");
    const ladder = minimal();
    ladder.tracks[0]!.levels[0]!.title = "Engineer | <b>*one*</b>";
    const hostile = renderDiff(diffLadders(resolved(minimal()), resolved(ladder)), "markdown");
    expect(hostile).toContain('"Engineer \\| \\<b\\>\\*one\\*\\</b\\>"');
  });

  // The title named the new ladder for both versions: "Renamed ladder 2026.1 -> 2026.1".
  it("names each version by its own name when the name changed, and by its id when the id did", () => {
    const renamed = minimal();
    renamed.name = "Renamed | ladder";
    const byName = diffLadders(resolved(minimal()), resolved(renamed));
    expect(renderDiff(byName, "text").split("\n")[0]).toBe(`Ladder diff: ${minimal().name} ${minimal().version} -> Renamed | ladder ${minimal().version}`);
    expect(renderDiff(byName, "markdown").split("\n")[0]).toBe(`# Ladder diff: ${minimal().name} ${minimal().version} -> Renamed \\| ladder ${minimal().version}`);
    renamed.id = "renamed";
    const both = diffLadders(resolved(minimal()), resolved(renamed));
    expect(renderDiff(both, "text").split("\n")[0]).toBe(`Ladder diff: ${minimal().name} ${minimal().id} ${minimal().version} -> Renamed | ladder renamed ${minimal().version}`);
    const idOnly = minimal();
    idOnly.id = "renamed";
    expect(renderDiff(diffLadders(resolved(minimal()), resolved(idOnly)), "text").split("\n")[0]).toBe(
      `Ladder diff: ${minimal().name} ${minimal().id} ${minimal().version} -> renamed ${minimal().version}`,
    );
  });

  it("text shows terminal control characters from the ladder as escapes", () => {
    const ladder = minimal();
    ladder.tracks[0]!.levels[0]!.title = "Eng\u001b[31mineer";
    expect(renderDiff(diffLadders(resolved(minimal()), resolved(ladder)), "text")).toContain("Eng\\u001b[31mineer");
  });

  it("refuses an unknown format", () => {
    expect(() => renderDiff(diff, "html" as never)).toThrow(/unknown diff format 'html'/);
  });
});

describe("diffLadders, properties", () => {
  const base = minimal();
  const steps = base.scale.map((s) => s.id);
  const cells = base.tracks.flatMap((t, ti) => t.levels.map((l, li) => [ti, li, Object.keys(l.expectations ?? {})] as const)).filter(([, , c]) => c.length > 0);
  /** The minimal ladder with some written expectations set to other steps. */
  const changedSteps = fc
    .array(fc.tuple(fc.nat(cells.length - 1), fc.nat(9), fc.constantFrom(...steps)), { minLength: 1, maxLength: 6 })
    .map((edits) => {
      const ladder = minimal();
      for (const [cell, c, step] of edits) {
        const [ti, li, competencies] = cells[cell]!;
        ladder.tracks[ti]!.levels[li]!.expectations![competencies[c % competencies.length]!] = step;
      }
      return resolved(ladder);
    });

  it("sees a raise one way as a drop the other way, and nothing between a ladder and itself", () => {
    fc.assert(
      fc.property(changedSteps, (after) => {
        const before = resolved(base);
        const there = diffLadders(before, after);
        const back = diffLadders(after, before);
        expect(diffLadders(after, after).changes).toEqual([]);
        expect([there.summary.raised, there.summary.lowered]).toEqual([back.summary.lowered, back.summary.raised]);
        // Every cell of the resolved matrix that differs (its step, or its words) is reported, and only those.
        const differs = (level: string, e: ResolvedExpectation) => {
          const was = before.levelById.get(level)!.expectations.get(e.competency)!;
          return was.step !== e.step || was.description !== e.description;
        };
        const differing = after.levels.flatMap((l) => [...l.expectations.values()].filter((e) => differs(l.id, e)).map((e) => `${l.id}/${e.competency}`));
        expect(there.changes.map((c) => c.id)).toEqual(differing);
      }),
      { numRuns: 100, seed: 5 },
    );
  });
});
