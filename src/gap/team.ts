import { movesFrom } from "../model/graph.js";
import type { Profile } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { labelOf } from "./compare.js";
import { indexOf } from "./refs.js";
import { encodeTeam, NOT_APPLICABLE, requireByteScale, UNASSESSED, type EncodedTeam } from "./team-encode.js";
import { REPORT_VERSION, type LevelRef, type ReadinessLabel } from "./types.js";

/** One person's readiness for one level. */
export interface TeamTarget {
  readonly level: string;
  /** The share of counted expectations met, as `Readiness.share` (0 when nothing is counted). */
  readonly share: number;
  readonly gaps: number;
  readonly unassessed: number;
  readonly label: ReadinessLabel;
}

/** One person in the team view. */
export interface TeamMember {
  readonly name: string;
  readonly level: string;
  /** Their named target, or else each next level. */
  readonly targets: readonly TeamTarget[];
}

/** A team view: who is ready for what, the gaps most people share, people per band on each track. */
export interface TeamReport {
  readonly kind: "TeamReport";
  readonly version: typeof REPORT_VERSION;
  readonly ladder: { readonly id: string; readonly name: string; readonly version: string };
  readonly size: number;
  readonly people: readonly TeamMember[];
  /** For each level someone aims at: how many are ready and who, in input order. */
  readonly readyFor: ReadonlyArray<{ readonly level: LevelRef; readonly candidates: number; readonly ready: readonly string[] }>;
  /** Competencies by how many people have a gap against one of their targets, most first. */
  readonly sharedGaps: ReadonlyArray<{ readonly competency: string; readonly name: string; readonly people: number; readonly share: number }>;
  /** People per level, track by track, lowest band first. */
  readonly bands: ReadonlyArray<{ readonly level: LevelRef; readonly people: number }>;
}

/** The ladder as dense arrays: expected rank per level and competency (-1 where not expected). */
interface Matrix {
  readonly expected: Int8Array;
  readonly next: readonly number[][];
}

const matrices = new WeakMap<ResolvedLadder, Matrix>();

function matrixOf(ladder: ResolvedLadder): Matrix {
  let matrix = matrices.get(ladder);
  if (!matrix) {
    const count = ladder.competencies.length;
    const expected = new Int8Array(ladder.levels.length * count).fill(-1);
    const levelIndex = new Map(ladder.levels.map((l, i) => [l.id, i]));
    ladder.levels.forEach((level, l) =>
      ladder.competencies.forEach((c, i) => {
        const e = level.expectations.get(c.id);
        if (e && e.rank >= 0) expected[l * count + i] = e.rank;
      }),
    );
    const out = movesFrom(ladder);
    const next = ladder.levels.map((l) => out.get(l.id)!.map((m) => levelIndex.get(m.to)!));
    matrix = { expected, next };
    matrices.set(ladder, matrix);
  }
  return matrix;
}

/**
 * The team view over many profiles: each person's readiness for their target (or next levels),
 * who is ready for which level, the gaps most people share and people per band on each track.
 * Takes profiles, or the columns of `encodeTeam` for large teams (an HR table maps onto them).
 * Step ranks are kept in bytes: a scale of more than 127 steps (the loaders allow no more) throws a
 * TypeError.
 *
 * @example
 * const team = analyzeTeam(ladder, profiles);
 * console.log(team.sharedGaps.slice(0, 3));
 */
export function analyzeTeam(ladder: ResolvedLadder, team: readonly Profile[] | EncodedTeam): TeamReport {
  const input = Array.isArray(team) ? encodeTeam(ladder, team as readonly Profile[]) : (team as EncodedTeam);
  requireByteScale(ladder);
  const { expected, next } = matrixOf(ladder);
  const { levels: refs } = indexOf(ladder);
  const count = ladder.competencies.length;
  const perLevel = new Int32Array(ladder.levels.length);
  const candidates = new Int32Array(ladder.levels.length);
  const ready: string[][] = ladder.levels.map(() => []);
  const gapPeople = new Int32Array(count);
  // The last person counted with a gap in each competency: each person counts once per competency.
  const lastWithGap = new Int32Array(count).fill(-1);
  const levelIds = ladder.levels.map((level) => level.id);
  const { size, names, levels, targets: named, ratings } = input;
  const people: TeamMember[] = new Array(size);

  for (let p = 0; p < size; p++) {
    const level = levels[p]!;
    perLevel[level]!++;
    const aim = named[p]!;
    const nextLevels = next[level]!;
    const aims = aim >= 0 ? 1 : nextLevels.length;
    const base = p * count;
    // Sized up front: a pushed-to array would reserve 17 slots for one or two targets.
    const targets: TeamTarget[] = new Array(aims);
    for (let t = 0; t < aims; t++) {
      const target = aim >= 0 ? aim : nextLevels[t]!;
      const row = target * count;
      let counted = 0;
      let met = 0;
      let gaps = 0;
      let unassessed = 0;
      let largest = 0;
      for (let c = 0; c < count; c++) {
        const want = expected[row + c]!;
        if (want < 0) continue;
        const have = ratings[base + c]!;
        if (have === NOT_APPLICABLE) continue;
        counted++;
        if (have === UNASSESSED) unassessed++;
        else if (have >= want) met++;
        else {
          gaps++;
          if (lastWithGap[c] !== p) {
            lastWithGap[c] = p;
            gapPeople[c]!++;
          }
          if (want - have > largest) largest = want - have;
        }
      }
      // As gap analysis: nothing counted is no evidence (Tally.readiness).
      const share = counted === 0 ? 0 : met / counted;
      const label = labelOf(share, unassessed, largest);
      candidates[target]!++;
      if (label === "ready") ready[target]!.push(names[p]!);
      targets[t] = { level: levelIds[target]!, share, gaps, unassessed, label };
    }
    people[p] = { name: names[p]!, level: levelIds[level]!, targets };
  }

  const order = ladder.competencies.map((_, c) => c).filter((c) => gapPeople[c]! > 0);
  order.sort((a, b) => gapPeople[b]! - gapPeople[a]! || a - b);
  return {
    kind: "TeamReport",
    version: REPORT_VERSION,
    ladder: { id: ladder.id, name: ladder.name, version: ladder.version },
    size,
    people,
    readyFor: ladder.levels
      .map((level, l) => ({ level: refs.get(level.id)!, candidates: candidates[l]!, ready: ready[l]! }))
      .filter((entry) => entry.candidates > 0),
    sharedGaps: order.map((c) => ({
      competency: ladder.competencies[c]!.id,
      name: ladder.competencies[c]!.name,
      people: gapPeople[c]!,
      share: gapPeople[c]! / size,
    })),
    bands: ladder.levels.map((level, l) => ({ level: refs.get(level.id)!, people: perLevel[l]! })),
  };
}
