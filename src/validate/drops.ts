import type { MoveKind, ResolvedLadder, ResolvedLevel } from "../model/resolved.js";

/** An expectation that falls along a move. */
export interface Drop {
  readonly from: ResolvedLevel;
  readonly to: ResolvedLevel;
  readonly competency: string;
  readonly fromStep: string;
  readonly toStep: string;
}

/** The expectations that fall along moves of the given kinds (competencies both levels expect). */
export function drops(ladder: ResolvedLadder, kinds: readonly MoveKind[]): Drop[] {
  const found: Drop[] = [];
  for (const move of ladder.moves) {
    if (!kinds.includes(move.kind)) continue;
    const from = ladder.levelById.get(move.from);
    const to = ladder.levelById.get(move.to);
    if (!from || !to) continue;
    for (const [competency, expected] of to.expectations) {
      const before = from.expectations.get(competency);
      if (before && before.rank >= 0 && expected.rank >= 0 && expected.rank < before.rank)
        found.push({ from, to, competency, fromStep: before.step, toStep: expected.step });
    }
  }
  return found;
}
