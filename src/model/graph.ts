import type { Move, MoveKind, ResolvedLadder } from "./resolved.js";

/**
 * The moves that take a person up: everything but a lateral track switch.
 *
 * @example
 * const upOnly = reachableFrom(ladder, ["senior-engineer"], PROMOTION_KINDS);
 */
export const PROMOTION_KINDS: readonly MoveKind[] = ["promotion", "branch", "convergence"];

/** Outgoing moves by level id, limited to the given kinds, in ladder order. */
export function movesFrom(ladder: ResolvedLadder, kinds: readonly MoveKind[] = PROMOTION_KINDS): Map<string, Move[]> {
  const out = new Map<string, Move[]>();
  for (const level of ladder.levels) out.set(level.id, []);
  for (const move of ladder.moves) if (kinds.includes(move.kind)) out.get(move.from)?.push(move);
  return out;
}

/**
 * Entry levels: the first level of every track that neither branches from another track nor is led
 * into by one. People are hired there; every other level is reached by moves.
 *
 * @example
 * entryLevels(ladder); // ["engineer-1"] for ladders/dual-track.yaml
 */
export function entryLevels(ladder: ResolvedLadder): string[] {
  const ledInto = new Set(ladder.tracks.map((t) => t.leadsTo));
  return ladder.tracks
    .filter((t) => t.branchesFrom === undefined && !ledInto.has(t.levels[0]))
    .map((t) => t.levels[0]!);
}

/** Whether a move ends on a management track. */
function ontoManagement(ladder: ResolvedLadder, move: Move): boolean {
  const track = ladder.levelById.get(move.to)?.track;
  return track !== undefined && ladder.trackById.get(track)?.kind === "management";
}

/**
 * The shortest sequence of moves from one level to another, or undefined when there is none; an
 * empty array when `from` is `to`. Breadth first, so the fewest hops. Among equally short paths it
 * takes the one whose moves, compared first to last, come first in this order: a track switch
 * before a promotion (make the lateral move at the current band, then grow on the new track); then
 * a move onto any track but a management one (a technologist is not routed through people
 * management when a route without it is as short: a senior engineer reaches the CTO through the
 * technical-leadership track); then ladder order.
 *
 * @example
 * const path = shortestPath(ladder, "senior-engineer", "principal-architect");
 * // branch to lead-engineer, then promotions to architect and principal-architect
 * console.log(path?.map((move) => `${move.kind} to ${move.to}`));
 */
export function shortestPath(
  ladder: ResolvedLadder,
  from: string,
  to: string,
  kinds: readonly MoveKind[] = [...PROMOTION_KINDS, "switch"],
): Move[] | undefined {
  if (!ladder.levelById.has(from) || !ladder.levelById.has(to)) return undefined;
  const out = movesFrom(ladder, kinds);
  // Breadth first over moves so ordered finds, of the shortest paths, the one first in that order.
  // The sort is stable: ladder order decides the rest.
  const order = (move: Move): number => (move.kind === "switch" ? 0 : 2) + (ontoManagement(ladder, move) ? 1 : 0);
  for (const moves of out.values()) moves.sort((a, b) => order(a) - order(b));
  const via = new Map<string, Move | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length && !via.has(to); head++)
    for (const move of out.get(queue[head]!) ?? [])
      if (!via.has(move.to)) {
        via.set(move.to, move);
        queue.push(move.to);
      }
  if (!via.has(to)) return undefined;
  const path: Move[] = [];
  for (let move = via.get(to); move; move = via.get(move.from)) path.unshift(move);
  return path;
}

/**
 * Every level reachable from the given levels by moves of the given kinds, the starts included.
 *
 * @example
 * const above = reachableFrom(ladder, ["engineering-manager"]); // the management track, then the CTO
 * const withSwitches = reachableFrom(ladder, ["engineering-manager"], [...PROMOTION_KINDS, "switch"]);
 */
export function reachableFrom(
  ladder: ResolvedLadder,
  starts: readonly string[],
  kinds: readonly MoveKind[] = PROMOTION_KINDS,
): Set<string> {
  const out = movesFrom(ladder, kinds);
  const seen = new Set(starts);
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++)
    for (const move of out.get(queue[head]!) ?? [])
      if (!seen.has(move.to)) {
        seen.add(move.to);
        queue.push(move.to);
      }
  return seen;
}
