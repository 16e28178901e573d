/**
 * The version of the ladder diff shape; raised on any incompatible change.
 *
 * @example
 * const saved = JSON.parse(json) as LadderDiff;
 * if (saved.version !== DIFF_VERSION) console.log("computed by another version of ladderkit: compute it again");
 */
export const DIFF_VERSION = 1;

/**
 * What a change is about, in the order a diff lists them: the ladder's own fields, scale steps,
 * categories, competencies, tracks, levels, then the expectations of the resolved matrix.
 *
 * @example
 * const diff = diffLadders(ladder, ladder);
 * const levelChanges = diff.changes.filter((c) => c.subject === DIFF_SUBJECTS[5]);
 */
export const DIFF_SUBJECTS = ["ladder", "step", "category", "competency", "track", "level", "expectation"] as const;

/** What a change is about: `ladder`, `step`, `category`, `competency`, `track`, `level` or `expectation`. */
export type DiffSubject = (typeof DIFF_SUBJECTS)[number];

/**
 * The kinds of change: `added`, `removed`, `renamed` (a new id for the same thing), `changed` (a
 * field's value), `moved` (to another category, track or position), and for expectations `raised`
 * and `lowered` (a higher or lower expected step).
 *
 * @example
 * const diff = diffLadders(ladder, ladder);
 * const lowered = diff.changes.filter((c) => c.kind === CHANGE_KINDS[6]);
 */
export const CHANGE_KINDS = ["added", "removed", "renamed", "changed", "moved", "raised", "lowered"] as const;

/** A kind of change; see `CHANGE_KINDS`. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A value a change records: text, a number, a flag, a list of ids, or null for "not set". */
export type DiffValue = string | number | boolean | readonly string[] | null;

/**
 * One change between two versions of a ladder. Plain data, keys in a fixed order.
 * `id` is the id in the new ladder (in the old one for a removal); an expectation's id is
 * `level/competency`. Ids of other things in `from` and `to` (a category, a track, a step) are
 * given as the new ladder names them, so a renamed step does not look like a changed one.
 */
export interface LadderChange {
  readonly subject: DiffSubject;
  readonly kind: ChangeKind;
  readonly id: string;
  /** For `renamed`: the id in the old ladder. */
  readonly oldId?: string | undefined;
  /** For `added`, `removed` and `renamed`: the title, name or label, to show beside the id. */
  readonly name?: string | undefined;
  /** For `changed` and `moved`, and expectations: the field, e.g. `band`, `title`, `category`, `step`. */
  readonly field?: string | undefined;
  readonly from?: DiffValue | undefined;
  readonly to?: DiffValue | undefined;
  /** For expectations: the level (new id). */
  readonly level?: string | undefined;
  /** For expectations: the competency (new id). */
  readonly competency?: string | undefined;
  /**
   * For expectations: the level whose written expectation this level now holds (itself, or a
   * level below it that it inherits from), so a change made once and inherited can be told apart.
   */
  readonly writtenAt?: string | undefined;
}

/** A ladder as a diff names it. */
export interface DiffLadderRef {
  readonly id: string;
  readonly name: string;
  readonly version: string;
}

/** What changed between two versions of a ladder: plain, versioned data in a stable order. */
export interface LadderDiff {
  readonly kind: "ladder-diff";
  readonly version: typeof DIFF_VERSION;
  readonly from: DiffLadderRef;
  readonly to: DiffLadderRef;
  /** How many changes of each kind. */
  readonly summary: Readonly<Record<ChangeKind, number>>;
  readonly changes: readonly LadderChange[];
}

/** A subject that can be renamed. */
export type RenamableSubject = Exclude<DiffSubject, "ladder" | "expectation">;

/** Renames the author states: old id to new id, by subject. */
export type ExplicitRenames = Partial<Readonly<Record<RenamableSubject, Readonly<Record<string, string>>>>>;

/** Options of `diffLadders`. */
export interface DiffOptions {
  /**
   * Renames to take as given, for when automatic detection cannot see them (the thing was renamed
   * and reworded at once, or its new id was another thing's, removed). An entry counts when its old
   * id is in the old ladder and its new id in the new one, and it comes before equal ids: with
   * `{ a: "b" }` the old `a` is the new `b`, an old `b` is then removed (unless something else
   * matches it) and a new `a` added; `{ a: "b", b: "a" }` is a swap. Default: none.
   */
  readonly renames?: ExplicitRenames | undefined;
}
