import type { ResolvedCompetency, ResolvedLadder, ResolvedLevel, ResolvedTrack } from "../../model/resolved.js";

/** One cell of a band row: a level (spanning `span` columns), or nothing on that track at that band. */
export type BandCell = { readonly level: ResolvedLevel; readonly span: number } | { readonly level?: undefined; readonly span: 1 };

/** A band and what stands at it on each column, highest band first. */
export interface BandRow {
  readonly band: number;
  readonly cells: readonly BandCell[];
}

/**
 * The tracks side by side: the tracks that share bands with another (management and technical
 * leadership) are parallel columns; a track that shares no band (the trunk below the fork, the
 * executive level where they converge) spans them all. A ladder with no shared band gives each
 * track a column.
 */
export interface TrackGrid {
  readonly columns: readonly ResolvedTrack[];
  readonly rows: readonly BandRow[];
}

/** The track grid of a ladder. */
export function trackGrid(ladder: ResolvedLadder): TrackGrid {
  const bandsOf = (track: ResolvedTrack) => new Set(track.levels.map((id) => ladder.levelById.get(id)!.band));
  const shares = (track: ResolvedTrack) => ladder.tracks.some((other) => other !== track && [...bandsOf(other)].some((band) => bandsOf(track).has(band)));
  const parallel = ladder.tracks.filter(shares);
  const columns = parallel.length >= 2 ? parallel : ladder.tracks;
  const bands = [...new Set(ladder.levels.map((l) => l.band))].sort((a, b) => b - a);
  const rows = bands.map((band): BandRow => {
    const here = ladder.levels.filter((l) => l.band === band);
    const spanning = here.find((l) => !columns.some((c) => c.id === l.track));
    if (spanning) return { band, cells: [{ level: spanning, span: columns.length }] };
    return { band, cells: columns.map((c): BandCell => {
      const level = here.find((l) => l.track === c.id);
      return level ? { level, span: 1 } : { span: 1 };
    }) };
  });
  return { columns, rows };
}

/** The level a level's expectations grow from: the one below it on its track, or its branch point. */
export function previousLevel(ladder: ResolvedLadder, level: ResolvedLevel): ResolvedLevel | undefined {
  const track = ladder.trackById.get(level.track)!;
  const below = level.position > 0 ? track.levels[level.position - 1] : track.branchesFrom;
  return below === undefined ? undefined : ladder.levelById.get(below);
}

/** The competencies of each category, in ladder order; categories without one are left out. */
export function byCategory(ladder: ResolvedLadder, competencies: readonly ResolvedCompetency[] = ladder.competencies): Array<{ name: string; competencies: ResolvedCompetency[] }> {
  return ladder.categories
    .map((category) => ({ name: category.name, competencies: competencies.filter((c) => c.category === category.id) }))
    .filter((group) => group.competencies.length > 0);
}

/** A step's label, or its id when it is not on the scale. */
export const stepLabel = (ladder: ResolvedLadder, step: string): string => ladder.stepById.get(step)?.label ?? step;

/** The level-specific words of every expectation a level sets itself, per competency, in ladder order. */
export function ownWords(ladder: ResolvedLadder, competency: string): Array<{ level: ResolvedLevel; step: string; words: string }> {
  const steps = ladder.competencyById.get(competency)?.steps;
  return ladder.levels.flatMap((level) => {
    const e = level.expectations.get(competency);
    return e && e.definedAt === level.id && e.description !== undefined && e.description !== steps?.[e.step] ? [{ level, step: e.step, words: e.description }] : [];
  });
}
