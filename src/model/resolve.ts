import type { Competency } from "./competency.js";
import type { Ladder } from "./ladder.js";
import type {
  Move,
  ResolvedCompetency,
  ResolvedExpectation,
  ResolvedLadder,
  ResolvedLevel,
  ResolvedStep,
  ResolvedTrack,
} from "./resolved.js";
import type { Expectation, Track } from "./track.js";

/** Where the first of several equal ids wins: duplicates are the `unique-id` rule's business. */
function indexBy<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function stepOf(expectation: Expectation): { step: string; description?: string | undefined } {
  return typeof expectation === "string" ? { step: expectation } : expectation;
}

/**
 * A competency with its defaults. Its step words are copied into an object without a prototype:
 * every reader looks a step up by id (`steps[step]`), and a step may be named `constructor` or
 * `toString` (the `unsafe-key` rule keeps such a key out of `steps`, so the lookup went on to
 * Object.prototype and gave a function for the words).
 */
function resolveCompetency(competency: Competency, trackIds: readonly string[]): ResolvedCompetency {
  const resolved = { ...competency, weight: competency.weight ?? 1, appliesTo: competency.tracks ?? trackIds };
  if (competency.steps !== undefined) resolved.steps = Object.assign(Object.create(null) as Record<string, string>, competency.steps);
  return resolved;
}

/**
 * Orders tracks so that a track comes after the track it branches from; tracks caught in a cycle
 * of branches come last, in ladder order (the `no-cycle` rule reports them).
 */
function branchOrder(tracks: readonly Track[], trackOfLevel: Map<string, string>): Track[] {
  const done = new Set<string>();
  const ordered: Track[] = [];
  let pending = [...tracks];
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    const next: Track[] = [];
    for (const track of pending) {
      const parent = track.branchesFrom === undefined ? undefined : trackOfLevel.get(track.branchesFrom);
      if (parent === undefined || parent === track.id || done.has(parent)) {
        ordered.push(track);
        done.add(track.id);
        progress = true;
      } else next.push(track);
    }
    pending = next;
  }
  return [...ordered, ...pending];
}

/**
 * Resolves a schema-valid ladder: fills defaults, applies expectation inheritance (a level inherits
 * from the level below it on its track; a track's first level from its branch point) and builds the
 * graph of moves. It never throws on semantically broken ladders: unresolved references are skipped
 * and left for the validation rules to report.
 *
 * @example
 * const resolved = resolveLadder(LadderSchema.parse(value)); // the shape checked, not the rules
 * resolved.levelById.get("architect")?.expectations.get("system-design")?.step;
 */
export function resolveLadder(ladder: Ladder): ResolvedLadder {
  const scale: ResolvedStep[] = ladder.scale.map((step, rank) => ({ ...step, rank }));
  const stepById = indexBy(scale);
  const trackIds = ladder.tracks.map((t) => t.id);
  const competencies = ladder.competencies.map((c) => resolveCompetency(c, trackIds));
  const competencyById = indexBy(competencies);

  const trackOfLevel = new Map<string, string>();
  for (const track of ladder.tracks)
    for (const level of track.levels) if (!trackOfLevel.has(level.id)) trackOfLevel.set(level.id, track.id);

  const levelById = new Map<string, ResolvedLevel>();
  for (const track of branchOrder(ladder.tracks, trackOfLevel)) {
    // The competencies of the track, once per track rather than a look through appliesTo per level.
    const applicable = competencies.filter((competency) => competency.appliesTo.includes(track.id));
    let previous = track.branchesFrom === undefined ? undefined : levelById.get(track.branchesFrom);
    track.levels.forEach((level, position) => {
      const written = level.expectations ?? {};
      const expectations = new Map<string, ResolvedExpectation>();
      for (const competency of applicable) {
        const own = Object.hasOwn(written, competency.id) ? written[competency.id] : undefined;
        if (own !== undefined) {
          const { step, description } = stepOf(own);
          expectations.set(competency.id, {
            competency: competency.id,
            step,
            rank: stepById.get(step)?.rank ?? -1,
            description: description ?? competency.steps?.[step],
            definedAt: level.id,
          });
        } else {
          const inherited = previous?.expectations.get(competency.id);
          if (inherited !== undefined) expectations.set(competency.id, inherited);
        }
      }
      const resolved: ResolvedLevel = {
        id: level.id,
        title: level.title,
        band: level.band,
        summary: level.summary,
        scope: level.scope,
        top: level.top ?? false,
        track: track.id,
        position,
        expectations,
      };
      if (!levelById.has(level.id)) levelById.set(level.id, resolved);
      previous = resolved;
    });
  }

  const tracks: ResolvedTrack[] = ladder.tracks.map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    description: t.description,
    branchesFrom: t.branchesFrom,
    leadsTo: t.leadsTo,
    levels: t.levels.map((l) => l.id),
  }));
  // Ladder order, not branch order: reports list levels as the author wrote them. A Set drops the
  // levels whose id an earlier level took (they resolve to that level).
  const levels = [...new Set(ladder.tracks.flatMap((t) => t.levels.map((l) => levelById.get(l.id)!)))];

  return {
    source: ladder,
    id: ladder.id,
    name: ladder.name,
    version: ladder.version,
    scale,
    categories: ladder.categories,
    competencies,
    tracks,
    levels,
    moves: buildMoves(tracks, levels, levelById),
    stepById,
    competencyById,
    trackById: indexBy(tracks),
    levelById,
  };
}

function buildMoves(
  tracks: readonly ResolvedTrack[],
  levels: readonly ResolvedLevel[],
  levelById: ReadonlyMap<string, ResolvedLevel>,
): Move[] {
  const moves: Move[] = [];
  for (const track of tracks) {
    for (let i = 1; i < track.levels.length; i++)
      moves.push({ from: track.levels[i - 1]!, to: track.levels[i]!, kind: "promotion" });
    if (track.branchesFrom !== undefined && levelById.has(track.branchesFrom))
      moves.push({ from: track.branchesFrom, to: track.levels[0]!, kind: "branch" });
    if (track.leadsTo !== undefined && levelById.has(track.leadsTo))
      moves.push({ from: track.levels[track.levels.length - 1]!, to: track.leadsTo, kind: "convergence" });
  }
  const byBand = new Map<number, ResolvedLevel[]>();
  for (const level of levels) {
    const peers = byBand.get(level.band);
    if (peers) peers.push(level);
    else byBand.set(level.band, [level]);
  }
  for (const level of levels)
    for (const peer of byBand.get(level.band)!)
      if (peer.track !== level.track) moves.push({ from: level.id, to: peer.id, kind: "switch" });
  return moves;
}
