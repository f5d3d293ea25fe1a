import { startsAny } from './sorted-words';
import { editDistance } from './edit-distance';
import { WordCache } from '../word-cache';

/**
 * Words compared with a typo at most: the most frequent first. A bundled-size vocabulary never reaches it; a
 * glossary of 100,000 entries would otherwise compare tens of thousands of words on one keystroke.
 */
const MAX_CANDIDATES = 3000;

const bucketKey = (word: string, length: number) => `${word[0]}${length}`;

/** Every word the index knows, for "did you mean" when a query word is not among them. */
export class Vocabulary {
  private readonly sorted: string[];
  /** Words by first letter and length, most frequent first. */
  private readonly buckets = new Map<string, string[]>();
  private readonly frequency: Map<string, number>;

  constructor(frequency: Map<string, number>) {
    this.frequency = frequency;
    this.sorted = [...frequency.keys()].sort();
    for (const word of this.sorted) {
      const key = bucketKey(word, word.length);
      const list = this.buckets.get(key);
      if (list) list.push(word);
      else this.buckets.set(key, [word]);
    }
    for (const list of this.buckets.values()) list.sort((a, b) => frequency.get(b)! - frequency.get(a)!);
  }

  get size(): number {
    return this.sorted.length;
  }

  has(word: string): boolean {
    return this.frequency.has(word);
  }

  /** Whether some known word starts with `prefix` (binary search over the sorted words). */
  hasPrefix(prefix: string): boolean {
    return startsAny(this.sorted, prefix);
  }

  /** Bounded by characters too (utils/word-cache.ts); query words are at most MAX_QUERY_CHARS long. */
  readonly nearestCache = new WordCache<string | undefined>(5000, 100_000, 64, (found) => found?.length ?? 0);

  /**
   * The nearest known word: fewest edits, then the most frequent. Short words are left alone (too many
   * neighbours), and the first letter is trusted, as readers' typos seldom fall there; that keeps a search per
   * keystroke within a frame.
   */
  nearest(word: string): string | undefined {
    if (word.length < 4) return undefined;
    if (this.nearestCache.has(word)) return this.nearestCache.get(word);
    const found = this.search(word);
    this.nearestCache.set(word, found);
    return found;
  }

  private search(word: string): string | undefined {
    const max = word.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    let budget = MAX_CANDIDATES;
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.buckets.get(bucketKey(word, len)) ?? [];
      for (let c = 0; c < bucket.length && budget > 0; c++) {
        const candidate = bucket[c]!;
        budget--;
        const d = editDistance(word, candidate, Math.min(max, bestDistance));
        const f = this.frequency.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && d <= max && f > bestFrequency)) {
          best = candidate;
          bestDistance = d;
          bestFrequency = f;
        }
      }
    }
    return bestDistance <= max ? best : undefined;
  }
}
