import { editDistance } from './edit-distance';

/** Every word the index knows, for "did you mean" when a query word is not among them. */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly byLength = new Map<number, string[]>();
  private readonly frequency: Map<string, number>;

  constructor(frequency: Map<string, number>) {
    this.frequency = frequency;
    this.sorted = [...frequency.keys()].sort();
    for (const word of this.sorted) {
      const list = this.byLength.get(word.length);
      if (list) list.push(word);
      else this.byLength.set(word.length, [word]);
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  has(word: string): boolean {
    return this.frequency.has(word);
  }

  /** Whether some known word starts with `prefix` (binary search over the sorted words). */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo]!.startsWith(prefix);
  }

  /** The nearest known word: fewest edits, then the most frequent. Short words are left alone: too many neighbours. */
  nearest(word: string): string | undefined {
    if (word.length < 4) return undefined;
    const max = word.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
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
