// Properties of gap reports over random profiles of the reference ladder.
import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyzeGap,
  analyzeTeam,
  parseLadder,
  type GapOptions,
  type Profile,
  type Rating,
  type Readiness,
  type ReadinessLabel,
  type ResolvedLadder,
} from "../src/index.js";

const RUNS = { numRuns: 300 };

const ladder: ResolvedLadder = (() => {
  const file = new URL("../ladders/dual-track.yaml", import.meta.url);
  const { ladder } = parseLadder(readFileSync(file, "utf8"), { filename: "ladders/dual-track.yaml" });
  if (!ladder) throw new Error("the reference ladder does not load");
  return ladder;
})();

const STEPS = ladder.scale.map((s) => s.id);
const TOP = STEPS.length - 1;
const LEVELS = ladder.levels.map((l) => l.id);
const COMPETENCIES = ladder.competencies.map((c) => c.id);
const LABEL_RANK: Record<ReadinessLabel, number> = { "not-yet": 0, developing: 1, "nearly-ready": 2, ready: 3 };

/** The fewest moves (of any kind) from `from` to each level it can reach: our own BFS, not the library's. */
function distancesFrom(from: string): Map<string, number> {
  const distance = new Map([[from, 0]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const move of ladder.moves)
      if (move.from === at && !distance.has(move.to)) {
        distance.set(move.to, distance.get(at)! + 1);
        queue.push(move.to);
      }
  }
  return distance;
}
const DISTANCES = new Map(LEVELS.map((l) => [l, distancesFrom(l)]));
const reachable = (from: string, to: string): boolean => DISTANCES.get(from)!.has(to);

// --- Generators --------------------------------------------------------------------------

const step = fc.constantFrom(...STEPS);
const status = fc.constantFrom("not-applicable" as const, "no-opportunity" as const);
/** A rating in any form the schema allows, or none (undefined: the competency is left out). */
const rating: fc.Arbitrary<Rating | undefined> = fc.oneof(
  fc.constant(undefined),
  step,
  fc.record({ agreed: step, manager: step, self: step }, { requiredKeys: [] }),
  fc.record({ manager: step, self: step }, { requiredKeys: ["manager"] }),
  fc.record({ self: step }),
  fc.record({ status, note: fc.constant("no chance this cycle") }, { requiredKeys: ["status"] }),
  // A status beside steps: the status wins (not a gap), the self and manager steps still calibrate.
  // analyzeGap and analyzeTeam (through encodeTeam) both read it with readRatings; property (6) compares their verdicts.
  fc.record({ status, agreed: step, manager: step, self: step }, { requiredKeys: ["status"] }),
);
const date = fc.oneof(
  fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  // Month ends and a leap day, where adding months has to clamp.
  fc.constantFrom("2024-01-31", "2024-02-29", "2025-08-31", "2023-12-31", "2026-03-10"),
);

function build(level: string, day: string, ratings: readonly (Rating | undefined)[], target?: string): Profile {
  const record: Record<string, Rating> = {};
  COMPETENCIES.forEach((c, i) => {
    if (ratings[i] !== undefined) record[c] = ratings[i]!;
  });
  return {
    apiVersion: "ladderkit/v1",
    kind: "Profile",
    person: { name: "Person", id: "p-1" },
    ladder: "../dual-track.yaml",
    level,
    date: day,
    ...(target === undefined ? {} : { target }),
    ratings: record,
  };
}

/** A profile without a target: the report shows the next level or levels. */
const profile = (levels: readonly string[] = LEVELS): fc.Arbitrary<Profile> =>
  fc
    .tuple(fc.constantFrom(...levels), date, fc.array(rating, { minLength: COMPETENCIES.length, maxLength: COMPETENCIES.length }))
    .map(([level, day, ratings]) => build(level, day, ratings));

/**
 * A profile rated close to some level's expectations (most at the expected step, some a step or
 * two off, a few left out or marked not applicable), so that reports near `ready` come up often:
 * uniformly random ratings are nearly always far from every level.
 */
const nearProfile = (levels: readonly string[] = LEVELS): fc.Arbitrary<Profile> => {
  const offset = fc.constantFrom(-2, -1, -1, 0, 0, 0, 0, 0, 1, 1);
  const tweak = fc.oneof({ weight: 12, arbitrary: fc.constant("keep" as const) }, fc.constantFrom("drop" as const, "status" as const, "detail" as const));
  const n = COMPETENCIES.length;
  return fc
    .tuple(
      fc.constantFrom(...levels),
      fc.constantFrom(...LEVELS),
      date,
      fc.array(offset, { minLength: n, maxLength: n }),
      fc.array(tweak, { minLength: n, maxLength: n }),
      fc.array(rating, { minLength: n, maxLength: n }),
    )
    .map(([level, near, day, offsets, tweaks, others]) => {
      const expectations = ladder.levelById.get(near)!.expectations;
      const ratings = COMPETENCIES.map((c, i): Rating | undefined => {
        const e = expectations.get(c);
        if (!e) return others[i];
        const s = STEPS[Math.max(0, Math.min(TOP, e.rank + offsets[i]!))]!;
        const t = tweaks[i]!;
        return t === "drop" ? undefined : t === "status" ? { status: "no-opportunity" } : t === "detail" ? { manager: s, self: STEPS[TOP]! } : s;
      });
      return build(level, day, ratings);
    });
};
/** Either kind of random profile. */
const anyProfile = (levels: readonly string[] = LEVELS): fc.Arbitrary<Profile> => fc.oneof(profile(levels), nearProfile(levels));

/** The step rank a rating is read at (agreed, else manager, else self), or undefined. */
function effectiveRank(r: Rating | undefined): number | undefined {
  if (r === undefined) return undefined;
  if (typeof r === "string") return STEPS.indexOf(r);
  if (r.status !== undefined) return undefined;
  const s = r.agreed ?? r.manager ?? r.self;
  return s === undefined ? undefined : STEPS.indexOf(s);
}

/** The rating with its effective step set to `to` (the field gap reports read). */
function rateAt(r: Rating | undefined, to: string): Rating {
  if (r === undefined || typeof r === "string") return to;
  if (r.agreed !== undefined) return { ...r, agreed: to };
  if (r.manager !== undefined) return { ...r, manager: to };
  return { ...r, self: to };
}

/** The expectations of `to` above those of `from`, as [competency, from value or 0, to value]. */
function rising(from: string, to: string): [string, number, number][] {
  const before = ladder.levelById.get(from)!.expectations;
  return [...ladder.levelById.get(to)!.expectations.values()]
    .filter((e) => (before.get(e.competency)?.rank ?? -1) < e.rank)
    .map((e) => [e.competency, (before.get(e.competency)?.rank ?? -1) + 1, e.rank + 1]);
}

/** Readiness for the current level and every level reachable from it. */
function readinessByLevel(p: Profile): Map<string, Readiness> {
  const out = new Map<string, Readiness>([[p.level, analyzeGap(ladder, p).currentReadiness]]);
  for (const level of LEVELS)
    if (level !== p.level && reachable(p.level, level)) out.set(level, analyzeGap(ladder, p, { target: level }).targets[0]!.readiness);
  return out;
}

// --- Properties --------------------------------------------------------------------------

describe("gap report properties (reference ladder)", () => {
  it("(1) raising one rating never lowers the share met nor the label, for any target", () => {
    const seen = new Set<ReadinessLabel>();
    fc.assert(
      fc.property(anyProfile(), fc.nat(), fc.integer({ min: 1, max: TOP }), (p, pick, by) => {
        // Raisable: rated below the top step, or unassessed (a first rating can only help).
        // A not-applicable competency is not raised: rating it adds an expectation to count.
        const raisable = COMPETENCIES.filter((c) => {
          const r = p.ratings[c];
          const rank = effectiveRank(r);
          const isStatus = r !== undefined && typeof r !== "string" && r.status !== undefined;
          return !isStatus && (rank === undefined || rank < TOP);
        });
        if (raisable.length === 0) return;
        const c = raisable[pick % raisable.length]!;
        const from = effectiveRank(p.ratings[c]);
        const to = STEPS[Math.min(TOP, (from ?? -1) + by)]!;
        const raised: Profile = { ...p, ratings: { ...p.ratings, [c]: rateAt(p.ratings[c], to) } };

        const before = readinessByLevel(p);
        const after = readinessByLevel(raised);
        expect([...after.keys()]).toEqual([...before.keys()]);
        for (const [level, b] of before) {
          const a = after.get(level)!;
          seen.add(b.label);
          expect(a.share, `${level}: share`).toBeGreaterThanOrEqual(b.share);
          expect(LABEL_RANK[a.label], `${level}: ${b.label} -> ${a.label}`).toBeGreaterThanOrEqual(LABEL_RANK[b.label]);
          // Raising a step also never widens the total gap (a first rating may add one).
          if (from !== undefined) expect(a.totalGap, `${level}: total gap`).toBeLessThanOrEqual(b.totalGap);
        }
        // The default targets are among the levels checked, with the same readiness.
        for (const t of analyzeGap(ladder, raised).targets) expect(t.readiness).toEqual(after.get(t.level.id));
      }),
      RUNS,
    );
    // Not vacuous: the runs crossed every label.
    expect([...seen].sort()).toEqual(["developing", "nearly-ready", "not-yet", "ready"]);
  });

  it("(2) rated exactly at a level's expectations is ready for it, share 1, no goals (every level)", () => {
    const form = fc.constantFrom("plain", "agreed", "manager", "self");
    fc.assert(
      fc.property(profile(), fc.array(form, { minLength: COMPETENCIES.length, maxLength: COMPETENCIES.length }), fc.nat(), (base, forms, pick) => {
        for (const level of ladder.levels) {
          const ratings: Record<string, Rating> = { ...base.ratings };
          for (const e of level.expectations.values()) {
            const f = forms[COMPETENCIES.indexOf(e.competency)];
            ratings[e.competency] = f === "plain" ? e.step : f === "agreed" ? { agreed: e.step } : f === "manager" ? { manager: e.step, self: STEPS[0]! } : { self: e.step };
          }
          // Start anywhere the level can be reached from, itself included.
          const starts = LEVELS.filter((l) => reachable(l, level.id));
          const current = starts[pick % starts.length]!;
          const report = analyzeGap(ladder, { ...base, level: current, ratings }, { target: current === level.id ? undefined : level.id });
          const analysed = current === level.id ? { readiness: report.currentReadiness, goals: [] } : report.targets[0]!;
          if (current !== level.id) expect(report.targets[0]!.level.id).toBe(level.id);
          expect(analysed.readiness, `${current} -> ${level.id}`).toMatchObject({
            counted: level.expectations.size,
            met: level.expectations.size,
            gaps: 0,
            unassessed: 0,
            notApplicable: 0,
            share: 1,
            totalGap: 0,
            label: "ready",
          });
          expect(analysed.goals).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("(3) a path is a chain of legal moves from the current level to the target, and a shortest one", () => {
    const level = fc.constantFrom(...LEVELS);
    fc.assert(
      fc.property(anyProfile(), level, level, (p, from, to) => {
        const distance = DISTANCES.get(from)!.get(to);
        const run = () => analyzeGap(ladder, { ...p, level: from }, { target: to });
        if (distance === undefined) {
          expect(run).toThrow(TypeError);
          return;
        }
        if (distance === 0) {
          expect(run).toThrow(TypeError);
          return;
        }
        const report = run();
        const path = report.targets[0]!.path;
        // Among equally short paths, the lateral move comes first where one can.
        const switchFirst = ladder.moves.some((m) => m.from === from && m.kind === "switch" && DISTANCES.get(m.to)!.get(to) === distance - 1);
        if (switchFirst) expect(path[0]!.kind).toBe("switch");
        expect(path.length).toBe(distance);
        expect(path[0]!.from.id).toBe(from);
        expect(path.at(-1)!.to.id).toBe(to);
        path.forEach((hop, i) => {
          expect(ladder.moves).toContainEqual({ from: hop.from.id, to: hop.to.id, kind: hop.kind });
          if (i > 0) expect(hop.from.id).toBe(path[i - 1]!.to.id);
          // What is new on each hop, straight from the two levels' expectations.
          expect(hop.rising.map((r) => [r.competency, r.from?.value ?? 0, r.to.value])).toEqual(rising(hop.from.id, hop.to.id));
        });
        expect(report.targets[0]!.rising.map((r) => [r.competency, r.from?.value ?? 0, r.to.value])).toEqual(rising(from, to));
      }),
      RUNS,
    );
  });

  it("(3b) every pair of levels: path length equals the BFS distance, each move the first in the documented order that stays on a shortest path, and unreachable targets throw", () => {
    const p = build("engineer-1", "2026-01-01", []);
    // shortestPath's order: a switch before a promotion, then a move onto any track but a management
    // one, then ladder order (the order of ladder.moves; the sort below is stable).
    const onManagement = (level: string) => ladder.trackById.get(ladder.levelById.get(level)!.track)!.kind === "management";
    const order = (m: { kind: string; to: string }) => (m.kind === "switch" ? 0 : 2) + (onManagement(m.to) ? 1 : 0);
    let paths = 0;
    for (const from of LEVELS)
      for (const to of LEVELS) {
        const distance = DISTANCES.get(from)!.get(to);
        if (distance === undefined) expect(() => analyzeGap(ladder, { ...p, level: from }, { target: to })).toThrow(TypeError);
        else if (distance > 0) {
          const path = analyzeGap(ladder, { ...p, level: from }, { target: to }).targets[0]!.path;
          expect(path.length, `${from} -> ${to}`).toBe(distance);
          path.forEach((hop, i) => {
            const onShortest = ladder.moves.filter((m) => m.from === hop.from.id && DISTANCES.get(m.to)!.get(to) === distance - i - 1);
            const first = [...onShortest].sort((a, b) => order(a) - order(b))[0]!;
            expect([hop.to.id, hop.kind], `${from} -> ${to}, move ${i + 1}`).toEqual([first.to, first.kind]);
          });
          paths++;
        }
      }
    expect(paths).toBeGreaterThan(50);
  });

  it("(4) the same input gives deep-equal reports and byte-identical JSON", () => {
    const months = fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined });
    fc.assert(
      fc.property(anyProfile(), anyProfile(), fc.option(fc.constantFrom(...LEVELS), { nil: undefined }), months, (p, other, named, goalMonths) => {
        const target = named !== undefined && named !== p.level && reachable(p.level, named) ? named : undefined;
        const first = analyzeGap(ladder, p, { target });
        // Another report in between, with other options: nothing may carry over from one call to the next.
        analyzeGap(ladder, { ...other, date: p.date }, { goalMonths });
        analyzeGap(ladder, other, { maxGoals: 1 });
        const second = analyzeGap(ladder, structuredClone(p), { target });
        expect(second).toEqual(first);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        const team = [p, structuredClone(p)];
        expect(JSON.stringify(analyzeTeam(ladder, team))).toBe(JSON.stringify(analyzeTeam(ladder, structuredClone(team))));
      }),
      RUNS,
    );
  });

  it("(5) one to three goals when there is a gap, most valuable first, due within a year, milestones in order", () => {
    const options = fc.record(
      { maxGoals: fc.integer({ min: -1, max: 6 }), goalMonths: fc.integer({ min: -1, max: 15 }) },
      { requiredKeys: [] },
    );
    const plusYear = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
    /** `months` calendar months after `d`, on the same day or the month's last: worked out apart from src/gap/dates.ts. */
    const plusMonths = (d: string, months: number) => {
      const total = Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1 + months;
      const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
      const last = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
      const day = Math.min(Number(d.slice(8, 10)), last);
      return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    };
    const position = new Map(ladder.competencies.map((c, i) => [c.id, i]));
    let withGaps = 0;
    fc.assert(
      fc.property(anyProfile(), options, fc.option(fc.constantFrom(...LEVELS), { nil: undefined }), (p, opts, named) => {
        const target = named !== undefined && named !== p.level && reachable(p.level, named) ? named : undefined;
        const report = analyzeGap(ladder, p, { ...opts, target } satisfies GapOptions);
        const cap = Math.min(3, Math.max(1, opts.maxGoals ?? 3));
        const due = plusMonths(p.date, Math.min(12, Math.max(1, opts.goalMonths ?? 12)));
        for (const t of report.targets) {
          const gaps = t.competencies.filter((g) => g.status === "gap");
          if (gaps.length === 0) {
            expect(t.goals).toEqual([]);
            continue;
          }
          withGaps++;
          expect(t.goals.length).toBeGreaterThanOrEqual(1);
          expect(t.goals.length).toBeLessThanOrEqual(3);
          expect(t.goals.length).toBe(Math.min(cap, gaps.length));
          const values = t.goals.map((g) => g.value);
          expect(values).toEqual([...values].sort((a, b) => b - a));
          // Exactly the first of the documented order: weight x gap, then the larger gap, then ladder order.
          const byValue = [...gaps].sort((a, b) => b.weight * b.gap - a.weight * a.gap || b.gap - a.gap || position.get(a.competency)! - position.get(b.competency)!);
          expect(t.goals.map((g) => g.competency)).toEqual(byValue.slice(0, cap).map((g) => g.competency));
          // The most valuable: no gap left out is worth more than the least valuable goal.
          const chosen = new Set(t.goals.map((g) => g.competency));
          for (const g of gaps) if (!chosen.has(g.competency)) expect(g.weight * g.gap).toBeLessThanOrEqual(values.at(-1)!);
          for (const goal of t.goals) {
            const gap = gaps.find((g) => g.competency === goal.competency)!;
            expect(gap, goal.competency).toBeDefined();
            expect(goal.value).toBe(gap.weight * gap.gap);
            expect(goal.to).toEqual(gap.expected);
            expect(goal.due > p.date && goal.due <= plusYear(p.date), `${p.date} -> ${goal.due}`).toBe(true);
            expect(goal.due, `${p.date} + ${opts.goalMonths ?? 12} months`).toBe(due);
            const dues = goal.milestones.map((m) => m.due);
            expect(dues[0]! > p.date).toBe(true);
            for (let i = 1; i < dues.length; i++) expect(dues[i]! > dues[i - 1]!, dues.join(" ")).toBe(true);
            expect(goal.milestones.at(-1)!.due).toBe(goal.due);
            expect(goal.milestones.at(-1)!.step).toEqual(goal.to);
            for (const m of goal.milestones) {
              expect(m.step.value).toBeGreaterThan(goal.from.value);
              expect(m.step.value).toBeLessThanOrEqual(goal.to.value);
            }
          }
        }
      }),
      RUNS,
    );
    expect(withGaps).toBeGreaterThan(100);
  });

  it("(6) analyzeTeam agrees with analyzeGap for every person and target", () => {
    const member = fc.tuple(anyProfile(), fc.option(fc.constantFrom(...LEVELS), { nil: undefined })).map(([p, named]) =>
      // Some people name a target they can reach; the rest aim at the next level or levels.
      named !== undefined && named !== p.level && reachable(p.level, named) ? { ...p, target: named } : p,
    );
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), (team) => {
        const report = analyzeTeam(ladder, team);
        expect(report.size).toBe(team.length);
        team.forEach((p, i) => {
          const person = report.people[i]!;
          expect(person.level).toBe(p.level);
          const gap = analyzeGap(ladder, p);
          expect(person.targets.map((t) => t.level)).toEqual(gap.targets.map((t) => t.level.id));
          person.targets.forEach((t, j) => {
            const r = gap.targets[j]!.readiness;
            expect({ share: t.share, label: t.label, gaps: t.gaps, unassessed: t.unassessed }).toEqual({
              share: r.share,
              label: r.label,
              gaps: r.gaps,
              unassessed: r.unassessed,
            });
          });
        });
      }),
      RUNS,
    );
  });

  it("(7) the current level's readiness equals what the same level gets as a target", () => {
    // Two code paths: currentReadiness counts without building rows; a target builds them.
    const level = fc.constantFrom(...LEVELS.filter((l) => LEVELS.some((from) => from !== l && reachable(from, l))));
    fc.assert(
      fc.property(anyProfile(), level, fc.nat(), (p, at, pick) => {
        const froms = LEVELS.filter((from) => from !== at && reachable(from, at));
        const from = froms[pick % froms.length]!;
        const asCurrent = analyzeGap(ladder, { ...p, level: at }).currentReadiness;
        const asTarget = analyzeGap(ladder, { ...p, level: from }, { target: at }).targets[0]!;
        expect(asCurrent).toEqual(asTarget.readiness);
        expect(asCurrent.counted + asCurrent.notApplicable).toBe(asTarget.competencies.length);
      }),
      RUNS,
    );
  });
});
