/**
 * A memo of what a word computes to (its folded form, where it leads in a trie, its nearest known word), bounded
 * by entries and by the characters it holds. Prose repeats a few thousand short words, which the bound never
 * touches; a flood of long distinct "words" (a page selecting megabytes of random letters, a pasted hash) would
 * otherwise keep up to `maxEntries` of them, each as long as a selection. Words longer than `maxKeyChars` are not
 * kept at all (no real word is that long, and computing one again costs no more than hashing it), and when either
 * bound would be passed the memo starts over: one recomputation per word, and the hot path stays one Map look-up.
 */
export class WordCache<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxChars: number,
    readonly maxKeyChars = 64,
    /** Characters an entry holds besides its key (a string value's length); 0 for values kept elsewhere anyway. */
    private readonly valueChars: (value: V) => number = () => 0,
  ) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  set(key: string, value: V): void {
    if (key.length > this.maxKeyChars) return;
    const size = key.length + this.valueChars(value);
    const old = this.map.get(key);
    if (old !== undefined || this.map.has(key)) this.chars -= key.length + this.valueChars(old as V);
    else if (this.map.size >= this.maxEntries || this.chars + size > this.maxChars) this.clear();
    this.map.set(key, value);
    this.chars += size;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** Characters held: keys plus what `valueChars` counts. */
  get totalChars(): number {
    return this.chars;
  }
}
