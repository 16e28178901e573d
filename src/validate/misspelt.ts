import { didYouMean } from "../load/suggest.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { levelSites } from "./paths.js";

const cache = new WeakMap<ResolvedLadder, ReadonlyMap<string, string>>();

/**
 * Competencies whose definition is likely misspelt, each with the id the levels use for it: an id
 * that levels expect but no competency has, near an id that a competency has but no level expects.
 * The mistake is then the definition's, reported once there (`unresolved-reference`), not at every
 * correct use; unused-competency and expectation-coverage leave the competency to that report.
 * Worked out once per ladder: the three rules ask for it on every validation.
 */
export function misspeltCompetencies(ladder: ResolvedLadder): ReadonlyMap<string, string> {
  let found = cache.get(ladder);
  if (found === undefined) cache.set(ladder, (found = misspelt(ladder)));
  return found;
}


function misspelt(ladder: ResolvedLadder): Map<string, string> {
  const expected = new Set<string>();
  const unknown = new Set<string>();
  for (const site of levelSites(ladder.source))
    for (const id of Object.keys(site.level.expectations ?? {})) (ladder.competencyById.has(id) ? expected : unknown).add(id);
  const unused = ladder.competencies.map((c) => c.id).filter((id) => !expected.has(id));
  const found = new Map<string, string>();
  for (const id of unknown) {
    const defined = didYouMean(id, unused);
    if (defined !== undefined && !found.has(defined)) found.set(defined, id);
  }
  return found;
}
