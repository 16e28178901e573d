import type { ResolvedLadder, ResolvedLevel } from "../model/resolved.js";
import { fieldChanges, itemChanges, reordered, type FieldPair } from "./changes.js";
import { expectationChanges } from "./expectations.js";
import { matchItems, type Matching } from "./match.js";
import { CHANGE_KINDS, DIFF_VERSION, type ChangeKind, type DiffOptions, type LadderChange, type LadderDiff } from "./types.js";

/** Text compared for recognising a renamed thing: case and surrounding space do not count. */
const norm = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** An old id as the new ladder names it; an id that has no counterpart cannot collide with a new one. */
const through = (matching: Matching, id: string | undefined) => (id === undefined ? undefined : (matching.toNew.get(id) ?? `\u0000${id}`));

/** Every pairing of the two versions, kind by kind (see README, "How renames are detected"). */
export interface Matchings {
  readonly steps: Matching;
  readonly categories: Matching;
  readonly competencies: Matching;
  readonly tracks: Matching;
  readonly levels: Matching;
}

function matchAll(before: ResolvedLadder, after: ResolvedLadder, options: DiffOptions): Matchings {
  const renames = options.renames ?? {};
  const steps = matchItems(before.scale, after.scale, renames.step, [(s) => norm(s.label), (s) => norm(s.description)]);
  const categories = matchItems(before.categories, after.categories, renames.category, [(c) => norm(c.name)]);
  const competencies = matchItems(before.competencies, after.competencies, renames.competency, [
    (c) => norm(c.name),
    (c, side) => `${side === "old" ? through(categories, c.category) : c.category}\n${norm(c.description)}`,
  ]);
  const tracks = matchItems(before.tracks, after.tracks, renames.track, [(t) => norm(t.name), (t) => t.kind]);
  const levels = matchItems(before.levels, after.levels, renames.level, [
    (l) => norm(l.title),
    (l, side) => `${side === "old" ? through(tracks, l.track) : l.track}/${l.position}/${l.band}`,
  ]);
  return { steps, categories, competencies, tracks, levels };
}

/** Levels whose order among the levels kept on their track changed. */
function levelsReordered(before: ResolvedLadder, after: ResolvedLadder, m: Matchings): Set<string> {
  const moved = new Set<string>();
  for (const track of after.tracks) {
    const oldTrack = m.tracks.toOld.get(track.id);
    const kept = track.levels.filter((id) => {
      const old = m.levels.toOld.get(id);
      return old !== undefined && before.levelById.get(old)?.track === oldTrack;
    });
    const oldOrder = [...kept].sort((a, b) => before.levelById.get(m.levels.toOld.get(a)!)!.position - before.levelById.get(m.levels.toOld.get(b)!)!.position);
    for (const id of reordered(oldOrder, kept)) moved.add(id);
  }
  return moved;
}

function levelFields(m: Matchings, moved: ReadonlySet<string>) {
  return (b: ResolvedLevel, a: ResolvedLevel): FieldPair[] => [
    { field: "title", from: b.title, to: a.title },
    { field: "band", from: b.band, to: a.band },
    { field: "summary", from: b.summary, to: a.summary },
    { field: "scope", from: b.scope ?? null, to: a.scope ?? null },
    { field: "top", from: b.top, to: a.top },
    { field: "track", from: m.tracks.toNew.get(b.track) ?? b.track, to: a.track, kind: "moved" },
    ...(moved.has(a.id) ? [{ field: "position", from: b.position, to: a.position, kind: "moved" as const }] : []),
  ];
}

/** Lists of ids in the new ladder's order (`order`: id to position); old ids with no counterpart keep their names, last. */
function inOrder(ids: readonly string[], order: ReadonlyMap<string, number>): string[] {
  const rank = (id: string) => order.get(id) ?? order.size;
  return [...ids].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
}

function entityChanges(before: ResolvedLadder, after: ResolvedLadder, m: Matchings): LadderChange[] {
  const stepOrder = reordered(
    before.scale.map((s) => m.steps.toNew.get(s.id)).filter((id): id is string => id !== undefined),
    after.scale.map((s) => s.id).filter((id) => m.steps.toOld.has(id)),
  );
  // Positions looked up, not searched for: each competency sorts its tracks (up to every track) twice.
  const trackOrder = new Map(after.tracks.map((t, i) => [t.id, i]));
  const reorderedLevels = levelsReordered(before, after, m);
  return [
    ...itemChanges("step", before.scale, before.stepById, after.scale, m.steps, (b, a) => [
      { field: "label", from: b.label, to: a.label },
      { field: "description", from: b.description, to: a.description },
      ...(stepOrder.has(a.id) ? [{ field: "rank", from: b.rank, to: a.rank, kind: "moved" as const }] : []),
    ], (s) => s.label),
    ...itemChanges("category", before.categories, new Map(before.categories.map((c) => [c.id, c])), after.categories, m.categories, (b, a) => [
      { field: "name", from: b.name, to: a.name },
      { field: "description", from: b.description ?? null, to: a.description ?? null },
    ], (c) => c.name),
    ...itemChanges("competency", before.competencies, before.competencyById, after.competencies, m.competencies, (b, a) => [
      { field: "name", from: b.name, to: a.name },
      { field: "description", from: b.description, to: a.description },
      { field: "weight", from: b.weight, to: a.weight },
      ...after.scale.map((s) => {
        const oldStep = m.steps.toOld.get(s.id);
        return { field: `steps.${s.id}`, from: (oldStep === undefined ? undefined : b.steps?.[oldStep]) ?? null, to: a.steps?.[s.id] ?? null };
      }),
      { field: "category", from: m.categories.toNew.get(b.category) ?? b.category, to: a.category, kind: "moved" },
      { field: "tracks", from: inOrder(b.appliesTo.map((t) => m.tracks.toNew.get(t) ?? t), trackOrder), to: inOrder(a.appliesTo, trackOrder), kind: "moved" },
    ], (c) => c.name),
    ...itemChanges("track", before.tracks, before.trackById, after.tracks, m.tracks, (b, a) => [
      { field: "name", from: b.name, to: a.name },
      { field: "kind", from: b.kind, to: a.kind },
      { field: "description", from: b.description ?? null, to: a.description ?? null },
      { field: "branchesFrom", from: (b.branchesFrom && (m.levels.toNew.get(b.branchesFrom) ?? b.branchesFrom)) ?? null, to: a.branchesFrom ?? null },
      { field: "leadsTo", from: (b.leadsTo && (m.levels.toNew.get(b.leadsTo) ?? b.leadsTo)) ?? null, to: a.leadsTo ?? null },
    ], (t) => t.name),
    ...itemChanges("level", before.levels, before.levelById, after.levels, m.levels, levelFields(m, reorderedLevels), (l) => l.title),
  ];
}

function ladderChanges(before: ResolvedLadder, after: ResolvedLadder): LadderChange[] {
  return fieldChanges("ladder", after.id, [
    { field: "id", from: before.id, to: after.id },
    { field: "name", from: before.name, to: after.name },
    { field: "version", from: before.version, to: after.version },
    { field: "description", from: before.source.description ?? null, to: after.source.description ?? null },
  ]);
}

/**
 * Compares two versions of a ladder: added, removed and renamed steps, categories, competencies,
 * tracks and levels; changed fields (titles, bands, names, descriptions, weights); moves (a
 * competency to another category or set of tracks, a level to another track or place); and, on
 * the resolved matrix (after inheritance), every expectation raised, lowered, added, removed or
 * reworded, at every level it affects. The result is plain data in a stable order: the same two
 * ladders always give the same diff.
 *
 * @example
 * const before = (await loadLadder("ladders/dual-track.yaml")).ladder!;
 * const after = (await loadLadder("ladders/dual-track-2027.yaml")).ladder!;
 * const diff = diffLadders(before, after);
 * const lowered = diff.changes.filter((c) => c.kind === "lowered");
 * console.log(`${diff.summary.lowered} expectations lowered`, lowered.map((c) => c.id));
 */
export function diffLadders(before: ResolvedLadder, after: ResolvedLadder, options: DiffOptions = {}): LadderDiff {
  const matchings = matchAll(before, after, options);
  const changes = [...ladderChanges(before, after), ...entityChanges(before, after, matchings), ...expectationChanges(before, after, matchings)];
  const summary = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const c of changes) summary[c.kind]++;
  const ref = (l: ResolvedLadder) => ({ id: l.id, name: l.name, version: l.version });
  return { kind: "ladder-diff", version: DIFF_VERSION, from: ref(before), to: ref(after), summary, changes };
}
