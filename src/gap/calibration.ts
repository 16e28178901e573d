import type { Rating } from "../model/profile.js";
import type { ResolvedLadder } from "../model/resolved.js";
import type { LadderIndex } from "./refs.js";
import type { CalibrationPrompt } from "./types.js";

/**
 * Competencies where the person's own rating and the manager's differ by `threshold` steps or more,
 * largest difference first, then in ladder order: the talking points of a calibration. `ratings`
 * holds the profile's rating of each competency in ladder order (`readRatings`'s `given`).
 */
export function calibrationPrompts(ladder: ResolvedLadder, index: LadderIndex, ratings: readonly (Rating | undefined)[], threshold = 2): CalibrationPrompt[] {
  const { steps, stepRank, order } = index;
  const prompts: CalibrationPrompt[] = [];
  for (let i = 0; i < ratings.length; i++) {
    const rating = ratings[i];
    if (rating === undefined || typeof rating === "string" || rating.self === undefined || rating.manager === undefined) continue;
    const competency = ladder.competencies[i]!;
    const self = stepRank.get(rating.self);
    const manager = stepRank.get(rating.manager);
    if (self === undefined || manager === undefined || Math.abs(self - manager) < threshold) continue;
    prompts.push({ competency: competency.id, name: competency.name, self: steps[self]!, manager: steps[manager]!, difference: self - manager });
  }
  return prompts.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || order.get(a.competency)! - order.get(b.competency)!);
}
