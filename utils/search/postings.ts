/**
 * A compact word → documents index that answers FlexSearch's posting-list look-up (decision 0011). FlexSearch
 * keeps, for every word (and with `tokenize: 'forward'` every prefix of every word), an array of score slots,
 * each an array of document ids: at 100,000 glossary entries the names' prefixes alone took 460 MB and 20 s to
 * build. Here each word's documents and slots sit in three typed arrays, and a prefix's slots are put together
 * when a search asks for them, from the words it starts. FlexSearch still intersects and ranks them, so a search
 * answers as the index FlexSearch would have built.
 */

/** FlexSearch's default resolution: the number of score slots. */
const RESOLUTION = 9;

/**
 * FlexSearch's slot for the word at `position` among `count` words (its `get_score` for the default resolution
 * and no custom score): earlier words score better; a long text's positions are scaled into the slots.
 */
export function slotOf(count: number, position: number): number {
  if (position === 0) return 0;
  return count <= RESOLUTION ? position : (((RESOLUTION - 1) / count) * position + 1) | 0;
}

/** What FlexSearch's index map holds for one key: slots, each with its document numbers in ascending order. */
export type Slots = number[][];

export interface PostingsSnapshot {
  /** The words, sorted, joined by "\u0000". */
  words: string;
  /** Where each word's documents start in `docs` (one more than the words). */
  starts: Int32Array;
  docs: Int32Array;
  slots: Uint8Array;
}

/** The first MAX_LIST documents in slot order. */
function capped(slots: Slots): Slots {
  let room = MAX_LIST;
  for (let s = 0; s < slots.length; s++) {
    const list = slots[s];
    if (!list) continue;
    if (room <= 0) slots[s] = [];
    else if (list.length > room) slots[s] = list.slice(0, room);
    room -= list.length;
  }
  return slots;
}

/** Collects documents' words in document order, then freezes them into typed arrays. */
export class PostingsBuilder {
  private readonly byWord = new Map<string, number[]>();

  /**
   * Adds document `doc` (numbers ascending across calls) with its words in order, as FlexSearch's `add` reads
   * them: each word counts once, at its first position.
   */
  add(doc: number, words: readonly string[]): void {
    const count = words.length;
    const seen = new Set<string>();
    for (let position = 0; position < count; position++) {
      const word = words[position]!;
      if (word === '' || seen.has(word)) continue;
      seen.add(word);
      let list = this.byWord.get(word);
      if (!list) this.byWord.set(word, (list = []));
      // Document and slot in one number: slots are under 16.
      list.push(doc * 16 + slotOf(count, position));
    }
  }

  finish(): Postings {
    const words = [...this.byWord.keys()].sort();
    const starts = new Int32Array(words.length + 1);
    let total = 0;
    for (let i = 0; i < words.length; i++) {
      starts[i] = total;
      total += this.byWord.get(words[i]!)!.length;
    }
    starts[words.length] = total;
    const docs = new Int32Array(total);
    const slots = new Uint8Array(total);
    for (let i = 0; i < words.length; i++) {
      let at = starts[i]!;
      for (const packed of this.byWord.get(words[i]!)!) {
        docs[at] = packed >>> 4;
        slots[at++] = packed & 15;
      }
    }
    this.byWord.clear();
    return new Postings(words, starts, docs, slots);
  }
}

/** The cache of put-together lists holds at most this many document numbers. */
const CACHE_DOCS = 2_000_000;
/**
 * A list gives FlexSearch at most this many documents, best slots first: a prefix that starts more documents
 * ("t", "in") says little yet, and FlexSearch's intersection of such lists took most of a keystroke at 100,000
 * entries. The bundled glossary has fewer documents than this, so its answers do not change.
 */
export const MAX_LIST = 1000;
/** Prefixes this short are put together when the index is made: each is met while typing and starts many words. */
const EARLY_PREFIX = 2;

export class Postings {
  private readonly cache = new Map<string, Slots | undefined>();
  private cachedDocs = 0;

  constructor(
    private readonly words: readonly string[],
    private readonly starts: Int32Array,
    private readonly docs: Int32Array,
    private readonly slots: Uint8Array,
  ) {}

  /** Puts together the lists of the short prefixes that start many documents, for an index searched by prefix. */
  warmPrefixes(): this {
    const { words, starts } = this;
    for (let length = 1; length <= EARLY_PREFIX; length++) {
      for (let i = 0; i < words.length;) {
        const word = words[i]!;
        if (word.length < length) {
          i++;
          continue;
        }
        const prefix = word.slice(0, length);
        let to = i + 1;
        while (to < words.length && words[to]!.startsWith(prefix)) to++;
        if (starts[to]! - starts[i]! > MAX_LIST) this.prefix(prefix);
        i = to;
      }
    }
    return this;
  }

  get wordCount(): number {
    return this.words.length;
  }

  private seek(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Slots for documents holding a word from `from` to `to` (indexes into the sorted words), or undefined. */
  private collect(from: number, to: number): Slots | undefined {
    if (from >= to) return undefined;
    const out: Slots = [];
    if (to - from === 1) {
      // One word: its documents are already ascending and each appears once.
      for (let i = this.starts[from]!; i < this.starts[from + 1]!; i++)
        (out[this.slots[i]!] ??= []).push(this.docs[i]!);
      return capped(out);
    }
    // Several words (a prefix): a document's best slot among them; documents ascending within each slot.
    const best = new Map<number, number>();
    for (let i = this.starts[from]!; i < this.starts[to]!; i++) {
      const doc = this.docs[i]!;
      const slot = this.slots[i]!;
      const known = best.get(doc);
      if (known === undefined || slot < known) best.set(doc, slot);
    }
    const sorted = [...best.keys()].sort((a, b) => a - b);
    for (const doc of sorted) (out[best.get(doc)!] ??= []).push(doc);
    return capped(out);
  }

  private cached(key: string, make: () => Slots | undefined): Slots | undefined {
    if (this.cache.has(key)) return this.cache.get(key);
    const slots = make();
    const size = slots ? slots.reduce((n, s) => n + (s ? s.length : 0), 0) : 0;
    if (this.cachedDocs + size > CACHE_DOCS) {
      this.cache.clear();
      this.cachedDocs = 0;
    }
    this.cache.set(key, slots);
    this.cachedDocs += size;
    return slots;
  }

  /** FlexSearch's entry for `word` with `tokenize: 'strict'`. */
  word(word: string): Slots | undefined {
    return this.cached(word, () => {
      const i = this.seek(word);
      return this.words[i] === word ? this.collect(i, i + 1) : undefined;
    });
  }

  /** FlexSearch's entry for `prefix` with `tokenize: 'forward'`: every word that starts with it. */
  prefix(prefix: string): Slots | undefined {
    // A word's own list and a prefix's differ: their cache keys must too.
    return this.cached(`\u0000${prefix}`, () => {
      const from = this.seek(prefix);
      let to = from;
      // The words starting with the prefix are one run of the sorted words: find its end by doubling, then halving.
      let step = 1;
      while (to + step <= this.words.length && this.words[to + step - 1]!.startsWith(prefix)) {
        to += step;
        step *= 2;
      }
      while (step > 1) {
        step >>>= 1;
        if (to + step <= this.words.length && this.words[to + step - 1]!.startsWith(prefix)) to += step;
      }
      return this.collect(from, to);
    });
  }

  snapshot(): PostingsSnapshot {
    return { words: this.words.join('\u0000'), starts: this.starts, docs: this.docs, slots: this.slots };
  }

  /**
   * The postings a snapshot was made from, or null when it is not a whole one. `intern` gives the one copy of a
   * word the rest of the index holds (each field's words would otherwise be split into strings of their own).
   */
  static restore(value: unknown, docCount: number, intern?: (word: string) => string): Postings | null {
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Partial<PostingsSnapshot>;
    if (typeof v.words !== 'string' || !(v.starts instanceof Int32Array)) return null;
    if (!(v.docs instanceof Int32Array) || !(v.slots instanceof Uint8Array)) return null;
    const split = v.words === '' ? [] : v.words.split('\u0000');
    const words = intern ? split.map(intern) : split;
    const { starts, docs, slots } = v;
    if (starts.length !== words.length + 1 || docs.length !== slots.length) return null;
    if (starts[0] !== 0 || starts[words.length] !== docs.length) return null;
    for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return null;
    for (let i = 0; i < docs.length; i++)
      if (docs[i]! < 0 || docs[i]! >= docCount || slots[i]! >= RESOLUTION) return null;
    return new Postings(words, starts, docs, slots);
  }
}
