import type { Move, ResolvedLadder, ResolvedTrack } from "../model/resolved.js";
import { levelSites } from "./paths.js";

/**
 * Whether a track's `branchesFrom` or `leadsTo` names a level of another track. A link that names
 * no level is `unresolved-reference`'s report and one into its own track `track-link`'s: the other
 * rules take such a track as not linked there, since where the link should go is the open question.
 */
export function soundLink(ladder: ResolvedLadder, track: string, level: string | undefined): boolean {
  if (level === undefined) return false;
  const target = ladder.levelById.get(level);
  return target !== undefined && target.track !== track;
}

/**
 * The tracks whose expectations are inherited from an unknown level: a track with a `branchesFrom`
 * that is not a sound link, and the tracks that branch from one of its levels, and so on.
 */
export function unknownInheritance(ladder: ResolvedLadder): Set<string> {
  const unknown = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const track of ladder.source.tracks) {
      if (track.branchesFrom === undefined || unknown.has(track.id)) continue;
      const parent = ladder.levelById.get(track.branchesFrom)?.track;
      if (!soundLink(ladder, track.id, track.branchesFrom) || (parent !== undefined && unknown.has(parent))) {
        unknown.add(track.id);
        grew = true;
      }
    }
  }
  return unknown;
}

const cache = new WeakMap<ResolvedLadder, ResolvedLadder>();

/**
 * The ladder as the graph rules judge it, each mistake left to the rule that reports it: links that
 * are not sound are dropped (the track is not linked there), and a level whose id an earlier level
 * took is left out of its track's promotions (`unique-id` reports it; the id means the earlier
 * level, so a promotion into it would be a promotion from a level into itself). With neither, its
 * tracks and moves are the ladder's own, in the same order.
 */
export function judgedLadder(ladder: ResolvedLadder): ResolvedLadder {
  let judged = cache.get(ladder);
  if (judged === undefined) {
    const tracks: ResolvedTrack[] = ladder.tracks.map((track) => ({
      ...track,
      branchesFrom: soundLink(ladder, track.id, track.branchesFrom) ? track.branchesFrom : undefined,
      leadsTo: soundLink(ladder, track.id, track.leadsTo) ? track.leadsTo : undefined,
    }));
    const kept: string[][] = tracks.map(() => []);
    for (const site of levelSites(ladder.source)) if (!site.repeatsLevel) kept[site.path[1] as number]!.push(site.level.id);
    const moves: Move[] = [];
    tracks.forEach((track, t) => {
      const ids = kept[t]!;
      for (let i = 1; i < ids.length; i++) moves.push({ from: ids[i - 1]!, to: ids[i]!, kind: "promotion" });
      if (ids.length === 0) return;
      if (track.branchesFrom !== undefined) moves.push({ from: track.branchesFrom, to: ids[0]!, kind: "branch" });
      if (track.leadsTo !== undefined) moves.push({ from: ids[ids.length - 1]!, to: track.leadsTo, kind: "convergence" });
    });
    moves.push(...ladder.moves.filter((move) => move.kind === "switch"));
    const trackById = new Map<string, ResolvedTrack>();
    for (const track of tracks) if (!trackById.has(track.id)) trackById.set(track.id, track);
    judged = { ...ladder, tracks, moves, trackById };
    cache.set(ladder, judged);
  }
  return judged;
}
