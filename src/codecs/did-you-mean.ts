/**
 * "Did you mean …?" for a word typed wrong: a command (`lsit`), a setting, an answer key (`lerning`). The
 * Damerau-Levenshtein distance (a swapped pair of letters counts once), as git and commander suggest.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The closest of `candidates` to `word` (ignoring case), when close enough to be a likely slip: the start of exactly
 * one candidate (`hist` is `history`, not `list`), else at most a third of its letters wrong (and at least one
 * allowed). Undefined when nothing is, or when the word is itself one of the candidates.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length === 0 || candidates.some((c) => c.toLowerCase() === typed)) return undefined;
  const starts = typed.length >= 2 ? candidates.filter((c) => c.toLowerCase().startsWith(typed)) : [];
  // Three letters that start one candidate say more than a slip in another.
  if (starts.length === 1 && typed.length >= 3) return starts[0];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  if (best && best.distance <= allowed) return best.candidate;
  return starts.length === 1 ? starts[0] : undefined;
}
