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
    for (const s of subject === undefined ? RENAMABLE : [subject as RenamableSubject]) out[s][m[2]!] = m[3]!;
  }
  return out;
}
