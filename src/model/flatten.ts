import { API_VERSION } from "./common.js";
import type { Category, Competency } from "./competency.js";
import type { Ladder } from "./ladder.js";
import type { ResolvedCompetency, ResolvedExpectation, ResolvedLadder, ResolvedLevel, ResolvedTrack } from "./resolved.js";
import type { ScaleStep } from "./scale.js";
import type { Expectation, Level, Track } from "./track.js";

/** Copies the optional fields that have a value, so the result holds no `undefined`. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function competencyOf(c: ResolvedCompetency): Competency {
  const { id, name, category, description, tracks, steps } = c;
  return defined({ id, name, category, description, tracks, weight: c.weight === 1 ? undefined : c.weight, steps });
}

/** An expectation as written: the step alone when its words are the competency's for that step. */
function expectationOf(e: ResolvedExpectation, competency: ResolvedCompetency | undefined): Expectation {
  return e.description === undefined || e.description === competency?.steps?.[e.step] ? e.step : { step: e.step, description: e.description };
}

function levelOf(ladder: ResolvedLadder, level: ResolvedLevel): Level {
  // Only what the level itself writes: what it inherits is inherited again when the result is resolved.
  const own = [...level.expectations.values()].filter((e) => e.definedAt === level.id);
  const expectations = Object.fromEntries(own.map((e) => [e.competency, expectationOf(e, ladder.competencyById.get(e.competency))]));
  const { id, title, band, summary, scope } = level;
  return defined({ id, title, band, summary, scope, top: level.top ? true : undefined, expectations: own.length > 0 ? expectations : undefined });
}

function trackOf(ladder: ResolvedLadder, track: ResolvedTrack): Track {
  const { id, name, kind, description, branchesFrom, leadsTo } = track;
  const levels = track.levels.map((levelId) => levelOf(ladder, ladder.levelById.get(levelId)!));
  return defined({ id, name, kind, description, branchesFrom, leadsTo, levels });
}

/**
 * Writes a resolved ladder back as one standalone ladder document, without `extends`: what a ladder
 * that extends others amounts to, to publish or to read on its own. Levels write only the
 * expectations they set (inherited ones are inherited again), defaults are left out, and keys come
 * in the schema's order, so resolving the result gives the same ladder. Pure; see `stringifyLadder`
 * for its YAML text.
 *
 * @example
 * const { ladder } = await loadLadder("ladders/acme.yaml"); // extends ./dual-track.yaml
 * if (ladder) await writeFile("acme-flat.yaml", stringifyLadder(flattenLadder(ladder)));
 */
export function flattenLadder(ladder: ResolvedLadder): Ladder {
  const scale = ladder.scale.map(({ id, label, description }): ScaleStep => ({ id, label, description }));
  const categories = ladder.categories.map(({ id, name, description }): Category => defined({ id, name, description }));
  return defined({
    apiVersion: API_VERSION,
    kind: "Ladder",
    id: ladder.id,
    name: ladder.name,
    version: ladder.version,
    description: ladder.source.description,
    scale,
    categories,
    competencies: ladder.competencies.map(competencyOf),
    tracks: ladder.tracks.map((track) => trackOf(ladder, track)),
  });
}
