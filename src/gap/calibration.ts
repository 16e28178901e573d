import type { ResolvedLadder } from "../model/resolved.js";
import type { LadderIndex } from "./refs.js";
import type { CalibrationPrompt } from "./types.js";

/**
 * Competencies where the person's own rating and the manager's differ by `threshold` steps or more,
 * largest difference first, then in ladder order: the talking points of a calibration.
 * `selfAndManager` is `readRatings`'s: position, self rank and manager rank of each rating that has both.
 */
export function calibrationPrompts(ladder: ResolvedLadder, index: LadderIndex, selfAndManager: readonly number[], threshold = 2): CalibrationPrompt[] {
  const { steps } = index;
  const prompts: CalibrationPrompt[] = [];
  for (let i = 0; i < selfAndManager.length; i += 3) {
    const self = selfAndManager[i + 1]!;
    const manager = selfAndManager[i + 2]!;
    if (Math.abs(self - manager) < threshold) continue;
    const competency = ladder.competencies[selfAndManager[i]!]!;
    prompts.push({ competency: competency.id, name: competency.name, self: steps[self]!, manager: steps[manager]!, difference: self - manager });
  }
  // Ladder order already: a stable sort by size keeps it among equal differences.
  return prompts.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}
