/**
 * Edit distance with transpositions (optimal string alignment), in O(a*b) time and O(b) memory.
 * With `limit`, it stops as soon as the distance cannot be below `limit` and returns `limit`: a
 * far candidate costs a few rows, not the whole table. (A result of `limit` or more says only that.)
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  let prevLeast = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = prev[j - 1]! + (ai === bj ? 0 : 1);
      if (prev[j]! + 1 < best) best = prev[j]! + 1;
      if (row[j - 1]! + 1 < best) best = row[j - 1]! + 1;
      if (j > 1 && ai === b.charCodeAt(j - 2) && before === bj && prev2[j - 2]! + 1 < best) best = prev2[j - 2]! + 1;
      row[j] = best;
      if (best < least) least = best;
    }
    // Every later row is at least the least of this one, less what a transposition could save
    // (it reaches back two rows): stop when both rows are at the limit.
    if (least >= limit && prevLeast >= limit) return limit;
    prevLeast = least;
    const done = prev2;
    prev2 = prev;
    prev = row;
    row = done;
  }
  return prev[n]!;
}

/**
 * The candidate a misspelt word most likely meant, or undefined when none is close: a match that
 * ignores case wins, then the smallest edit distance within a third of the word's length (at least 1),
 * then a candidate the word is the start of.
 * Ties go to the candidate listed first, so suggestions are stable.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  // Long inputs are not words anyone misspelt; skipping them also keeps the cost bounded.
  if (word.length > 128) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    // A truncated word ('desc' for 'description') is a near miss too, however far in edits.
    if (best === undefined && word.length >= 3 && candidate.toLowerCase().startsWith(lower)) best = candidate;
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * How many findings of one run get a "did you mean": each costs a comparison with every candidate,
 * so a file of thousands of unknown ids that all look alike (a hostile one, or the wrong file)
 * would cost minutes. Past this many, findings say what is wrong without a suggestion.
 */
export const MAX_SUGGESTED_FINDINGS = 20;

/** `" (did you mean 'x'?)"` or the empty string. */
export function didYouMeanText(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : ` (did you mean '${suggestion}'?)`;
}
