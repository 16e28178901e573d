import type { ResolvedExpectation, ResolvedLadder } from "../model/resolved.js";
import { change } from "./changes.js";
import type { Matchings } from "./diff-ladders.js";
import type { LadderChange } from "./types.js";

/**
 * The rank on the new scale that an old expectation stands for: its step's rank when the step is
 * still there (renamed or not), else its old rank (the step was removed; the rank is the best guess).
 */
function rankInNew(after: ResolvedLadder, m: Matchings, old: ResolvedExpectation): number {
  const step = m.steps.toNew.get(old.step);
  return step === undefined ? old.rank : (after.stepById.get(step)?.rank ?? old.rank);
}

/**
 * Compares the resolved matrix, level by level (new order) and competency by competency (new
 * order), for the levels and competencies found in both versions: added and removed ones are
 * reported once as such, not cell by cell. A change written at one level and inherited by the
 * levels above it is reported at each of them, with `writtenAt` naming the level that wrote it.
 */
export function expectationChanges(before: ResolvedLadder, after: ResolvedLadder, m: Matchings): LadderChange[] {
  const out: LadderChange[] = [];
  for (const level of after.levels) {
    const oldLevelId = m.levels.toOld.get(level.id);
    const oldLevel = oldLevelId === undefined ? undefined : before.levelById.get(oldLevelId);
    if (!oldLevel) continue;
    for (const competency of after.competencies) {
      const oldCompetency = m.competencies.toOld.get(competency.id);
      if (oldCompetency === undefined) continue;
      const a = level.expectations.get(competency.id);
      const b = oldLevel.expectations.get(oldCompetency);
      const where = { level: level.id, competency: competency.id };
      const id = `${level.id}/${competency.id}`;
      const oldStep = b && (m.steps.toNew.get(b.step) ?? b.step);
      const oldWrittenAt = b && (m.levels.toNew.get(b.definedAt) ?? b.definedAt);
      if (a === undefined && b === undefined) continue;
      if (b === undefined) out.push(change("expectation", "added", id, { field: "step", to: a!.step, ...where, writtenAt: a!.definedAt }));
      else if (a === undefined) out.push(change("expectation", "removed", id, { field: "step", from: oldStep, ...where, writtenAt: oldWrittenAt }));
      else if (oldStep !== a.step) {
        const from = rankInNew(after, m, b);
        const kind = a.rank > from ? "raised" : a.rank < from ? "lowered" : "changed";
        out.push(change("expectation", kind, id, { field: "step", from: oldStep, to: a.step, ...where, writtenAt: a.definedAt }));
      } else if ((b.description ?? null) !== (a.description ?? null))
        out.push(change("expectation", "changed", id, { field: "description", from: b.description ?? null, to: a.description ?? null, ...where, writtenAt: a.definedAt }));
    }
  }
  return out;
}
