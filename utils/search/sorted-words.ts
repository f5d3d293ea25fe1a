/** Where `word` is, or would be, in `sorted`. */
function seek(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A document's words, sorted once, for whole-word and prefix look-ups by binary search. */
export function sortedWords(words: readonly string[]): string[] {
  return [...new Set(words)].sort();
}

export const has = (sorted: readonly string[], word: string) => sorted[seek(sorted, word)] === word;

export const startsAny = (sorted: readonly string[], prefix: string) =>
  sorted[seek(sorted, prefix)]?.startsWith(prefix) ?? false;
