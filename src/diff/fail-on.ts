import { didYouMean, didYouMeanText } from "../load/suggest.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { CHANGE_KINDS, DIFF_SUBJECTS, type ExplicitRenames, type LadderChange, type RenamableSubject } from "./types.js";

/**
 * The words `--fail-on` accepts: `any`, a kind of change (`lowered`, `removed`, ...), or a kind
 * narrowed to a subject (`level-removed`, `competency-renamed`, `expectation-lowered`, ...).
 *
 * @example
 * const unknown = ["lowered", "levle-removed"].filter((word) => !FAIL_ON_WORDS.includes(word));
 */
export const FAIL_ON_WORDS: readonly string[] = ["any", ...CHANGE_KINDS, ...DIFF_SUBJECTS.flatMap((s) => CHANGE_KINDS.map((k) => `${s}-${k}`))];

/**
 * Whether a change is of one of the given kinds (see `FAIL_ON_WORDS`), as `ladderkit diff
 * --fail-on` decides its exit code.
 *
 * @example
 * const diff = diffLadders(ladder, ladder);
 * const failing = diff.changes.filter((c) => changeMatches(c, ["lowered", "level-removed"]));
 * if (failing.length > 0) process.exitCode = 1;
 */
export function changeMatches(change: LadderChange, words: readonly string[]): boolean {
  return words.some((w) => w === "any" || w === change.kind || w === `${change.subject}-${change.kind}`);
}

const RENAMABLE: readonly RenamableSubject[] = ["step", "category", "competency", "track", "level"];

/**
 * Parses renames written `old=new` (any subject) or `subject:old=new` (`level:engineer-1=associate`)
 * into `DiffOptions.renames`; returns the first word it cannot read as an error message instead.
 */
export function parseRenames(words: readonly string[]): ExplicitRenames | string {
  const out: Record<RenamableSubject, Record<string, string>> = { step: {}, category: {}, competency: {}, track: {}, level: {} };
  for (const word of words) {
    const m = /^(?:([a-z]+):)?([^=:\s]+)=([^=:\s]+)$/.exec(word);
    const subject = m?.[1];
    if (!m || (subject !== undefined && !RENAMABLE.includes(subject as RenamableSubject)))
      return `cannot read rename '${word}': write old=new or subject:old=new, with subject one of ${RENAMABLE.join(", ")}`;
    for (const s of subject === undefined ? RENAMABLE : [subject as RenamableSubject]) {
      // One old id, two new ones: the last would win, unseen.
      const before = out[s][m[2]!];
      if (before !== undefined && before !== m[3]) return `--rename ${m[2]}=${before} and ${m[2]}=${m[3]} both rename '${m[2]}'${subject === undefined ? "" : ` (a ${s})`}: give one`;
      out[s][m[2]!] = m[3]!;
    }
  }
  return out;
}

/** The ids a ladder has of one renamable kind. */
function idsOf(ladder: ResolvedLadder, subject: RenamableSubject): readonly string[] {
  if (subject === "step") return ladder.scale.map((s) => s.id);
  if (subject === "category") return ladder.categories.map((c) => c.id);
  if (subject === "competency") return ladder.competencies.map((c) => c.id);
  if (subject === "track") return ladder.tracks.map((t) => t.id);
  return ladder.levels.map((l) => l.id);
}

/**
 * The first explicit rename that cannot be taken, as a message: one that fits nothing (no subject
 * it may mean has the old id in `before` and the new id in `after`), or two that fit one subject
 * with the same new id (only one can be it). Either would otherwise change nothing, unseen.
 */
export function unmatchedRename(renames: ExplicitRenames, before: ResolvedLadder, after: ResolvedLadder): string | undefined {
  // Each `old=new` once, with every subject it was given for (a rename without a subject is given for all).
  const tried = new Map<string, { from: string; to: string; fit: boolean; subjects: RenamableSubject[] }>();
  for (const subject of RENAMABLE)
    for (const [from, to] of Object.entries(renames[subject] ?? {})) {
      const key = `${from}=${to}`;
      const entry = tried.get(key) ?? { from, to, fit: false, subjects: [] };
      entry.fit ||= idsOf(before, subject).includes(from) && idsOf(after, subject).includes(to);
      entry.subjects.push(subject);
      tried.set(key, entry);
    }
  for (const { from, to, fit, subjects } of tried.values()) {
    if (fit) continue;
    const olds = subjects.flatMap((s) => idsOf(before, s));
    return `--rename ${from}=${to} matches nothing: no ${subjects.join(" or ")} is '${from}' in the old ladder and '${to}' in the new one${didYouMeanText(didYouMean(from, olds))}`;
  }
  for (const subject of RENAMABLE) {
    const olds = new Set(idsOf(before, subject));
    const news = new Set(idsOf(after, subject));
    const onto = new Map<string, string>();
    for (const [from, to] of Object.entries(renames[subject] ?? {})) {
      if (!olds.has(from) || !news.has(to)) continue;
      const other = onto.get(to);
      if (other !== undefined) return `--rename ${other}=${to} and ${from}=${to} both rename onto the ${subject} '${to}': only one of them can be it`;
      onto.set(to, from);
    }
  }
  return undefined;
}
