/**
 * Every document's words as numbers into one sorted list of words (decision 0011, session 4). At 100,000 glossary
 * entries the documents' sorted words were 3.9 million references in 200,000 JS arrays, and the count of documents
 * per word a 286,714-entry Map: most of the search index's heap. Here each field's words are one `Int32Array` of
 * word numbers with where each document's start, ascending within a document; because the word list is sorted,
 * ascending numbers are the words in sorted order, so a whole word is one number to find by binary search, and a
 * prefix is one run of numbers. The snapshot holds the same arrays, so a restore uses them as they come.
 */

/** Where `word` is, or would be, in `sorted`. */
function seek(sorted: readonly string[], word: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word look-ups met while searching are remembered, up to this many, then forgotten at once. */
const MEMO = 4096;

/** The documents' words, sorted, each once: a word's number is its place here. */
export class Lexicon {
  private readonly numbers = new Map<string, number>();
  private readonly runs = new Map<string, number>();

  constructor(readonly words: readonly string[]) {}

  get size(): number {
    return this.words.length;
  }

  /** The word's number, or -1 for a word no document holds. */
  numberOf(word: string): number {
    let n = this.numbers.get(word);
    if (n === undefined) {
      const at = seek(this.words, word);
      n = this.words[at] === word ? at : -1;
      if (this.numbers.size >= MEMO) this.numbers.clear();
      this.numbers.set(word, n);
    }
    return n;
  }

  /** The numbers of the words starting with `prefix`: from `start(prefix)` to `end(prefix)`, end exclusive. */
  start(prefix: string): number {
    return seek(this.words, prefix);
  }

  end(prefix: string): number {
    let n = this.runs.get(prefix);
    if (n === undefined) {
      // The words after `prefix` that start with it are one run: its end is where the next word of that length
      // would be ("ab" → "ac"), or the end of the list after the last possible code unit.
      const last = prefix.charCodeAt(prefix.length - 1);
      n =
        prefix === '' || last === 0xffff
          ? this.scanEnd(prefix)
          : seek(this.words, prefix.slice(0, -1) + String.fromCharCode(last + 1), this.start(prefix));
      if (this.runs.size >= MEMO) this.runs.clear();
      this.runs.set(prefix, n);
    }
    return n;
  }

  private scanEnd(prefix: string): number {
    let at = this.start(prefix);
    while (at < this.words.length && this.words[at]!.startsWith(prefix)) at++;
    return at;
  }
}

/** One field's words for every document: `words` from `starts[doc]` to `starts[doc + 1]`, ascending. */
export class FieldWords {
  constructor(
    readonly words: Int32Array,
    readonly starts: Int32Array,
  ) {}

  /** Whether document `doc` holds a word numbered from `from` to `to` (end exclusive). */
  holdsAny(doc: number, from: number, to: number): boolean {
    if (from >= to) return false;
    const words = this.words;
    let lo = this.starts[doc]!;
    let hi = this.starts[doc + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts[doc + 1]! && words[lo]! < to;
  }

  holds(doc: number, word: number): boolean {
    return word >= 0 && this.holdsAny(doc, word, word + 1);
  }

  /** Document `doc`'s word numbers. */
  of(doc: number): Int32Array {
    return this.words.subarray(this.starts[doc]!, this.starts[doc + 1]!);
  }

  /**
   * The field's words checked as a snapshot's: one list per document of `count`, each ascending, every number a
   * word of `lexiconSize`. False for anything else (the caller builds instead).
   */
  static valid(words: Int32Array, starts: Int32Array, count: number, lexiconSize: number): boolean {
    if (starts.length !== count + 1 || starts[0] !== 0 || starts[count] !== words.length) return false;
    for (let d = 0; d < count; d++) {
      const from = starts[d]!;
      const to = starts[d + 1]!;
      if (to < from) return false;
      let previous = -1;
      for (let i = from; i < to; i++) {
        const w = words[i]!;
        if (w <= previous || w >= lexiconSize) return false;
        previous = w;
      }
    }
    return true;
  }
}

/** Both fields of every document, with the word tests the re-ranking asks, and each word's document count. */
export class DocWords {
  /** Per word number: the documents holding it in their names, plus those holding it in their body. */
  readonly counts: Int32Array;

  constructor(
    readonly lexicon: Lexicon,
    readonly names: FieldWords,
    readonly body: FieldWords,
  ) {
    this.counts = new Int32Array(lexicon.size);
    for (const w of names.words) this.counts[w]!++;
    for (const w of body.words) this.counts[w]!++;
  }

  /** How many documents hold `word` (names and body counted apart), or undefined for a word none holds. */
  frequency(word: string): number | undefined {
    const n = this.lexicon.numberOf(word);
    return n < 0 ? undefined : this.counts[n];
  }

  hasName(doc: number, word: string): boolean {
    return this.names.holds(doc, this.lexicon.numberOf(word));
  }

  hasBody(doc: number, word: string): boolean {
    return this.body.holds(doc, this.lexicon.numberOf(word));
  }

  /** Whether some name word of `doc` starts with `prefix`. */
  nameStarts(doc: number, prefix: string): boolean {
    return this.names.holdsAny(doc, this.lexicon.start(prefix), this.lexicon.end(prefix));
  }

  bodyStarts(doc: number, prefix: string): boolean {
    return this.body.holdsAny(doc, this.lexicon.start(prefix), this.lexicon.end(prefix));
  }

  /** Document `doc`'s name words as text (for the few documents whose names are read as words). */
  nameWordsOf(doc: number): string[] {
    return Array.from(this.names.of(doc), (n) => this.lexicon.words[n]!);
  }
}

/**
 * Collects documents' words in document order, then numbers them against the sorted list of all of them. Words are
 * numbered as first met while collecting (one `Map` from word to number, no array per document), and renumbered
 * once at the end.
 */
export class DocWordsBuilder {
  private readonly seen = new Map<string, number>();
  private readonly names = new Growing();
  private readonly body = new Growing();

  /** Adds the next document's name words and body words (each in any order, repeats allowed). */
  add(names: readonly string[], body: readonly string[]): void {
    this.names.push(names, (w) => this.numbered(w));
    this.body.push(body, (w) => this.numbered(w));
  }

  private numbered(word: string): number {
    let n = this.seen.get(word);
    if (n === undefined) this.seen.set(word, (n = this.seen.size));
    return n;
  }

  finish(): DocWords {
    const words = [...this.seen.keys()].sort();
    const renumber = new Int32Array(words.length);
    words.forEach((w, i) => (renumber[this.seen.get(w)!] = i));
    this.seen.clear();
    return new DocWords(new Lexicon(words), this.names.finish(renumber), this.body.finish(renumber));
  }
}

/** Lists of numbers one after another in one typed array that doubles as it fills. */
class Growing {
  private words = new Int32Array(1024);
  private length = 0;
  private readonly starts: number[] = [0];

  /** Adds a list of `items` as numbers (repeats are dropped when finishing). */
  push<T>(items: readonly T[], number: (item: T) => number): void {
    while (this.length + items.length > this.words.length) {
      const larger = new Int32Array(this.words.length * 2);
      larger.set(this.words);
      this.words = larger;
    }
    for (const item of items) this.words[this.length++] = number(item);
    this.starts.push(this.length);
  }

  /** The lists with their numbers renumbered, each sorted ascending without repeats. */
  finish(renumber: Int32Array): FieldWords {
    const words = this.words;
    const starts = new Int32Array(this.starts.length);
    let at = 0;
    for (let d = 0; d + 1 < this.starts.length; d++) {
      const from = this.starts[d]!;
      const to = this.starts[d + 1]!;
      for (let i = from; i < to; i++) words[i] = renumber[words[i]!]!;
      words.subarray(from, to).sort();
      starts[d] = at;
      for (let i = from; i < to; i++) if (i === from || words[i] !== words[i - 1]) words[at++] = words[i]!;
    }
    starts[this.starts.length - 1] = at;
    this.words = new Int32Array(0);
    return new FieldWords(words.slice(0, at), starts);
  }
}
