import { DocWords, Lexicon } from './doc-words';
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
  /** Word numbers by first letter and length, most frequent first (ties in the words' order). */
  private readonly buckets = new Map<string, Int32Array>();

  private readonly lexicon: Lexicon;
  /** Per word number: how many documents hold it. */
  private readonly counts: Int32Array;

  /** The index's words, or (for tests) words with their document counts. */
  constructor(words: DocWords | ReadonlyMap<string, number>) {
    if (words instanceof DocWords) {
      this.lexicon = words.lexicon;
      this.counts = words.counts;
    } else {
      const sorted = [...words.keys()].sort();
      this.lexicon = new Lexicon(sorted);
      this.counts = Int32Array.from(sorted, (w) => words.get(w)!);
    }
    const lists = new Map<string, number[]>();
    const sorted = this.lexicon.words;
    for (let n = 0; n < sorted.length; n++) {
      const word = sorted[n]!;
      const key = bucketKey(word, word.length);
      const list = lists.get(key);
      if (list) list.push(n);
      else lists.set(key, [n]);
    }
    const counts = this.counts;
    for (const [key, list] of lists)
      this.buckets.set(key, Int32Array.from(list.sort((a, b) => counts[b]! - counts[a]! || a - b)));
  }

  get size(): number {
    return this.lexicon.size;
  }

  has(word: string): boolean {
    return this.lexicon.numberOf(word) >= 0;
  }

  /** Whether some known word starts with `prefix` (binary search over the sorted words). */
  hasPrefix(prefix: string): boolean {
    return this.lexicon.end(prefix) > this.lexicon.start(prefix);
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
    const { words } = this.lexicon;
    const { counts } = this;
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.buckets.get(bucketKey(word, len));
      if (!bucket) continue;
      for (let c = 0; c < bucket.length && budget > 0; c++) {
        const candidate = words[bucket[c]!]!;
        budget--;
        const d = editDistance(word, candidate, Math.min(max, bestDistance));
        const f = counts[bucket[c]!]!;
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
