/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate a typo most likely meant, ignoring case, or undefined when none is close: one
 * edit for short words, two from five characters and three from nine, so "tittle" finds "title"
 * but "bullish" finds no sentiment. The earlier candidate wins a tie.
 */
export function closestMatch(typo: string, candidates: Iterable<string>): string | undefined {
  const word = typo.toLowerCase();
  const allowed = word.length >= 9 ? 3 : word.length >= 5 ? 2 : 1;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate.toLowerCase());
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
