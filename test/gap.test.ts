// Gap reports for the three sample profiles against the reference ladder. Every expected value
// below was worked out by hand from ladders/dual-track.yaml (its expectation matrix after
// inheritance) and ladders/profiles/*.yaml, then written here literally: the tests compare
// analyzeGap and analyzeTeam with that hand computation, not with their own output.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  analyzeGap,
  analyzeTeam,
  encodeTeam,
  loadProfile,
  RATING_STATUSES,
  renderGapReport,
  type CompetencyGap,
  type GapReport,
  type Profile,
  type ResolvedLadder,
  type TargetAnalysis,
} from "../src/index.js";
import { STATUS_CODES } from "../src/gap/assess.js";

const PROFILES = fileURLToPath(new URL("../ladders/profiles/", import.meta.url));

let ladder: ResolvedLadder;
let dana: Profile; // senior-at-fork
let mateo: Profile; // architect-to-principal
let aiko: Profile; // manager-to-technical

async function sample(name: string): Promise<{ profile: Profile; ladder: ResolvedLadder }> {
  const loaded = await loadProfile(`${PROFILES}${name}.yaml`);
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { profile: loaded.profile!, ladder: loaded.ladder! };
}

beforeAll(async () => {
  const fork = await sample("senior-at-fork");
  ladder = fork.ladder;
  dana = fork.profile;
  mateo = (await sample("architect-to-principal")).profile;
  aiko = (await sample("manager-to-technical")).profile;
});

const STEP = {
  learning: { id: "learning", label: "Learning", value: 1 },
  developing: { id: "developing", label: "Developing", value: 2 },
  practitioner: { id: "practitioner", label: "Practitioner", value: 3 },
  expert: { id: "expert", label: "Expert", value: 4 },
  leader: { id: "leader", label: "Leader", value: 5 },
} as const;

const LEVEL = {
  seniorEngineer: { id: "senior-engineer", title: "Senior Software Engineer", band: 3, track: "engineering", trackName: "Engineering", trackKind: "individual-contributor" },
  engineeringManager: { id: "engineering-manager", title: "Engineering Manager", band: 4, track: "management", trackName: "Management", trackKind: "management" },
  seniorEngineeringManager: { id: "senior-engineering-manager", title: "Senior Engineering Manager", band: 5, track: "management", trackName: "Management", trackKind: "management" },
  leadEngineer: { id: "lead-engineer", title: "Lead Engineer", band: 4, track: "technical-leadership", trackName: "Technical leadership", trackKind: "technical-leadership" },
  architect: { id: "architect", title: "Architect", band: 5, track: "technical-leadership", trackName: "Technical leadership", trackKind: "technical-leadership" },
  principalArchitect: { id: "principal-architect", title: "Principal Architect", band: 6, track: "technical-leadership", trackName: "Technical leadership", trackKind: "technical-leadership" },
} as const;

/** One competency row as a tuple: id, expected step, assessed step (null if none), gap, status. */
type Row = [string, string, string | null, number, CompetencyGap["status"]];
const rows = (target: TargetAnalysis): Row[] =>
  target.competencies.map((g) => [g.competency, g.expected.id, g.assessed?.id ?? null, g.gap, g.status]);

const target = (report: GapReport, id: string): TargetAnalysis => {
  const found = report.targets.find((t) => t.level.id === id);
  expect(found, `target ${id}`).toBeDefined();
  return found!;
};
const competency = (t: TargetAnalysis, id: string): CompetencyGap => {
  const found = t.competencies.find((g) => g.competency === id);
  expect(found, `competency ${id}`).toBeDefined();
  return found!;
};

describe("senior-at-fork: Dana at Senior Software Engineer, no target", () => {
  let report: GapReport;
  beforeAll(() => {
    report = analyzeGap(ladder, dana);
  });

  it("targets both branches of the fork, management first as the ladder lists it", () => {
    expect(report.current).toEqual(LEVEL.seniorEngineer);
    expect(report.targets.map((t) => t.level)).toEqual([LEVEL.engineeringManager, LEVEL.leadEngineer]);
    for (const t of report.targets) {
      expect(t.reason).toBe("next");
      expect(t.path.map((h) => [h.from.id, h.to.id, h.kind])).toEqual([["senior-engineer", t.level.id, "branch"]]);
    }
  });

  it("meets every expectation of the current level except the one with no opportunity", () => {
    expect(report.currentReadiness).toEqual({
      counted: 20, met: 20, gaps: 0, unassessed: 0, notApplicable: 1, share: 1, totalGap: 0, weightedGap: 0, label: "ready",
    });
  });

  it("against Engineering Manager: every competency, by hand", () => {
    expect(rows(target(report, "engineering-manager"))).toEqual<Row[]>([
      ["code-quality", "expert", "expert", 0, "met"],
      ["testing-quality", "expert", "expert", 0, "met"],
      ["operations", "expert", "practitioner", 1, "gap"],
      ["tooling-automation", "expert", "expert", 0, "met"],
      ["technical-depth", "expert", "expert", 0, "met"],
      ["system-design", "expert", "practitioner", 1, "gap"],
      ["integration", "practitioner", "expert", -1, "met"],
      ["sustainability", "practitioner", "practitioner", 0, "met"],
      ["mentoring", "expert", "expert", 0, "met"],
      ["empowering-others", "expert", "practitioner", 1, "gap"],
      ["people-management", "practitioner", null, 0, "unassessed"],
      ["hiring", "practitioner", null, 0, "unassessed"],
      ["performance-coaching", "practitioner", null, 0, "unassessed"],
      ["planning-execution", "expert", "expert", 0, "met"],
      ["challenging-assumptions", "practitioner", "expert", -1, "met"],
      ["eliminating-pain-points", "expert", "expert", 0, "met"],
      ["budgeting", "developing", null, 0, "unassessed"],
      ["communication", "expert", "practitioner", 1, "gap"],
      ["collaboration", "expert", "expert", 0, "met"],
      ["business-partnership", "practitioner", null, 0, "not-applicable"],
      ["decision-making", "practitioner", "practitioner", 0, "met"],
      ["team-culture", "expert", "expert", 0, "met"],
      ["transparency-trust", "expert", "practitioner", 1, "gap"],
      ["knowledge-sharing", "practitioner", "expert", -1, "met"],
      ["inclusion", "expert", "practitioner", 1, "gap"],
    ]);
  });

  it("against Lead Engineer: every competency, by hand", () => {
    expect(rows(target(report, "lead-engineer"))).toEqual<Row[]>([
      ["code-quality", "leader", "expert", 1, "gap"],
      ["testing-quality", "expert", "expert", 0, "met"],
      ["operations", "expert", "practitioner", 1, "gap"],
      ["tooling-automation", "expert", "expert", 0, "met"],
      ["technical-depth", "expert", "expert", 0, "met"],
      ["technical-exploration", "practitioner", null, 0, "unassessed"],
      ["system-design", "expert", "practitioner", 1, "gap"],
      ["integration", "expert", "expert", 0, "met"],
      ["sustainability", "expert", "practitioner", 1, "gap"],
      ["technical-strategy", "developing", null, 0, "unassessed"],
      ["architecture-governance", "practitioner", null, 0, "unassessed"],
      ["mentoring", "expert", "expert", 0, "met"],
      ["empowering-others", "expert", "practitioner", 1, "gap"],
      ["planning-execution", "expert", "expert", 0, "met"],
      ["challenging-assumptions", "expert", "expert", 0, "met"],
      ["eliminating-pain-points", "expert", "expert", 0, "met"],
      ["communication", "expert", "practitioner", 1, "gap"],
      ["collaboration", "expert", "expert", 0, "met"],
      ["business-partnership", "practitioner", null, 0, "not-applicable"],
      ["decision-making", "expert", "practitioner", 1, "gap"],
      ["team-culture", "expert", "expert", 0, "met"],
      ["transparency-trust", "practitioner", "practitioner", 0, "met"],
      ["knowledge-sharing", "expert", "expert", 0, "met"],
      ["inclusion", "practitioner", "practitioner", 0, "met"],
    ]);
  });

  it("readiness for each branch", () => {
    // EM: 25 expectations, 1 no-opportunity, 4 management ones unrated, 6 one-step gaps
    // (system-design weighs 1.5).
    expect(target(report, "engineering-manager").readiness).toEqual({
      counted: 24, met: 14, gaps: 6, unassessed: 4, notApplicable: 1, share: 14 / 24, totalGap: 6, weightedGap: 6.5, label: "developing",
    });
    // Lead Engineer: 24 expectations, 1 no-opportunity, 3 tech-leadership ones unrated, 7 gaps.
    expect(target(report, "lead-engineer").readiness).toEqual({
      counted: 23, met: 13, gaps: 7, unassessed: 3, notApplicable: 1, share: 13 / 23, totalGap: 7, weightedGap: 7.5, label: "developing",
    });
  });

  it("details of a gap, a met, an unassessed and a no-opportunity competency", () => {
    const em = target(report, "engineering-manager");
    expect(competency(em, "system-design")).toEqual({
      competency: "system-design",
      name: "System design",
      category: "architecture",
      weight: 1.5,
      expected: STEP.expert,
      // Engineering Manager writes only the step, so the competency's words for it are shown.
      looksLike: "Designs systems spanning several teams; their designs hold up as the product changes.",
      assessed: { ...STEP.practitioner, source: "agreed" },
      gap: 1,
      status: "gap",
    });
    const mentoring = competency(em, "mentoring");
    expect([mentoring.status, mentoring.gap, mentoring.assessed]).toEqual(["met", 0, { ...STEP.expert, source: "agreed" }]);
    // Surplus: knowledge sharing is expected at practitioner and rated expert.
    expect(competency(em, "knowledge-sharing")).toMatchObject({ status: "met", gap: -1 });
    const business = competency(em, "business-partnership");
    expect(business).toMatchObject({ status: "not-applicable", reason: "no-opportunity", gap: 0, expected: STEP.practitioner });
    expect(business.assessed).toBeUndefined();
    const hiring = competency(em, "hiring");
    expect(hiring).toMatchObject({ status: "unassessed", gap: 0 });
    expect(hiring.assessed).toBeUndefined();
    // Planning is inherited from Senior Software Engineer, with the words written there.
    expect(competency(em, "planning-execution").looksLike).toBe("Leads multi-week projects for the team and keeps them on course.");
  });

  it("what is new at each branch", () => {
    const em = target(report, "engineering-manager").rising;
    expect(em.map((r) => [r.competency, r.from?.id ?? null, r.to.id])).toEqual([
      ["operations", "practitioner", "expert"],
      ["system-design", "practitioner", "expert"],
      ["mentoring", "practitioner", "expert"],
      ["empowering-others", "practitioner", "expert"],
      ["people-management", null, "practitioner"],
      ["hiring", null, "practitioner"],
      ["performance-coaching", null, "practitioner"],
      ["eliminating-pain-points", "practitioner", "expert"],
      ["budgeting", null, "developing"],
      ["communication", "practitioner", "expert"],
      ["team-culture", "practitioner", "expert"],
      ["transparency-trust", "practitioner", "expert"],
      ["inclusion", "practitioner", "expert"],
    ]);
    expect(em.find((r) => r.competency === "people-management")).toEqual({
      competency: "people-management",
      name: "People management",
      from: undefined,
      to: STEP.practitioner,
      looksLike: "Holds regular one-on-ones with every report and knows what each of them wants from their career.",
    });
    expect(target(report, "lead-engineer").rising.map((r) => r.competency)).toEqual([
      "code-quality", "operations", "technical-exploration", "system-design", "integration", "sustainability",
      "technical-strategy", "architecture-governance", "mentoring", "empowering-others", "challenging-assumptions",
      "eliminating-pain-points", "communication", "decision-making", "team-culture", "knowledge-sharing",
    ]);
  });

  it("goals: the three most valuable gaps, due twelve months after the assessment", () => {
    const em = target(report, "engineering-manager");
    // System design weighs 1.5; then one-step gaps of weight 1 in ladder order.
    expect(em.goals.map((g) => [g.competency, g.from.id, g.to.id, g.value, g.due])).toEqual([
      ["system-design", "practitioner", "expert", 1.5, "2027-03-10"],
      ["operations", "practitioner", "expert", 1, "2027-03-10"],
      ["empowering-others", "practitioner", "expert", 1, "2027-03-10"],
    ]);
    // A one-step goal: first evidence halfway (2026-03-10 + round(365 / 2) = 183 days), then the step.
    expect(em.goals[0]!.milestones).toEqual([
      { step: STEP.expert, due: "2026-09-09", outcome: "First evidence at Expert, agreed with your manager" },
      {
        step: STEP.expert,
        due: "2027-03-10",
        outcome: "Expert shown consistently: Designs systems spanning several teams; their designs hold up as the product changes.",
      },
    ]);
    expect(target(report, "lead-engineer").goals.map((g) => g.competency)).toEqual(["system-design", "code-quality", "operations"]);
  });

  it("calibration: self and manager two steps apart on system design", () => {
    expect(report.calibration).toEqual([
      { competency: "system-design", name: "System design", self: STEP.expert, manager: STEP.developing, difference: 2 },
    ]);
    // At a threshold of 3 the difference is no longer a talking point.
    expect(analyzeGap(ladder, dana, { calibrationThreshold: 3 }).calibration).toEqual([]);
  });

  it("carries the person's own goals through", () => {
    expect(report.personalGoals).toEqual([
      {
        title: "Own the design review for splitting the search index by tenant, and write the decision record.",
        competency: "system-design",
        name: "System design",
        due: "2026-09-30",
        note: "Gives a clear, shared piece of evidence for the system-design calibration.",
      },
      { title: "Present the search roadmap to the product council twice this year.", competency: "communication", name: "Communication", due: "2026-12-15" },
    ]);
    expect(report.person).toEqual({ name: "Dana Okafor", id: "emp-10482" });
    expect(report.date).toBe("2026-03-10");
    // The report's own objects, with the names added: the profile's goals stay as they were written.
    expect(dana.goals![0]).not.toHaveProperty("name");
    expect(analyzeGap(ladder, { ...dana, goals: undefined }).personalGoals).toEqual([]);
  });
});

describe("which rating a gap is computed from", () => {
  const withSystemDesign = (rating: Profile["ratings"][string]): Profile => ({ ...dana, ratings: { ...dana.ratings, "system-design": rating } });
  const systemDesign = (profile: Profile): CompetencyGap => competency(target(analyzeGap(ladder, profile), "engineering-manager"), "system-design");

  it("agreed first, then the manager's, then the person's own", () => {
    expect(systemDesign(dana).assessed).toEqual({ ...STEP.practitioner, source: "agreed" });
    expect(systemDesign(withSystemDesign({ self: "expert", manager: "developing" })).assessed).toEqual({ ...STEP.developing, source: "manager" });
    expect(systemDesign(withSystemDesign({ self: "leader" }))).toMatchObject({ assessed: { ...STEP.leader, source: "self" }, gap: -1, status: "met" });
    expect(systemDesign(withSystemDesign("expert"))).toMatchObject({ assessed: { ...STEP.expert, source: "agreed" }, status: "met" });
  });

  it("a status wins over any step, and a rating without a step is unassessed", () => {
    expect(systemDesign(withSystemDesign({ status: "not-applicable", agreed: "leader" }))).toMatchObject({ status: "not-applicable", reason: "not-applicable", gap: 0 });
    expect(systemDesign(withSystemDesign({ note: "not discussed" }))).toMatchObject({ status: "unassessed", gap: 0 });
  });

  it("only the profile's own ratings count: one its ratings object inherits is no rating", () => {
    // What a polluted Object.prototype would look like to the ratings of every profile.
    const inherited = Object.create({ "system-design": { self: "leader", manager: "learning" }, "code-quality": "leader" }) as Profile["ratings"];
    const { "system-design": _dropped, ...own } = dana.ratings;
    Object.assign(inherited, own);
    const report = analyzeGap(ladder, { ...dana, ratings: inherited });
    expect(competency(target(report, "engineering-manager"), "system-design")).toMatchObject({ status: "unassessed", gap: 0 });
    // An own rating still shadows an inherited one.
    expect(competency(target(report, "engineering-manager"), "code-quality").assessed).toEqual({ ...STEP.expert, source: "agreed" });
    // Dana's own system-design rating gives a calibration prompt; the inherited one, further apart, gives none.
    expect(report.calibration).toEqual([]);
  });
});

describe("architect-to-principal: Mateo, Architect, target Principal Architect", () => {
  let report: GapReport;
  beforeAll(() => {
    report = analyzeGap(ladder, mateo);
  });

  it("analyses the named target, one promotion away", () => {
    expect(report.targets).toHaveLength(1);
    const pa = report.targets[0]!;
    expect(pa.level).toEqual(LEVEL.principalArchitect);
    expect(pa.reason).toBe("named");
    expect(pa.path.map((h) => [h.from.id, h.to.id, h.kind])).toEqual([["architect", "principal-architect", "promotion"]]);
  });

  it("every competency, by hand", () => {
    expect(rows(report.targets[0]!)).toEqual<Row[]>([
      ["code-quality", "leader", "leader", 0, "met"],
      ["testing-quality", "leader", "expert", 1, "gap"],
      ["operations", "leader", "leader", 0, "met"],
      ["tooling-automation", "leader", "leader", 0, "met"],
      ["technical-depth", "leader", "leader", 0, "met"],
      ["technical-exploration", "expert", "expert", 0, "met"],
      ["system-design", "leader", "leader", 0, "met"],
      ["integration", "leader", "leader", 0, "met"],
      ["sustainability", "leader", "leader", 0, "met"],
      ["technical-strategy", "expert", "practitioner", 1, "gap"],
      ["architecture-governance", "leader", "expert", 1, "gap"],
      ["mentoring", "leader", "leader", 0, "met"],
      ["empowering-others", "leader", "leader", 0, "met"],
      ["planning-execution", "expert", "expert", 0, "met"],
      ["challenging-assumptions", "leader", "expert", 1, "gap"],
      ["eliminating-pain-points", "leader", "leader", 0, "met"],
      ["communication", "leader", "expert", 1, "gap"],
      ["collaboration", "leader", "leader", 0, "met"],
      ["business-partnership", "expert", "expert", 0, "met"],
      ["decision-making", "leader", "leader", 0, "met"],
      ["team-culture", "leader", "expert", 1, "gap"],
      ["transparency-trust", "expert", "expert", 0, "met"],
      ["knowledge-sharing", "leader", "leader", 0, "met"],
      ["inclusion", "expert", null, 0, "unassessed"],
    ]);
  });

  it("flags the unrated competency as unassessed: counted, but neither met nor a gap", () => {
    const inclusion = competency(report.targets[0]!, "inclusion");
    expect(inclusion).toMatchObject({ status: "unassessed", gap: 0, expected: STEP.expert });
    expect(inclusion.assessed).toBeUndefined();
    expect(report.targets[0]!.goals.map((g) => g.competency)).not.toContain("inclusion");
    expect(report.targets[0]!.readiness).toEqual({
      counted: 24, met: 17, gaps: 6, unassessed: 1, notApplicable: 0, share: 17 / 24, totalGap: 6, weightedGap: 6.5, label: "developing",
    });
    // At the current level 22 of 24 are met (91.7%), but the unassessed one keeps it from `ready`.
    expect(report.currentReadiness).toEqual({
      counted: 24, met: 22, gaps: 1, unassessed: 1, notApplicable: 0, share: 22 / 24, totalGap: 1, weightedGap: 1, label: "nearly-ready",
    });
  });

  it("what is new, goals and calibration", () => {
    const pa = report.targets[0]!;
    expect(pa.rising.map((r) => [r.competency, r.from?.id, r.to.id])).toEqual([
      ["operations", "expert", "leader"],
      ["integration", "expert", "leader"],
      ["technical-strategy", "practitioner", "expert"],
      ["architecture-governance", "expert", "leader"],
      ["mentoring", "expert", "leader"],
      ["challenging-assumptions", "expert", "leader"],
      ["communication", "expert", "leader"],
      ["collaboration", "expert", "leader"],
      ["decision-making", "expert", "leader"],
      ["team-culture", "expert", "leader"],
    ]);
    expect(pa.goals.map((g) => [g.competency, g.value, g.due, g.milestones.map((m) => m.due)])).toEqual([
      ["technical-strategy", 1.5, "2027-04-15", ["2026-10-15", "2027-04-15"]],
      ["testing-quality", 1, "2027-04-15", ["2026-10-15", "2027-04-15"]],
      ["architecture-governance", 1, "2027-04-15", ["2026-10-15", "2027-04-15"]],
    ]);
    // Self expert vs manager practitioner is one step: below the default threshold of 2.
    expect(report.calibration).toEqual([]);
    expect(analyzeGap(ladder, mateo, { calibrationThreshold: 1 }).calibration).toEqual([
      { competency: "technical-strategy", name: "Technical vision and strategy", self: STEP.expert, manager: STEP.practitioner, difference: 1 },
    ]);
    expect(report.personalGoals.map((g) => g.competency)).toEqual(["technical-strategy", "architecture-governance"]);
  });
});

describe("manager-to-technical: Aiko, Engineering Manager, target Architect", () => {
  let report: GapReport;
  beforeAll(() => {
    report = analyzeGap(ladder, aiko);
  });

  it("the shortest path: a switch to Lead Engineer, then a promotion to Architect", () => {
    // EM -> SEM -> Architect and EM -> Lead Engineer -> Architect both take two hops; among equally
    // short paths the one that switches track first wins: move across at the current band, then grow.
    const t = report.targets[0]!;
    expect(report.targets).toHaveLength(1);
    expect(t.level).toEqual(LEVEL.architect);
    expect(t.reason).toBe("named");
    expect(t.path.map((h) => [h.from, h.to, h.kind])).toEqual([
      [LEVEL.engineeringManager, LEVEL.leadEngineer, "switch"],
      [LEVEL.leadEngineer, LEVEL.architect, "promotion"],
    ]);
  });

  it("each hop with its own gaps and what is new there", () => {
    const [toLead, toArchitect] = report.targets[0]!.path;
    // Lead Engineer expects the 21 shared competencies and the 3 technical ones (24); Aiko had no
    // opportunity for technical exploration, so 23 are counted.
    expect(toLead!.readiness).toEqual({
      counted: 23, met: 17, gaps: 6, unassessed: 0, notApplicable: 1, share: 17 / 23, totalGap: 6, weightedGap: 6, label: "developing",
    });
    expect(toLead!.gaps.filter((g) => g.status === "gap").map((g) => g.competency)).toEqual([
      "code-quality", "tooling-automation", "sustainability", "challenging-assumptions", "decision-making", "knowledge-sharing",
    ]);
    // What Lead Engineer writes above Engineering Manager, and the technical competencies EM never had.
    expect(toLead!.rising.map((r) => r.competency)).toEqual([
      "code-quality", "technical-exploration", "integration", "sustainability", "technical-strategy",
      "architecture-governance", "challenging-assumptions", "decision-making", "knowledge-sharing",
    ]);
    expect(toArchitect!.readiness).toEqual(report.targets[0]!.readiness);
    expect(toArchitect!.rising.map((r) => r.competency)).toEqual([
      "testing-quality", "tooling-automation", "technical-depth", "technical-exploration", "system-design", "sustainability",
      "technical-strategy", "architecture-governance", "empowering-others", "eliminating-pain-points", "business-partnership",
      "transparency-trust", "knowledge-sharing", "inclusion",
    ]);
  });

  it("against Architect: every competency, by hand", () => {
    const t = report.targets[0]!;
    expect(rows(t)).toEqual<Row[]>([
      ["code-quality", "leader", "expert", 1, "gap"],
      ["testing-quality", "leader", "expert", 1, "gap"],
      ["operations", "expert", "expert", 0, "met"],
      ["tooling-automation", "leader", "practitioner", 2, "gap"],
      ["technical-depth", "leader", "expert", 1, "gap"],
      ["technical-exploration", "expert", null, 0, "not-applicable"],
      ["system-design", "leader", "expert", 1, "gap"],
      ["integration", "expert", "expert", 0, "met"],
      ["sustainability", "leader", "practitioner", 2, "gap"],
      ["technical-strategy", "practitioner", "developing", 1, "gap"],
      ["architecture-governance", "expert", "practitioner", 1, "gap"],
      ["mentoring", "expert", "expert", 0, "met"],
      ["empowering-others", "leader", "expert", 1, "gap"],
      ["planning-execution", "expert", "expert", 0, "met"],
      ["challenging-assumptions", "expert", "practitioner", 1, "gap"],
      ["eliminating-pain-points", "leader", "expert", 1, "gap"],
      ["communication", "expert", "expert", 0, "met"],
      ["collaboration", "expert", "expert", 0, "met"],
      ["business-partnership", "expert", "practitioner", 1, "gap"],
      ["decision-making", "expert", "practitioner", 1, "gap"],
      ["team-culture", "expert", "expert", 0, "met"],
      ["transparency-trust", "expert", "expert", 0, "met"],
      ["knowledge-sharing", "leader", "practitioner", 2, "gap"],
      ["inclusion", "expert", "expert", 0, "met"],
    ]);
    expect(t.competencies).toEqual(t.path[1]!.gaps);
    expect(t.readiness).toEqual({
      counted: 23, met: 9, gaps: 14, unassessed: 0, notApplicable: 1, share: 9 / 23, totalGap: 17, weightedGap: 18, label: "not-yet",
    });
    // Current level: only tooling (expert expected, practitioner rated) is short; budgeting is n/a.
    expect(report.currentReadiness).toEqual({
      counted: 24, met: 23, gaps: 1, unassessed: 0, notApplicable: 1, share: 23 / 24, totalGap: 1, weightedGap: 1, label: "ready",
    });
  });

  it("what is new from EM to Architect, over the whole path", () => {
    expect(report.targets[0]!.rising.map((r) => [r.competency, r.from?.id ?? null, r.to.id])).toEqual([
      ["code-quality", "expert", "leader"],
      ["testing-quality", "expert", "leader"],
      ["tooling-automation", "expert", "leader"],
      ["technical-depth", "expert", "leader"],
      ["technical-exploration", null, "expert"],
      ["system-design", "expert", "leader"],
      ["integration", "practitioner", "expert"],
      ["sustainability", "practitioner", "leader"],
      ["technical-strategy", null, "practitioner"],
      ["architecture-governance", null, "expert"],
      ["empowering-others", "expert", "leader"],
      ["challenging-assumptions", "practitioner", "expert"],
      ["eliminating-pain-points", "expert", "leader"],
      ["business-partnership", "practitioner", "expert"],
      ["decision-making", "practitioner", "expert"],
      ["knowledge-sharing", "practitioner", "leader"],
    ]);
  });

  it("goals: the three two-step gaps, each worked back through the step between", () => {
    const goals = report.targets[0]!.goals;
    expect(goals.map((g) => [g.competency, g.from.id, g.to.id, g.value, g.due])).toEqual([
      ["tooling-automation", "practitioner", "leader", 2, "2027-05-20"],
      ["sustainability", "practitioner", "leader", 2, "2027-05-20"],
      ["knowledge-sharing", "practitioner", "leader", 2, "2027-05-20"],
    ]);
    expect(goals[0]!.milestones).toEqual([
      { step: STEP.expert, due: "2026-11-19", outcome: "Expert: Removes whole classes of manual work for the team; the tooling is a reason the team is fast." },
      { step: STEP.leader, due: "2027-05-20", outcome: "Leader: Shapes the developer platform and tooling choices for the whole organisation." },
    ]);
  });

  it("no calibration prompt (the largest self/manager difference is one step) and the own goals carried", () => {
    expect(report.calibration).toEqual([]);
    expect(report.personalGoals.map((g) => [g.title.slice(0, 25), g.due, g.name])).toEqual([
      ["Switch to Lead Engineer o", "2026-09-30", undefined],
      ["Own the technical roadmap", "2027-03-31", "Technical vision and strategy"],
      ["Prototype two options for", "2026-12-15", "Technical exploration"],
    ]);
    // Named from the ladder, not from the target: Senior Engineering Manager expects neither competency.
    const managerTrack = analyzeGap(ladder, aiko, { target: "senior-engineering-manager" });
    expect(managerTrack.targets[0]!.competencies.map((c) => c.competency)).not.toContain("technical-exploration");
    expect(managerTrack.personalGoals.map((g) => g.name)).toEqual([undefined, "Technical vision and strategy", "Technical exploration"]);
    expect(renderGapReport(managerTrack, "text")).toContain("Prototype two options for the event backbone before 2027 planning. (Technical exploration, due 2026-12-15)");
  });
});

describe("dates at the ends of the calendar", () => {
  const goalDates = (report: GapReport) => report.targets[0]!.goals.map((g) => [g.due, g.milestones[0]!.due]);

  it("the years 0 to 99 stay those years (Date.UTC would read them as 1900 to 1999)", () => {
    const report = analyzeGap(ladder, { ...dana, date: "0050-03-10" });
    expect(goalDates(report)).toEqual([["0051-03-10", "0050-09-09"], ["0051-03-10", "0050-09-09"], ["0051-03-10", "0050-09-09"]]);
  });

  it("a goal due past 9999 is written in the expanded form, and the date a profile may carry never throws", () => {
    const report = analyzeGap(ladder, { ...dana, date: "9999-03-10" });
    expect(goalDates(report)[0]).toEqual(["+010000-03-10", "9999-09-09"]);
    const late = analyzeGap(ladder, { ...dana, date: "9999-12-31" });
    expect(late.targets[0]!.goals[0]!.due).toBe("+010000-12-31");
    expect(late.targets[0]!.goals[0]!.milestones[0]!.due).toBe("+010000-07-01");
  });
});

describe("options", () => {
  it("target overrides the profile's target", () => {
    const report = analyzeGap(ladder, mateo, { target: "director-of-architecture" });
    expect(report.targets.map((t) => [t.level.id, t.reason])).toEqual([["director-of-architecture", "named"]]);
    expect(report.targets[0]!.path.map((h) => [h.from.id, h.to.id, h.kind])).toEqual([
      ["architect", "principal-architect", "promotion"],
      ["principal-architect", "director-of-architecture", "promotion"],
    ]);
  });

  it("a named distant target is reached level by level, a senior engineer's CTO through technical leadership", () => {
    // Through management is as short (branch to Engineering Manager, then to VP Engineering), and
    // the management track comes first in the ladder: a technologist is still not routed through
    // people management when a technical route is as short.
    const report = analyzeGap(ladder, dana, { target: "cto" });
    expect(report.targets[0]!.path.map((h) => [h.from.id, h.to.id, h.kind])).toEqual([
      ["senior-engineer", "lead-engineer", "branch"],
      ["lead-engineer", "architect", "promotion"],
      ["architect", "principal-architect", "promotion"],
      ["principal-architect", "director-of-architecture", "promotion"],
      ["director-of-architecture", "cto", "convergence"],
    ]);
    // An engineering manager's CTO is through management: a switch first would be a longer way.
    expect(analyzeGap(ladder, { ...dana, level: "engineering-manager" }, { target: "cto" }).targets[0]!.path.map((h) => h.to.id)).toEqual([
      "senior-engineering-manager",
      "director-of-engineering",
      "vp-engineering",
      "cto",
    ]);
  });

  it("goalMonths moves the due date and the milestones", () => {
    const em = target(analyzeGap(ladder, dana, { goalMonths: 6 }), "engineering-manager");
    expect(em.goals.map((g) => g.due)).toEqual(["2026-09-10", "2026-09-10", "2026-09-10"]);
    // 184 days from 2026-03-10 to 2026-09-10; halfway is 92 days.
    expect(em.goals[0]!.milestones.map((m) => m.due)).toEqual(["2026-06-10", "2026-09-10"]);
    // Clamped to 1..12 months: a year at most (seed 000).
    expect(target(analyzeGap(ladder, dana, { goalMonths: 24 }), "engineering-manager").goals[0]!.due).toBe("2027-03-10");
    expect(target(analyzeGap(ladder, dana, { goalMonths: 0 }), "engineering-manager").goals[0]!.due).toBe("2026-04-10");
  });

  it("maxGoals limits the goals, within one to three", () => {
    const goals = (maxGoals: number) => target(analyzeGap(ladder, dana, { maxGoals }), "engineering-manager").goals.map((g) => g.competency);
    expect(goals(1)).toEqual(["system-design"]);
    expect(goals(2)).toEqual(["system-design", "operations"]);
    expect(goals(0)).toEqual(["system-design"]);
    expect(goals(10)).toEqual(["system-design", "operations", "empowering-others"]);
  });

  it("throws a TypeError for a level or target the ladder lacks, or a target out of reach", () => {
    expect(() => analyzeGap(ladder, { ...dana, level: "staff-engineer" })).toThrow(TypeError);
    expect(() => analyzeGap(ladder, { ...dana, level: "staff-engineer" })).toThrow(/staff-engineer/);
    expect(() => analyzeGap(ladder, dana, { target: "staff-engineer" })).toThrow(TypeError);
    expect(() => analyzeGap(ladder, { ...dana, target: "engineer-1" })).toThrow(TypeError);
  });
});

describe("analyzeTeam over the three samples", () => {
  it("who aims at what, people per level, who is ready and the gaps most share", () => {
    const team = analyzeTeam(ladder, [dana, mateo, aiko]);
    expect(team.size).toBe(3);
    expect(team.people).toEqual([
      {
        name: "Dana Okafor",
        level: "senior-engineer",
        targets: [
          { level: "engineering-manager", share: 14 / 24, gaps: 6, unassessed: 4, label: "developing" },
          { level: "lead-engineer", share: 13 / 23, gaps: 7, unassessed: 3, label: "developing" },
        ],
      },
      { name: "Mateo Lindqvist", level: "architect", targets: [{ level: "principal-architect", share: 17 / 24, gaps: 6, unassessed: 1, label: "developing" }] },
      { name: "Aiko Brennan", level: "engineering-manager", targets: [{ level: "architect", share: 9 / 23, gaps: 14, unassessed: 0, label: "not-yet" }] },
    ]);
    expect(team.bands.filter((b) => b.people > 0).map((b) => [b.level.id, b.people])).toEqual([
      ["senior-engineer", 1],
      ["engineering-manager", 1],
      ["architect", 1],
    ]);
    expect(team.bands.reduce((sum, b) => sum + b.people, 0)).toBe(3);
    expect(team.readyFor.map((r) => [r.level.id, r.candidates, r.ready])).toEqual([
      ["engineering-manager", 1, []],
      ["lead-engineer", 1, []],
      ["architect", 1, []],
      ["principal-architect", 1, []],
    ]);
    // Dana counts once per competency even with a gap against both branches.
    expect(team.sharedGaps.map((g) => [g.competency, g.people])).toEqual([
      ["code-quality", 2],
      ["testing-quality", 2],
      ["system-design", 2],
      ["sustainability", 2],
      ["technical-strategy", 2],
      ["architecture-governance", 2],
      ["empowering-others", 2],
      ["challenging-assumptions", 2],
      ["communication", 2],
      ["decision-making", 2],
      ["operations", 1],
      ["tooling-automation", 1],
      ["technical-depth", 1],
      ["eliminating-pain-points", 1],
      ["business-partnership", 1],
      ["team-culture", 1],
      ["transparency-trust", 1],
      ["knowledge-sharing", 1],
      ["inclusion", 1],
    ]);
    expect(team.sharedGaps[0]!.share).toBe(2 / 3);
    expect(team.sharedGaps.at(-1)!.share).toBe(1 / 3);
  });

  it("someone rated at the next level is listed as ready for it", () => {
    // Dana with each Lead Engineer gap closed and the three tech-leadership competencies rated.
    const raised: Profile = {
      ...dana,
      ratings: {
        ...dana.ratings,
        "code-quality": "leader",
        operations: "expert",
        "system-design": "expert",
        sustainability: "expert",
        "empowering-others": "expert",
        communication: "expert",
        "decision-making": "expert",
        "technical-exploration": "practitioner",
        "technical-strategy": "developing",
        "architecture-governance": "practitioner",
      },
    };
    const team = analyzeTeam(ladder, encodeTeam(ladder, [raised, mateo]));
    expect(team.people[0]!.targets[1]).toEqual({ level: "lead-engineer", share: 1, gaps: 0, unassessed: 0, label: "ready" });
    expect(team.readyFor.find((r) => r.level.id === "lead-engineer")!.ready).toEqual(["Dana Okafor"]);
  });
});

describe("a target with nothing counted", () => {
  // Dana with every expectation of Engineering Manager marked not applicable or no opportunity.
  const allNotApplicable = (): Profile => {
    const manager = ladder.levelById.get("engineering-manager")!;
    const ratings: Profile["ratings"] = { ...dana.ratings };
    [...manager.expectations.keys()].forEach((id, i) => (ratings[id] = { status: i % 2 === 0 ? "not-applicable" : "no-opportunity" }));
    return { ...dana, ratings };
  };

  it("is not ready: no evidence is not readiness (share 0, not 0/0 read as all met)", () => {
    const em = target(analyzeGap(ladder, allNotApplicable()), "engineering-manager");
    expect(em.readiness).toMatchObject({ counted: 0, met: 0, gaps: 0, unassessed: 0, share: 0, label: "not-yet" });
    expect(em.readiness.notApplicable).toBe(ladder.levelById.get("engineering-manager")!.expectations.size);
    expect(em.goals).toEqual([]);
  });

  it("says so in the report, and the team view agrees", () => {
    const profile = allNotApplicable();
    const text = renderGapReport(analyzeGap(ladder, profile, { target: "engineering-manager" }), "text");
    expect(text).toContain("Readiness: Not yet ready, nothing counted (every expectation not applicable)");
    expect(text).toContain("No goal: every expectation of this target is marked not applicable or no opportunity");
    const team = analyzeTeam(ladder, [profile]);
    expect(team.people[0]!.targets[0]).toEqual({ level: "engineering-manager", share: 0, gaps: 0, unassessed: 0, label: "not-yet" });
    expect(team.readyFor.find((r) => r.level.id === "engineering-manager")?.ready ?? []).toEqual([]);
  });
});

describe("misuse is a TypeError, never a wrong report", () => {
  it("refuses a step the scale lacks, a status the model lacks, a target that is the current level, and an unknown target, step or status in a team", async () => {
    const { profile, ladder } = await loadProfile("ladders/profiles/senior-at-fork.yaml");
    expect(() => analyzeGap(ladder!, { ...profile!, ratings: { ...profile!.ratings, "code-quality": "guru" } })).toThrow(/rating 'guru' is not a step/);
    expect(() => analyzeGap(ladder!, { ...profile!, ratings: { ...profile!.ratings, "code-quality": { status: "on-leave" as "not-applicable" } } })).toThrow(/status 'on-leave' is not one of not-applicable, no-opportunity/);
    expect(() => analyzeGap(ladder!, profile!, { target: "senior-engineer" })).toThrow(/is the current level/);
    // NaN cannot be brought within 1 to 3 goals or 1 to 12 months: it would give every gap as a goal, or no date.
    expect(() => analyzeGap(ladder!, profile!, { maxGoals: Number.NaN })).toThrow(/maxGoals must be a number from 1 to 3/);
    expect(() => analyzeGap(ladder!, profile!, { goalMonths: Number.NaN })).toThrow(/goalMonths must be a number from 1 to 12/);
    expect(() => analyzeTeam(ladder!, [{ ...profile!, target: "cto-of-everything" }])).toThrow(TypeError);
    // A team reads ratings as a report does: a step the scale lacks is refused, not counted as unassessed.
    expect(() => encodeTeam(ladder!, [{ ...profile!, ratings: { ...profile!.ratings, "code-quality": "guru" } }])).toThrow(/rating 'guru' is not a step/);
    expect(() => analyzeTeam(ladder!, [{ ...profile!, ratings: { ...profile!.ratings, "code-quality": { status: "on-leave" as "not-applicable" } } }])).toThrow(/status 'on-leave'/);
  });
});

  it("looks ids up among the ladder's own only: a step, status, level or competency named like an Object property is none", async () => {
    const { profile, ladder } = await loadProfile("ladders/profiles/senior-at-fork.yaml");
    for (const id of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(() => analyzeGap(ladder!, { ...profile!, ratings: { ...profile!.ratings, "code-quality": id } }), id).toThrow(`rating '${id}' is not a step`);
      expect(() => analyzeGap(ladder!, { ...profile!, ratings: { ...profile!.ratings, "code-quality": { self: "expert", manager: id } } }), id).toThrow(`rating '${id}' is not a step`);
      expect(() => analyzeGap(ladder!, { ...profile!, ratings: { ...profile!.ratings, "code-quality": { status: id as "not-applicable" } } }), id).toThrow(`status '${id}' is not one of`);
      expect(() => analyzeGap(ladder!, { ...profile!, level: id }), id).toThrow(`level '${id}' is not a level`);
      expect(() => analyzeGap(ladder!, profile!, { target: id }), id).toThrow(`target '${id}' is not a level`);
      const report = analyzeGap(ladder!, { ...profile!, goals: [{ title: "Read more", competency: id }] });
      expect(report.personalGoals, id).toEqual([{ title: "Read more", competency: id, name: undefined, due: undefined, note: undefined }]);
    }
  });

describe("gap analysis writes the model's rating statuses out again (to keep zod out of its bundle)", () => {
  it("in the same order", () => {
    expect(STATUS_CODES).toEqual(RATING_STATUSES);
  });
});

describe("one report cannot change another", () => {
  // Reports of a ladder share what is the same in all of them (the scale's steps, level refs, what
  // rises between two levels, each competency gap): changing one report's copy would change every later report.
  it("the parts reports share are frozen, and a later report is as the first was", () => {
    const first = analyzeGap(ladder, dana);
    const before = JSON.stringify(first);
    const target = first.targets[0]!;
    const unrated = target.competencies.find((g) => !g.assessed);
    expect(unrated?.status).toBe("unassessed");
    const attempts: [string, () => void][] = [
      ["scale", () => (first.scale as StepLike[]).push({ id: "x", label: "X", value: 9 })],
      ["a step", () => ((first.scale[0] as StepLike).label = "changed")],
      ["the current level", () => ((first.current as { title: string }).title = "changed")],
      ["an expected step", () => ((target.competencies[0]!.expected as StepLike).label = "changed")],
      ["an assessed step", () => ((target.competencies.find((g) => g.assessed)!.assessed as StepLike).value = 0)],
      ["a competency gap", () => ((target.competencies[0] as { gap: number }).gap = 9)],
      ["an unassessed gap", () => ((unrated as { status: string }).status = "met")],
      ["what rises", () => (target.rising as unknown[]).pop()],
      ["a rising expectation", () => ((target.rising[0] as { name: string }).name = "changed")],
    ];
    for (const [what, attempt] of attempts) expect(attempt, what).toThrow(TypeError);
    const second = analyzeGap(ladder, dana);
    expect(JSON.stringify(second)).toBe(before);
  });
});

type StepLike = { id: string; label: string; value: number };
