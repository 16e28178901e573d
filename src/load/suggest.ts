/** Edit distance with transpositions (optimal string alignment), in O(a*b) time and O(b) memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, prev2[j - 2]! + 1);
      row.push(best);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
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
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `" (did you mean 'x'?)"` or the empty string. */
export function didYouMeanText(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : ` (did you mean '${suggestion}'?)`;
}
