import type { ChangeKind, DiffSubject, DiffValue, LadderChange, LadderDiff } from "../../diff/types.js";
import { CHANGE_KINDS, DIFF_SUBJECTS } from "../../diff/types.js";
import type { Colour } from "../gap/text-table.js";

/** Section headings, by subject. */
export const SUBJECT_HEADINGS: Readonly<Record<DiffSubject, string>> = {
  ladder: "Ladder",
  step: "Scale steps",
  category: "Categories",
  competency: "Competencies",
  track: "Tracks",
  level: "Levels",
  expectation: "Expectations",
};

/** A one-character mark and a colour per kind, so a terminal reader can scan the list. */
export const KIND_MARKS: Readonly<Record<ChangeKind, { readonly mark: string; readonly colour: Colour }>> = {
  added: { mark: "+", colour: "green" },
  removed: { mark: "-", colour: "red" },
  renamed: { mark: ">", colour: "yellow" },
  changed: { mark: "~", colour: "yellow" },
  moved: { mark: "*", colour: "yellow" },
  raised: { mark: "^", colour: "green" },
  lowered: { mark: "v", colour: "red" },
};

/** Escapes ladder text for the output format (plain terminal text or Markdown). */
export type Escape = (text: string) => string;

/** Long or multi-line text is not repeated in a one-line summary: the JSON format carries it. */
const LONG = 60;

/** A recorded value in words; undefined when it is too long to show. */
export function valueWords(value: DiffValue | undefined, esc: Escape): string | undefined {
  if (value === undefined || value === null) return "(none)";
  if (Array.isArray(value)) return value.map(esc).join(", ");
  const text = String(value);
  if (text.length > LONG || /[\r\n]/.test(text)) return undefined;
  return typeof value === "string" && /\s/.test(text) ? `"${esc(text)}"` : esc(text);
}

/** `2 added, 1 removed, ...` for the kinds that occur, or `no changes`. */
export function summaryWords(diff: LadderDiff): string {
  const parts = CHANGE_KINDS.filter((k) => diff.summary[k] > 0).map((k) => `${diff.summary[k]} ${k}`);
  const total = diff.changes.length;
  return total === 0 ? "no changes" : `${total} change${total === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

/** The sentence for one change of a step, category, competency, track, level or the ladder. */
export function itemWords(c: LadderChange, esc: Escape, code: Escape): string {
  const named = `${code(c.id)}${c.name !== undefined ? ` (${esc(c.name)})` : ""}`;
  switch (c.kind) {
    case "added":
      return `${named} added`;
    case "removed":
      return `${named} removed`;
    case "renamed":
      return `${code(c.oldId ?? "")} renamed to ${named}`;
    default: {
      const from = valueWords(c.from, esc);
      const to = valueWords(c.to, esc);
      const what = c.subject === "ladder" ? `${esc(c.field ?? "")}` : `${code(c.id)}: ${esc(c.field ?? "")}`;
      return from === undefined || to === undefined ? `${what} reworded` : `${what} ${from} -> ${to}`;
    }
  }
}

/** Expectation changes of one competency that read the same, with the levels they affect. */
export interface ExpectationGroup {
  readonly first: LadderChange;
  /** The levels that wrote the change themselves. */
  readonly written: readonly string[];
  /** The levels that hold it by inheritance. */
  readonly inherited: readonly string[];
}

/** Groups expectation changes by competency, kind, field and values, in order of first appearance. */
export function groupExpectations(changes: readonly LadderChange[]): ExpectationGroup[] {
  const groups = new Map<string, { first: LadderChange; written: string[]; inherited: string[] }>();
  for (const c of changes) {
    const key = JSON.stringify([c.competency, c.kind, c.field, c.from ?? null, c.to ?? null]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { first: c, written: [], inherited: [] }));
    (c.writtenAt === c.level ? group.written : group.inherited).push(c.level ?? "");
  }
  return [...groups.values()];
}

/** The sentence for a group of expectation changes. */
export function expectationWords(g: ExpectationGroup, code: Escape): string {
  const c = g.first;
  const competency = code(c.competency ?? "");
  const levels = (ids: readonly string[]) => ids.map(code).join(", ");
  const where =
    g.written.length === 0
      ? `at ${levels(g.inherited)} (inherited)`
      : `at ${levels(g.written)}${g.inherited.length > 0 ? `; inherited by ${levels(g.inherited)}` : ""}`;
  const from = valueWords(c.from, code);
  const to = valueWords(c.to, code);
  if (c.kind === "added") return `${competency} now expected: ${to} ${where}`;
  if (c.kind === "removed") return `${competency} no longer expected (was ${from}) ${where}`;
  if (c.field === "description") return `${competency} reworded ${where}`;
  return `${competency} ${c.kind} ${from} -> ${to} ${where}`;
}

/** The subjects that have changes, in order, with their changes. */
export function sections(diff: LadderDiff): { subject: DiffSubject; changes: LadderChange[] }[] {
  return DIFF_SUBJECTS.map((subject) => ({ subject, changes: diff.changes.filter((c) => c.subject === subject) })).filter((s) => s.changes.length > 0);
}

/** One line of a section: the kind of change and its sentence (each format adds its own mark). */
export interface ChangeLine {
  readonly kind: ChangeKind;
  readonly text: string;
}

/**
 * The lines of one section: a sentence per change, or for expectations per group of changes that
 * read the same. `esc` escapes ladder text, `code` sets an id apart.
 */
export function changeLines(subject: DiffSubject, changes: readonly LadderChange[], esc: Escape, code: Escape): ChangeLine[] {
  return subject === "expectation"
    ? groupExpectations(changes).map((g) => ({ kind: g.first.kind, text: expectationWords(g, code) }))
    : changes.map((c) => ({ kind: c.kind, text: itemWords(c, esc, code) }));
}

/**
 * `Dual-track engineering ladder 2026.1 -> 2027.1`, with the ids when they differ, and each side's
 * own name when the names differ (`Dual-track engineering ladder 2026.1 -> Renamed ladder 2026.1`).
 */
export function titleWords(diff: LadderDiff, esc: Escape): string {
  const sameId = diff.from.id === diff.to.id;
  const side = (ref: LadderDiff["from"]) => esc(sameId ? ref.version : `${ref.id} ${ref.version}`);
  if (diff.from.name === diff.to.name) return `${esc(diff.to.name)} ${side(diff.from)} -> ${side(diff.to)}`;
  return `${esc(diff.from.name)} ${side(diff.from)} -> ${esc(diff.to.name)} ${side(diff.to)}`;
}
