/**
 * The recogniser's reading of a passage: the same pieces `scanPieces` finds (pieces.ts, the one scanner normalize
 * and recognize share), kept as columns of typed arrays instead of one object per piece, each with where its
 * spelling leads from the root of the index's trie. A word the passage repeats is read once: its folded spelling
 * and trie node come from a memo looked up by the word's characters, without slicing the word out of the text.
 * This is the fast path behind `recognize` (docs/decisions/0013-recognition-fast-path.md), which reads a passage
 * a window of a few thousand pieces at a time (`openWindow`); test/utils/terms/recognize-differential.test.ts
 * checks it against a frozen copy of the object scanner, with windows of every size down to one piece.
 */
import { WordCache } from '../word-cache';
import {
  ASCII,
  C_DASH,
  C_DIGIT,
  C_GREEK,
  C_INVISIBLE,
  C_LATIN,
  C_OTHER_LETTER,
  C_SPACE,
  canonDigits,
  canonLatin,
  changesNextPiece,
  classOf,
  greekName,
  INVISIBLE,
  Join,
  Kind,
  withGreekContext,
  type Piece,
} from './pieces';
import type { TermTrie } from './term-trie';

// Local copies of the imported constants the loops below read per character and per piece. Where the modules are
// turned into CommonJS one file at a time (tsx outside a `"type": "module"` package), an imported binding is a
// getter on the other module's exports, read each time: a profile put a fifth of the time there. As ES modules
// the copies measured 2-5 % less CPU (docs/decisions/0013-recognition-fast-path.md).
const ASCII_CLASS = ASCII;
const CLASS_DASH = C_DASH;
const CLASS_DIGIT = C_DIGIT;
const CLASS_GREEK = C_GREEK;
const CLASS_INVISIBLE = C_INVISIBLE;
const CLASS_LATIN = C_LATIN;
const CLASS_OTHER_LETTER = C_OTHER_LETTER;
const CLASS_SPACE = C_SPACE;
const JOIN_HARD = Join.Hard;
const JOIN_SOFT = Join.Soft;
const JOIN_TIGHT = Join.Tight;
const KIND_DIGIT = Kind.Digit;
const KIND_GREEK = Kind.Greek;
const KIND_LATIN = Kind.Latin;
const KIND_OTHER = Kind.Other;

export interface PieceTable {
  /** Pieces in the columns below; the columns may be longer. */
  count: number;
  /** The trie the words were read against (`Word.node`). */
  trie: TermTrie | null;
  /** Offsets in the original text, end exclusive. */
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  join: Uint8Array;
  /**
   * How each piece reads, as the number of its word in `words`: its canonical spelling (as `Piece.canon`) and
   * where it leads from the trie's root (`node`, by the same number). The loops read numbers and typed arrays, so
   * that a piece costs no visit to a word object (docs/decisions/0013-recognition-fast-path.md).
   */
  word: Int32Array;
  /** The memo's words by number. */
  words: readonly Word[];
  /** What the loops read of each word, by number: `WORD_FIELDS` numbers a word (see `WordMemo.record`). */
  record: Int32Array;
  /**
   * The steps walks took, remembered across passages: two per place of `stepSlot(from, word)`, the trie node a walk
   * stepped from (-1: none yet), the word's number and the node it reached (-1: nowhere). Prose repeats its names
   * ("T cells", "IL-12"), so the next walk from the same node with the same word takes the same step without
   * reading the spelling again.
   */
  steps: Int32Array;
  /** The readings of names of a few words (`runReading`), remembered across passages like the steps. */
  names: Int32Array;
  /**
   * Where a scan stopped, to go on from there (`scanWindow`): the offset in the text, the join the next piece gets,
   * and the dashes and spaces counted since the last piece. Numbers in a typed array, not properties: see `scanInto`.
   */
  resume: Int32Array;
  /** The memo the pieces' word numbers are in, for the whole passage (a memo a passage outgrows is replaced after it). */
  memo: WordMemo | null;
}

// Where each spelling leads from the root of an index's trie, for the words the memo below does not hold
// (a word in context: IFN-g's "g" reads "gamma"; soft hyphens; very long words). Bounded by characters too
// (utils/word-cache.ts); exported for the test that floods it.
export const fromRootCache = new WeakMap<TermTrie, WordCache<number>>();

/**
 * Where word number `w` of `t` leads from trie node `node` (-1: nowhere), remembered for the next walk from the
 * same node. No child of the node reached by the word's first character ends the walk at once.
 */
export function stepWith(t: PieceTable, node: number, w: number): number {
  if ((t.trie!.childMask[node]! & t.record[w * WORD_FIELDS + WORD_FIRST_BIT]!) === 0) return -1;
  return stepPast(t, node, w);
}

/** `stepWith` once the node's child mask let the word's first character through. */
export function stepPast(t: PieceTable, node: number, w: number): number {
  const steps = t.steps;
  const slot = stepSlot(node, w);
  if (steps[slot + 1] === w && steps[slot] === node) return steps[slot + 2]!;
  if (steps[slot + 4] === w && steps[slot + 3] === node) return steps[slot + 5]!;
  const to = t.trie!.walk(node, t.words[w]!.canon);
  // The newest step first, the one it displaces second (two ways: a step met again is found in either).
  steps.copyWithin(slot + 3, slot, slot + 3);
  steps[slot] = node;
  steps[slot + 1] = w;
  steps[slot + 2] = to;
  return to;
}

/**
 * Places for remembered steps (a power of two), two steps each. A walk's step is one of a few thousand pairs of a
 * node and a word (6,396 on the bench text, against 82,529 steps per MB). When each word kept only its own last
 * step, a word that follows many names ("cells" after T, B, NK, dendritic) walked the trie again each time (20,094
 * walks per MB; 1,515 with this table; docs/decisions/0013-recognition-fast-path.md).
 */
const STEP_BITS = 13;

/** A word's record in `PieceTable.record`: its packed characters (four numbers), then these. */
export const WORD_FIELDS = 8;
export const WORD_NODE = 4;
export const WORD_FIRST_BIT = 5;
export const WORD_CHILD_MASK = 6;
export const WORD_FLAGS = 7;
/** Flags: the word's node ends a name; the word reads in context (`isContextual`); it may change the next (`changesNextPiece`). */
export const WORD_NAMES = 1;
const WORD_CONTEXTUAL = 2;
const WORD_CHANGES_NEXT = 4;
/** In the flags, above the three flags: the reading of the word as a name of one word plus one (0: not read yet). */
const WORD_READING_SHIFT = 3;
/** And above that, the length of its key (`Word.key`). */
export const WORD_KEY_SHIFT = 8;

/**
 * How word `w` of `t` itself reads the name at its node (a `Reading` of term-index.ts), once asked; -1 before. The
 * same characters always read the same way, so a name met as one word is read once per passage's vocabulary.
 */
export function readingOf(t: PieceTable, w: number): number {
  return ((t.record[w * WORD_FIELDS + WORD_FLAGS]! >>> WORD_READING_SHIFT) & 3) - 1;
}

/** Keeps `reading` as word `w`'s (`readingOf`), and gives it. */
export function keepReading(t: PieceTable, w: number, reading: number): number {
  t.record[w * WORD_FIELDS + WORD_FLAGS]! |= (reading + 1) << WORD_READING_SHIFT;
  return reading;
}

/**
 * Places for the readings of names of two to NAME_WORDS pieces (IL-12, T cells, PD-L1), by the pieces' word numbers:
 * a reading depends on the letters and digits as written, and the words' keys are those (what joins them, a space
 * or a dash, is none), so the same words always read the same way. Two places a run of words, newest first; a
 * run that lands on full places pushes the older out, so that a page of made-up spellings ("T cElls", "T CeLLs",
 * …) holds 8,192 at most. Names of three pieces or more were a fifth of the names found and read each time
 * (decision 0013).
 */
const NAME_BITS = 12;
/** The most pieces a remembered name has: "type 2 innate lymphoid cells" and "non-small cell lung cancer" are five. */
export const NAME_WORDS = 6;
const NAME_FIELDS = NAME_WORDS + 1;
/** Marks a number's word with a plural s joined to it (ILC2s: "ILC", "2s"), which reads apart from "2". */
const WITH_PLURAL = 1 << 30;

// The run of words `readRun` read last, and its length.
const run = new Int32Array(NAME_WORDS);
let runLength = 0;

/**
 * Reads the words of pieces `s` to `p` of `t` (at most NAME_WORDS) as written: false when a piece is not written as
 * its word's key (a soft hyphen inside, a word read for one piece), and its reading cannot be remembered.
 */
export function readRun(t: PieceTable, s: number, p: number): boolean {
  for (let q = s; q <= p; q++) {
    const w = t.word[q]!;
    const key = t.record[w * WORD_FIELDS + WORD_FLAGS]! >>> WORD_KEY_SHIFT;
    const extra = t.end[q]! - t.start[q]! - key;
    if (extra === 0) run[q - s] = w;
    else if (extra === 1 && key > 0 && t.kind[q] === KIND_DIGIT) run[q - s] = w | WITH_PLURAL;
    else return false;
  }
  runLength = p - s + 1;
  return true;
}

/** Where the readings of the run `readRun` read may be kept in `PieceTable.names`: two places, newest first. */
function runSlot(): number {
  let h = runLength;
  for (let k = 0; k < runLength; k++) h = Math.imul(h ^ run[k]!, 0x9e3779b1);
  return 2 * NAME_FIELDS * (Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> (32 - NAME_BITS));
}

function holdsRun(names: Int32Array, at: number): boolean {
  for (let k = 0; k < NAME_WORDS; k++) if (names[at + k] !== (k < runLength ? run[k]! : -1)) return false;
  return true;
}

/** How the run `readRun` read reads as a name, once asked (`keepRunReading`); -1 before. */
export function runReading(t: PieceTable): number {
  const slot = runSlot();
  const names = t.names;
  if (holdsRun(names, slot)) return names[slot + NAME_WORDS]!;
  if (holdsRun(names, slot + NAME_FIELDS)) return names[slot + NAME_FIELDS + NAME_WORDS]!;
  return -1;
}

/** Keeps `reading` as the reading of the run `readRun` read, and gives it (the place's older reading moves on). */
export function keepRunReading(t: PieceTable, reading: number): number {
  const slot = runSlot();
  const names = t.names;
  names.copyWithin(slot + NAME_FIELDS, slot, slot + NAME_FIELDS);
  for (let k = 0; k < NAME_WORDS; k++) names[slot + k] = k < runLength ? run[k]! : -1;
  names[slot + NAME_WORDS] = reading;
  return reading;
}

/** Where the steps from node `node` with word `w` are kept in `PieceTable.steps` (two: node, word, to). */
function stepSlot(node: number, w: number): number {
  return 6 * (Math.imul(node ^ Math.imul(w, 0x85ebca6b), 0x9e3779b1) >>> (32 - STEP_BITS));
}

/** The canonical spelling of piece `p` of `t`. */
export function canonAt(t: PieceTable, p: number): string {
  return t.words[t.word[p]!]!.canon;
}

export function walkFromRoot(trie: TermTrie, canon: string): number {
  let cache = fromRootCache.get(trie);
  if (!cache) fromRootCache.set(trie, (cache = new WordCache(50_000, 500_000)));
  let node = cache.get(canon);
  if (node === undefined) {
    node = trie.walk(0, canon);
    cache.set(canon, node);
  }
  return node;
}

/** Slots in a memo (a power of two): prose repeats a few thousand words; a flood of distinct ones overwrites. */
const MEMO_BITS = 14;
const MEMO_SLOTS = 1 << MEMO_BITS;
const MEMO_MASK = MEMO_SLOTS - 1;
/** Longer words are not kept (none is a name's piece, and reading one again costs no more than hashing it). */
const MEMO_MAX_KEY = 32;
/**
 * Slots tried after the first before a word takes the first's place. With 3, the bench text's 7,500 words (under
 * half the slots) pushed each other out and 457 were read and numbered again on every passage of 1 MB; with 15,
 * none. A look-up still ends at the first free slot.
 */
const MEMO_PROBES = 15;
// FNV-1a over UTF-16 code units.
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** What one run of characters reads as, for one trie. */
export interface Word {
  /** The run as written; '' for a reading made for one piece only (a word in context, or with soft hyphens). */
  readonly key: string;
  readonly hash: number;
  /** Canonical spelling; in the memo, as with no piece before it (withGreekContext's context-free part). */
  readonly canon: string;
  /** The trie node `canon` leads to from the root: -1 when no spelling starts so. */
  readonly node: number;
  /** A Latin run whose spelling may change with the pieces before it (`a`, `b`, `g`, `l`, `k`, `kb`). */
  readonly contextual: boolean;
  /** Its number in its memo (`PieceTable.word`). */
  id: number;
}

/** A word not numbered yet, nothing about it read. */
function newWord(key: string, hash: number, canon: string, node: number, contextual: boolean): Word {
  return { key, hash, canon, node, contextual, id: -1 };
}

function oneOff(canon: string, node: number): Word {
  return newWord('', 0, canon, node, false);
}

/**
 * What runs of characters (letters of one script, or digits) read as, for one trie: open addressing over the
 * words' hashes, each slot checked character by character against the text so that no word is sliced out to be
 * looked up. Two tables of MEMO_SLOTS words (packed ones of at most 4 × PACKED_CHARS characters, hashed ones of at
 * most MEMO_MAX_KEY): about 1.5 million characters at worst.
 */
class WordMemo {
  readonly slots: (Word | undefined)[] = new Array<Word | undefined>(MEMO_SLOTS).fill(undefined);
  /**
   * Words of at most 4 × PACKED_CHARS ASCII characters (most words) are kept apart, under their characters packed
   * into four numbers: an exact key, so a look-up compares numbers and no characters. A slot holds the word's number
   * (-1 for a free slot), and the packed numbers are the first four of the word's record (`record`). The table of
   * slots is 64 KB: with the keys in the slots (512 KB) the key's load missed the cache more often and took a
   * tenth of the time (docs/decisions/0013-recognition-fast-path.md).
   */
  readonly packedSlots = new Int32Array(MEMO_SLOTS).fill(-1);
  /**
   * Words of one or two ASCII characters (a, in, of, to: a third of prose), by their packed characters, which are
   * below SHORT_WORDS: one look, with no hashing or probing. -1 for none.
   */
  readonly short = new Int32Array(SHORT_WORDS).fill(-1);
  readonly greek = new Map<number, number>();
  /** Words read in context (IFN-g's "g" as "gamma"), by that reading. */
  readonly inContext = new Map<string, number>();

  /** Every word the memo made, by number, with the record the loops read instead of the objects. */
  readonly words: Word[] = [];
  /**
   * By number, WORD_FIELDS numbers a word: its packed characters (`findPacked`; 0 for a word not packed), where it
   * leads from the root, the bit of its first character, that node's child mask and the WORD_ flags (with the key's
   * length and the reading as a name of one word). One record, not a column each: what a piece's look-up and the
   * walk after it read lies together (decision 0013, session 11).
   */
  record = new Int32Array(WORD_FIELDS * INITIAL_WORDS);
  readonly steps = new Int32Array(6 << STEP_BITS).fill(-1);
  readonly names = new Int32Array((2 * NAME_FIELDS) << NAME_BITS).fill(-1);

  constructor(readonly root: TermTrie) {}

  /** Numbers `word`: its place in `words` and its record. */
  number(word: Word): number {
    const id = this.words.length;
    if (id * WORD_FIELDS === this.record.length)
      this.record = grown(this.record, new Int32Array(2 * this.record.length));
    this.words.push(word);
    word.id = id;
    const at = id * WORD_FIELDS;
    const node = word.node;
    const record = this.record;
    record[at + WORD_NODE] = node;
    record[at + WORD_FIRST_BIT] = word.canon === '' ? -1 : 1 << (word.canon.charCodeAt(0) & 31);
    record[at + WORD_CHILD_MASK] = node >= 0 ? this.root.childMask[node]! : 0;
    record[at + WORD_FLAGS] =
      (node >= 0 && this.root.nodeTarget[node]! >= 0 ? WORD_NAMES : 0) |
      (word.contextual ? WORD_CONTEXTUAL : 0) |
      (changesNextPiece(word.canon) ? WORD_CHANGES_NEXT : 0) |
      (word.key.length << WORD_KEY_SHIFT);
    return id;
  }

  /** A word made for one piece (a word with soft hyphens, or a very long one), numbered. */
  oneOff(canon: string, node: number): number {
    return this.number(oneOff(canon, node));
  }

  /** The word a contextual word reads as after the pieces before it ("g" → "gamma"). */
  inContextAs(read: string): number {
    let id = this.inContext.get(read);
    if (id === undefined) {
      id = this.oneOff(read, walkFromRoot(this.root, read));
      if (this.inContext.size < 512) this.inContext.set(read, id);
    }
    return id;
  }

  /** The number of the word packed as `k0` to `k3` (see `scanInto`), or -1. */
  findPacked(k0: number, k1: number, k2: number, k3: number): number {
    const slots = this.packedSlots;
    const keys = this.record;
    let slot = packedSlot(k0, k1, k2, k3);
    for (let probe = 0; probe <= MEMO_PROBES; probe++) {
      const id = slots[slot]!;
      if (id < 0) return -1;
      const at = id * WORD_FIELDS;
      if (keys[at] === k0 && keys[at + 1] === k1 && keys[at + 2] === k2 && keys[at + 3] === k3) return id;
      slot = (slot + 1) & MEMO_MASK;
    }
    return -1;
  }

  addPacked(raw: string, cls: number, k0: number, k1: number, k2: number, k3: number): number {
    let slot = packedSlot(k0, k1, k2, k3);
    for (let probe = 0; probe <= MEMO_PROBES; probe++) {
      if (this.packedSlots[(slot + probe) & MEMO_MASK]! < 0) {
        slot = (slot + probe) & MEMO_MASK;
        break;
      }
    }
    const id = this.number(readWord(this.root, raw, cls, 0));
    this.packedSlots[slot] = id;
    const at = id * WORD_FIELDS;
    this.record[at] = k0;
    this.record[at + 1] = k1;
    this.record[at + 2] = k2;
    this.record[at + 3] = k3;
    return id;
  }

  addShort(raw: string, cls: number, packed: number): number {
    const id = this.number(readWord(this.root, raw, cls, 0));
    this.short[packed] = id;
    return id;
  }

  /** The entry for text[start, end) (hashed `hash`), or undefined. */
  find(text: string, start: number, end: number, hash: number): Word | undefined {
    const length = end - start;
    let slot = hash & MEMO_MASK;
    for (let probe = 0; probe <= MEMO_PROBES; probe++) {
      const entry = this.slots[slot];
      if (entry === undefined) return undefined;
      if (entry.hash === hash) {
        const key = entry.key;
        if (key.length === length) {
          let k = 0;
          while (k < length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
          if (k === length) return entry;
        }
      }
      slot = (slot + 1) & MEMO_MASK;
    }
    return undefined;
  }

  /** Reads `raw` (a run of class `cls`) and keeps it, in the first free slot tried or else the first tried. */
  add(raw: string, cls: number, hash: number): Word {
    let slot = hash & MEMO_MASK;
    for (let probe = 0; probe <= MEMO_PROBES; probe++) {
      if (this.slots[(slot + probe) & MEMO_MASK] === undefined) {
        slot = (slot + probe) & MEMO_MASK;
        break;
      }
    }
    const entry = readWord(this.root, raw, cls, hash);
    this.number(entry);
    this.slots[slot] = entry;
    return entry;
  }
}

/** `to` with `from` copied into its start. */
function grown<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function readWord(root: TermTrie, raw: string, cls: number, hash: number): Word {
  let canon: string;
  let contextual = false;
  if (cls === CLASS_LATIN) {
    canon = withGreekContext(canonLatin(raw), undefined, undefined);
    contextual = isContextual(canon);
  } else canon = cls === CLASS_DIGIT ? canonDigits(raw) : raw;
  return newWord(raw, hash, canon, walkFromRoot(root, canon), contextual);
}

/**
 * ASCII characters packed into 32-bit integers, seven bits each: a word's first PACKED_CHARS in the first, its
 * next PACKED_CHARS in the second, and so on (0 for a shorter word). Characters of a word are never 0, so two words
 * pack alike only when they are the same word. (Integers, not the two doubles of seven characters each before:
 * the same time, in a record of 32-bit numbers, with no division to hash.)
 */
const PACKED_CHARS = 4;
/** Two ASCII characters pack below 128 × 128; three, at or above 48 × 128 × 128 ("0", 48, is a word's lowest). */
const SHORT_WORDS = 128 * 128;

function packedSlot(k0: number, k1: number, k2: number, k3: number): number {
  const h = Math.imul(
    k0 ^ Math.imul(k1, 0x27d4eb2f) ^ Math.imul(k2, 0x165667b1) ^ Math.imul(k3, 0x85ebca6b),
    0x9e3779b1,
  );
  return (h ^ (h >>> 15)) >>> (32 - MEMO_BITS);
}

/** Spellings `withGreekContext` changes after some pieces (IFN-g, IL-1b, NF-kB); every other is context-free. */
function isContextual(canon: string): boolean {
  if (canon.length === 1) {
    const c = canon.charCodeAt(0);
    // a b g l (a Greek letter after IFN, TNF, TGF or IL-1) and k (NF-k B)
    return c === 97 || c === 98 || c === 103 || c === 108 || c === 107;
  }
  return canon === 'kb';
}

/**
 * text[start, end) as a string of its own: a slice of 13 characters or more may keep the whole text alive, which
 * a memo of the words of a 10 MB page must not.
 */
function copyOf(text: string, start: number, end: number): string {
  let copy = '';
  for (let k = start; k < end; k++) copy += text[k];
  return copy;
}

const memos = new WeakMap<TermTrie, WordMemo>();

/** How many words the memo for `trie` holds by number (for the test that floods it). */
export function wordsNumbered(trie: TermTrie): number {
  return memos.get(trie)?.words.length ?? 0;
}

function memoOf(root: TermTrie): WordMemo {
  let memo = memos.get(root);
  // Words a memo no longer holds keep their numbers (a page of distinct words, words read for one piece): past
  // MAX_NUMBERED_WORDS, the next passage starts a new memo (releaseTable drops it too).
  if (!memo || memo.words.length > MAX_NUMBERED_WORDS) memos.set(root, (memo = new WordMemo(root)));
  return memo;
}

/** A Greek letter as a word of its own (a Greek piece is always one letter). */
function greekWord(memo: WordMemo, text: string, i: number): number {
  const code = text.charCodeAt(i);
  let id = memo.greek.get(code);
  if (id === undefined) {
    const canon = greekName(text[i]!);
    id = memo.number(newWord(text[i]!, 0, canon, walkFromRoot(memo.root, canon), false));
    if (memo.greek.size < 512) memo.greek.set(code, id);
  }
  return id;
}

// The columns are reused from one passage to the next (recognize is never re-entered); a passage that needed more
// than KEEP_PIECES gets its own, dropped afterwards, so that one huge page does not stay in memory.
const INITIAL_PIECES = 1024;
const KEEP_PIECES = 1 << 16;

/** Word numbers a memo gives before the next passage starts a new one (words of one page it no longer holds). */
export const MAX_NUMBERED_WORDS = 1 << 16;
const INITIAL_WORDS = 4096;

const NO_WORDS: readonly Word[] = [];
const NO_NUMBERS = new Int32Array(0);

function newTable(capacity: number): PieceTable {
  return {
    count: 0,
    trie: null,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    join: new Uint8Array(capacity),
    word: new Int32Array(capacity),
    words: NO_WORDS,
    record: NO_NUMBERS,
    steps: NO_NUMBERS,
    names: NO_NUMBERS,
    resume: new Int32Array(4),
    memo: null,
  };
}

let shared = newTable(INITIAL_PIECES);

/**
 * Pieces in a window of `recognize` (see `openWindow`): a few thousand pieces, 20-30 KB of text and 57 KB of
 * columns, whatever the passage's length.
 */
export const WINDOW_PIECES = 4096;
let windowed = newTable(WINDOW_PIECES);

function grow(t: PieceTable): void {
  const capacity = t.start.length * 2;
  const start = new Int32Array(capacity);
  start.set(t.start);
  const end = new Int32Array(capacity);
  end.set(t.end);
  const kind = new Uint8Array(capacity);
  kind.set(t.kind);
  const join = new Uint8Array(capacity);
  join.set(t.join);
  t.start = start;
  t.end = end;
  t.kind = kind;
  t.join = join;
  t.word = grown(t.word, new Int32Array(capacity));
}

// Columns for a passage larger than KEEP_PIECES, for the next such passage until the collector wants the memory.
let spare: WeakRef<PieceTable> | null = null;

/** Gives the columns back after a passage: kept for the next one unless they grew past KEEP_PIECES. */
export function releaseTable(t: PieceTable): void {
  // A memo that numbered more than MAX_NUMBERED_WORDS words (a page of distinct words) is dropped with the
  // passage, so that it holds none of them afterwards.
  if (t.trie !== null && t.words.length > MAX_NUMBERED_WORDS) memos.delete(t.trie);
  t.trie = null;
  t.memo = null;
  t.words = NO_WORDS;
  t.record = t.steps = t.names = NO_NUMBERS;
  if (t.start.length <= KEEP_PIECES) return;
  if (t === shared) shared = newTable(INITIAL_PIECES);
  if (t === windowed) windowed = newTable(WINDOW_PIECES);
  spare = new WeakRef(t);
}

function tableFor(pieces: number): PieceTable {
  if (pieces <= shared.start.length) return shared;
  if (pieces <= KEEP_PIECES) return (shared = newTable(pieces));
  const big = spare?.deref();
  if (big && big.start.length >= pieces) {
    spare = null;
    return big;
  }
  return newTable(pieces);
}

// withGreekContext reads the one or two pieces before: these stand in for them, filled from the columns.
const prevPiece: Piece = { start: 0, end: 0, kind: KIND_LATIN, join: JOIN_HARD, canon: '' };
const prevPrevPiece: Piece = { start: 0, end: 0, kind: KIND_LATIN, join: JOIN_HARD, canon: '' };
function asPiece(t: PieceTable, memo: WordMemo, p: number, into: Piece): Piece {
  into.start = t.start[p]!;
  into.end = t.end[p]!;
  into.kind = t.kind[p]! as Kind;
  into.join = t.join[p]! as Join;
  into.canon = memo.words[t.word[p]!]!.canon;
  return into;
}

/**
 * The pieces of `text`, exactly as `scanPieces(text)` gives them (same offsets, kinds, joins and spellings), with
 * where each spelling leads from `root`. The columns are shared: read them before the next call, then
 * `releaseTable`.
 */
export function scanTable(text: string, root: TermTrie): PieceTable {
  // English prose has a piece every six characters or so: columns for a fifth of the length rarely grow.
  const t = tableFor(Math.ceil(text.length / 5) + 16);
  startScan(t, root);
  scanOn(t, text, 0x7fffffff);
  return t;
}

function startScan(t: PieceTable, root: TermTrie): void {
  t.trie = root;
  t.memo = memoOf(root);
  t.count = 0;
  t.resume[0] = 0;
  t.resume[1] = JOIN_HARD;
  t.resume[2] = 0;
  t.resume[3] = 0;
}

/** Scans on until `t` holds `stop` pieces or the text ends, with the memo's columns as the scan left them. */
function scanOn(t: PieceTable, text: string, stop: number): void {
  const memo = t.memo!;
  t.count = scanInto(t, text, memo, stop);
  // Numbering words may have grown the memo's columns.
  t.words = memo.words;
  t.record = memo.record;
  t.steps = memo.steps;
  t.names = memo.names;
}

/**
 * Columns for reading `text` a window at a time (`scanWindow`, `slideWindow`), `pieces` at first. Columns for a
 * whole passage grew with it: 27.5 MB of typed arrays for a 10 MB text, against 0.2 MB read a window at a time
 * (docs/decisions/0013-recognition-fast-path.md, session 9). Read each window before the next call, then
 * `releaseTable`.
 */
export function openWindow(root: TermTrie, pieces = WINDOW_PIECES): PieceTable {
  const t = pieces === WINDOW_PIECES ? windowed : newTable(pieces);
  startScan(t, root);
  return t;
}

/** Scans on until the window is full or the text ends; whether it ended. */
export function scanWindow(t: PieceTable, text: string): boolean {
  scanOn(t, text, t.start.length);
  return t.resume[0]! >= text.length;
}

/**
 * The last piece of the window after a hard join (one no name spans), past its first: the names that start before
 * it are all in the window, with every piece that decides them. 0 for none.
 */
export function lastHardJoin(t: PieceTable): number {
  for (let h = t.count - 1; h > 0; h--) if (t.join[h] === JOIN_HARD) return h;
  return 0;
}

/** Moves the pieces from `from` on to the window's start, for the scan to go on after them. */
export function slideWindow(t: PieceTable, from: number): void {
  const count = t.count;
  t.start.copyWithin(0, from, count);
  t.end.copyWithin(0, from, count);
  t.kind.copyWithin(0, from, count);
  t.join.copyWithin(0, from, count);
  t.word.copyWithin(0, from, count);
  t.count = count - from;
}

/** Room for twice the pieces: a window with no hard join after its first piece (10,000 names joined by spaces). */
export function widenWindow(t: PieceTable): void {
  grow(t);
}

/**
 * Reads `text` on from where `t.resume` says into the columns of `t`, until they hold `stop` pieces or the text
 * ends, and gives the number of pieces; the caller sets the table's count. V8 compiles a long loop while it first
 * runs (on-stack replacement), before the code after it has ever run, and a property store there, with no type
 * feedback yet, made the compiled loop deoptimize at the end of scans again and again (27 times in 60 in a
 * `node --trace-deopt` run; docs/decisions/0013-recognition-fast-path.md).
 */
function scanInto(t: PieceTable, text: string, memo: WordMemo, stop: number): number {
  const root = memo.root;
  const resume = t.resume;
  let count = t.count;
  let i = resume[0]!;
  let join = resume[1]!;
  let dashes = resume[2]!;
  let spaces = resume[3]!;
  const to = text.length;
  while (i < to && count < stop) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? ASCII_CLASS[code]! : classOf(text, i);
    if (cls === CLASS_LATIN || cls === CLASS_DIGIT || cls === CLASS_OTHER_LETTER) {
      const start = i;
      let invisible = false;
      // The word's first characters packed into numbers as it is read (ASCII ones: the rest are not packed).
      let k0 = code < 128 ? code : -1;
      let k1 = 0;
      let k2 = 0;
      let k3 = 0;
      // The character that ends the word, at i, once a loop below has read it (else -1): reading a character of a
      // string costs V8 a check of how the string is kept, each time. (Taking the next piece's first character from
      // it too measured more instructions, not fewer: 565.2 M against 542.9 M in callgrind.)
      let ahead = -1;
      i++;
      if (k0 >= 0 && cls === CLASS_LATIN) {
        // Most words are ASCII letters only: read them without classifying each character or counting where it
        // goes, PACKED_CHARS at a time into k0 to k3, the rest only passed over. (One loop over the four parts
        // instead of a loop each took 4 % more CPU: 0.958 in `npm run bench:ab`.)
        let c = 0;
        let packTo = start + PACKED_CHARS < to ? start + PACKED_CHARS : to;
        while (i < packTo && (((c = text.charCodeAt(i)) | 32) - 97) >>> 0 < 26) {
          k0 = (k0 << 7) | c;
          i++;
        }
        // Each loop that stops before its bound has read the character that ends the word: kept in `ahead`.
        if (i < packTo) ahead = c;
        else {
          packTo = start + 2 * PACKED_CHARS < to ? start + 2 * PACKED_CHARS : to;
          while (i < packTo && (((c = text.charCodeAt(i)) | 32) - 97) >>> 0 < 26) {
            k1 = (k1 << 7) | c;
            i++;
          }
          if (i < packTo) ahead = c;
          else {
            packTo = start + 3 * PACKED_CHARS < to ? start + 3 * PACKED_CHARS : to;
            while (i < packTo && (((c = text.charCodeAt(i)) | 32) - 97) >>> 0 < 26) {
              k2 = (k2 << 7) | c;
              i++;
            }
            if (i < packTo) ahead = c;
            else {
              packTo = start + 4 * PACKED_CHARS < to ? start + 4 * PACKED_CHARS : to;
              while (i < packTo && (((c = text.charCodeAt(i)) | 32) - 97) >>> 0 < 26) {
                k3 = (k3 << 7) | c;
                i++;
              }
              if (i < packTo) ahead = c;
              else {
                while (i < to && (((c = text.charCodeAt(i)) | 32) - 97) >>> 0 < 26) i++;
                if (i < to) ahead = c;
              }
            }
          }
        }
      }
      // What ends the word above may be a letter of another alphabet, or a soft hyphen: read on character by character.
      if (cls !== CLASS_LATIN || k0 < 0 || ahead >= 128) {
        for (; i < to; i++) {
          const c = text.charCodeAt(i);
          const next = c < 128 ? ASCII_CLASS[c]! : classOf(text, i);
          if (next === cls) {
            if (c >= 128) k0 = -1;
            else if (k0 >= 0) {
              const at = i - start;
              if (at < PACKED_CHARS) k0 = (k0 << 7) | c;
              else if (at < 2 * PACKED_CHARS) k1 = (k1 << 7) | c;
              else if (at < 3 * PACKED_CHARS) k2 = (k2 << 7) | c;
              else if (at < 4 * PACKED_CHARS) k3 = (k3 << 7) | c;
            }
          }
          // A soft hyphen or zero-width character inside a word ("Inter\u00ADleukin") does not split it.
          else if (next === CLASS_INVISIBLE && i + 1 < to && classOf(text, i + 1) === cls) invisible = true;
          else break;
        }
      }
      const kind = cls === CLASS_LATIN ? KIND_LATIN : cls === CLASS_DIGIT ? KIND_DIGIT : KIND_OTHER;
      let id = -1;
      let raw = '';
      let rawLength: number;
      if (invisible) {
        raw = text.slice(start, i).replace(INVISIBLE, '');
        rawLength = raw.length;
      } else {
        rawLength = i - start;
        if (k0 > 0 && k0 < SHORT_WORDS) {
          id = memo.short[k0]!;
          if (id < 0) id = memo.addShort(copyOf(text, start, i), cls, k0);
        } else if (rawLength <= 4 * PACKED_CHARS && k0 > 0) {
          id = memo.findPacked(k0, k1, k2, k3);
          if (id < 0) id = memo.addPacked(copyOf(text, start, i), cls, k0, k1, k2, k3);
        } else if (rawLength <= MEMO_MAX_KEY) {
          let hash = HASH_SEED;
          for (let k = start; k < i; k++) hash = Math.imul(hash ^ text.charCodeAt(k), HASH_PRIME);
          id = (memo.find(text, start, i, hash) ?? memo.add(copyOf(text, start, i), cls, hash)).id;
        }
      }
      const last = count - 1;
      // The plural of a name that ends in a number (ILC2s, CD8s, Th17s) belongs to the number.
      if (
        join === JOIN_TIGHT &&
        rawLength === 1 &&
        (invisible ? raw === 's' : code === 115) &&
        last >= 0 &&
        t.kind[last] === KIND_DIGIT
      ) {
        t.end[last] = i;
        continue;
      }
      // Separate numbers, and letters spaced out one by one ("I L 1 2"), are not one name.
      if (
        join === JOIN_SOFT &&
        last >= 0 &&
        t.kind[last] === kind &&
        (kind === KIND_DIGIT || (rawLength === 1 && t.end[last]! - t.start[last]! === 1))
      )
        join = JOIN_HARD;
      if (id >= 0) {
        // "a" is a contextual word and common: read in context only after a piece that may change it (IFN-a).
        if (
          (memo.record[id * WORD_FIELDS + WORD_FLAGS]! & WORD_CONTEXTUAL) !== 0 &&
          join !== JOIN_HARD &&
          last >= 0 &&
          (memo.record[t.word[last]! * WORD_FIELDS + WORD_FLAGS]! & WORD_CHANGES_NEXT) !== 0
        ) {
          const canon = memo.words[id]!.canon;
          const prev = asPiece(t, memo, last, prevPiece);
          const prevPrev =
            prev.join !== JOIN_HARD && last >= 1 ? asPiece(t, memo, last - 1, prevPrevPiece) : undefined;
          const read = withGreekContext(canon, prev, prevPrev);
          if (read !== canon) id = memo.inContextAs(read);
        }
      } else {
        if (!invisible) raw = text.slice(start, i);
        let canon = kind === KIND_LATIN ? canonLatin(raw) : kind === KIND_DIGIT ? canonDigits(raw) : raw;
        if (kind === KIND_LATIN) {
          const prev = join === JOIN_HARD || last < 0 ? undefined : asPiece(t, memo, last, prevPiece);
          const prevPrev =
            prev && prev.join !== JOIN_HARD && last >= 1
              ? asPiece(t, memo, last - 1, prevPrevPiece)
              : undefined;
          canon = withGreekContext(canon, prev, prevPrev);
        }
        id = memo.oneOff(canon, walkFromRoot(root, canon));
      }
      if (count === t.start.length) grow(t);
      t.start[count] = start;
      t.end[count] = i;
      t.kind[count] = kind;
      t.join[count] = join;
      t.word[count] = id;
      count++;
      join = JOIN_TIGHT;
      dashes = 0;
      spaces = 0;
      // Most words end at a space, read already: passed over here as the loop would (a soft join after a word).
      if (ahead === 32) {
        spaces = 1;
        join = JOIN_SOFT;
        i++;
      }
      continue;
    }
    if (cls === CLASS_GREEK) {
      if (count === t.start.length) grow(t);
      t.start[count] = i;
      t.end[count] = i + 1;
      t.kind[count] = KIND_GREEK;
      t.join[count] = join;
      t.word[count] = greekWord(memo, text, i);
      count++;
      join = JOIN_TIGHT;
      dashes = 0;
      spaces = 0;
      i++;
      continue;
    }
    if (cls === CLASS_SPACE) {
      spaces++;
      // A name may wrap at a line end, but a run of spaces (a table cell, a layout gap) ends it.
      if (join !== JOIN_HARD) join = spaces > 3 ? JOIN_HARD : JOIN_SOFT;
    } else if (cls === CLASS_DASH) {
      dashes++;
      if (join !== JOIN_HARD) join = dashes > 1 ? JOIN_HARD : JOIN_SOFT;
    } else if (cls !== CLASS_INVISIBLE) {
      join = JOIN_HARD;
    }
    i++;
  }
  resume[0] = i;
  resume[1] = join;
  resume[2] = dashes;
  resume[3] = spaces;
  return count;
}
