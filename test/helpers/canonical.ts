import type { ResolvedLadder } from "../../src/index.js";

/**
 * What a resolved ladder means, as plain data: everything but where each expectation was written
 * (`definedAt`, an authoring choice that a round trip may make differently) and the source text.
 */
export function canonical(ladder: ResolvedLadder) {
  return {
    id: ladder.id,
    name: ladder.name,
    version: ladder.version,
    description: ladder.source.description,
    scale: ladder.scale,
    categories: ladder.categories,
    competencies: ladder.competencies.map((c) => ({
      id: c.id,
      name: c.name,
      category: c.category,
      description: c.description,
      weight: c.weight,
      tracks: c.tracks,
      appliesTo: c.appliesTo,
      steps: c.steps,
    })),
    tracks: ladder.tracks,
    levels: ladder.levels.map((l) => ({
      id: l.id,
      title: l.title,
      band: l.band,
      summary: l.summary,
      scope: l.scope,
      top: l.top,
      track: l.track,
      position: l.position,
      expectations: [...l.expectations.values()].map((e) => [e.competency, e.step, e.rank, e.description]),
    })),
    moves: ladder.moves,
  };
}
