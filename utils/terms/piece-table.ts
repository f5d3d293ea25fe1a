/**
 * The recogniser's reading of a passage: the same pieces `scanPieces` finds (pieces.ts, the one scanner normalize
 * and recognize share), kept as columns of typed arrays instead of one object per piece, each with where its
 * spelling leads from the root of the index's trie. A word the passage repeats is read once: its folded spelling
 * and trie node come from a memo looked up by the word's characters, without slicing the word out of the text.
 * This is the fast path behind `recognize` (docs/decisions/0013-recognition-fast-path.md);
 * test/utils/terms/recognize-differential.test.ts checks it against a frozen copy of the object scanner.
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
  classOf,
  greekName,
  INVISIBLE,
  Join,
  Kind,
  withGreekContext,
  type Piece,
} from './pieces';
import { childOf, type TrieNode } from './term-index';

export interface PieceTable {
  /** Pieces in the columns below; the columns may be longer. */
  count: number;
  /** Offsets in the original text, end exclusive. */
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  join: Uint8Array;
  /** Canonical spelling, as `Piece.canon`. */
  canon: string[];
  /** Where `canon` leads from the trie's root: null when no spelling starts so. */
  root: (TrieNode | null)[];
}

/** Where `canon` leads from `node`, letter by letter, or null. */
export function walkPiece(node: TrieNode, canon: string): TrieNode | null {
  let n: TrieNode | null = node;
  for (let i = 0; i < canon.length && n; i++) n = childOf(n, canon.charCodeAt(i));
  return n;
}

// Where each spelling leads from the root of an index's trie, for the words the memo below does not hold
// (a word in context: IFN-g's "g" reads "gamma"; soft hyphens; very long words). Bounded by characters too
// (utils/word-cache.ts); exported for the test that floods it.
export const fromRootCache = new WeakMap<TrieNode, WordCache<TrieNode | null>>();

export function walkFromRoot(root: TrieNode, canon: string): TrieNode | null {
  let cache = fromRootCache.get(root);
  if (!cache) fromRootCache.set(root, (cache = new WordCache(50_000, 500_000)));
  let node = cache.get(canon);
  if (node === undefined) {
    node = walkPiece(root, canon);
    cache.set(canon, node);
  }
  return node;
}

/** Slots in a memo (a power of two): prose repeats a few thousand words; a flood of distinct ones overwrites. */
const MEMO_SLOTS = 1 << 15;
const MEMO_MASK = MEMO_SLOTS - 1;
/** Longer words are not kept (none is a name's piece, and reading one again costs no more than hashing it). */
const MEMO_MAX_KEY = 32;
/** Slots tried after the first before a word takes the first's place. */
const MEMO_PROBES = 3;
// FNV-1a over UTF-16 code units.
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** What one run of characters reads as, for one trie. */
interface WordEntry {
  readonly key: string;
  readonly hash: number;
  /** The run's canonical spelling with no piece before it (withGreekContext's context-free part applied). */
  readonly canon: string;
  readonly node: TrieNode | null;
  /** A Latin run whose spelling may change with the pieces before it (`a`, `b`, `g`, `l`, `k`, `kb`). */
  readonly contextual: boolean;
}

/**
 * What runs of characters (letters of one script, or digits) read as, for one trie: open addressing over the
 * words' hashes, each slot checked character by character against the text so that no word is sliced out to be
 * looked up. At most MEMO_SLOTS words of at most MEMO_MAX_KEY characters: about a megabyte at worst.
 */
class WordMemo {
  readonly slots: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(MEMO_SLOTS).fill(undefined);

  constructor(readonly root: TrieNode) {}

  /** The entry for text[start, end) (hashed `hash`), or undefined. */
  find(text: string, start: number, end: number, hash: number): WordEntry | undefined {
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
  add(raw: string, cls: number, hash: number): WordEntry {
    let slot = hash & MEMO_MASK;
    for (let probe = 0; probe <= MEMO_PROBES; probe++) {
      if (this.slots[(slot + probe) & MEMO_MASK] === undefined) {
        slot = (slot + probe) & MEMO_MASK;
        break;
      }
    }
    let canon: string;
    let contextual = false;
    if (cls === C_LATIN) {
      canon = withGreekContext(canonLatin(raw), undefined, undefined);
      contextual = isContextual(canon);
    } else canon = cls === C_DIGIT ? canonDigits(raw) : raw;
    const entry: WordEntry = { key: raw, hash, canon, node: walkFromRoot(this.root, canon), contextual };
    this.slots[slot] = entry;
    return entry;
  }
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

const memos = new WeakMap<TrieNode, WordMemo>();
function memoOf(root: TrieNode): WordMemo {
  let memo = memos.get(root);
  if (!memo) memos.set(root, (memo = new WordMemo(root)));
  return memo;
}

const greekCanons = new Map<number, string>();
function greekCanon(text: string, i: number): string {
  const code = text.charCodeAt(i);
  let canon = greekCanons.get(code);
  if (canon === undefined) {
    canon = greekName(text[i]!);
    if (greekCanons.size < 512) greekCanons.set(code, canon);
  }
  return canon;
}

// The columns are reused from one passage to the next (recognize is never re-entered); a passage that needed more
// than KEEP_PIECES gets its own, dropped afterwards, so that one huge page does not stay in memory.
const INITIAL_PIECES = 1024;
const KEEP_PIECES = 1 << 16;

function newTable(capacity: number): PieceTable {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    join: new Uint8Array(capacity),
    canon: new Array<string>(capacity).fill(''),
    root: new Array<TrieNode | null>(capacity).fill(null),
  };
}

let shared = newTable(INITIAL_PIECES);

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
  const canon = new Array<string>(capacity).fill('');
  const root = new Array<TrieNode | null>(capacity).fill(null);
  for (let i = 0; i < t.canon.length; i++) {
    canon[i] = t.canon[i]!;
    root[i] = t.root[i]!;
  }
  t.canon = canon;
  t.root = root;
}

/** Gives the columns back after a passage: kept for the next one unless they grew past KEEP_PIECES. */
export function releaseTable(t: PieceTable): void {
  if (t === shared && t.start.length > KEEP_PIECES) shared = newTable(INITIAL_PIECES);
}

// withGreekContext reads the one or two pieces before: these stand in for them, filled from the columns.
const prevPiece: Piece = { start: 0, end: 0, kind: Kind.Latin, join: Join.Hard, canon: '' };
const prevPrevPiece: Piece = { start: 0, end: 0, kind: Kind.Latin, join: Join.Hard, canon: '' };
function asPiece(t: PieceTable, p: number, into: Piece): Piece {
  into.start = t.start[p]!;
  into.end = t.end[p]!;
  into.kind = t.kind[p]! as Kind;
  into.join = t.join[p]! as Join;
  into.canon = t.canon[p]!;
  return into;
}

/**
 * The pieces of `text`, exactly as `scanPieces(text)` gives them (same offsets, kinds, joins and spellings), with
 * where each spelling leads from `root`. The columns are shared: read them before the next call, then
 * `releaseTable`.
 */
export function scanTable(text: string, root: TrieNode): PieceTable {
  const memo = memoOf(root);
  // English prose has a piece every six characters or so: columns for a fifth of the length rarely grow.
  const wanted = Math.ceil(text.length / 5) + 16;
  const t =
    wanted <= shared.start.length
      ? shared
      : wanted <= KEEP_PIECES
        ? (shared = newTable(wanted))
        : newTable(wanted);
  let count = 0;
  let join: number = Join.Hard;
  let dashes = 0;
  let spaces = 0;
  const to = text.length;
  let i = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? ASCII[code]! : classOf(text, i);
    if (cls === C_LATIN || cls === C_DIGIT || cls === C_OTHER_LETTER) {
      const start = i;
      let invisible = false;
      let hash = Math.imul(HASH_SEED ^ code, HASH_PRIME);
      i++;
      for (; i < to; i++) {
        const c = text.charCodeAt(i);
        const next = c < 128 ? ASCII[c]! : classOf(text, i);
        if (next === cls) hash = Math.imul(hash ^ c, HASH_PRIME);
        // A soft hyphen or zero-width character inside a word ("Inter\u00ADleukin") does not split it.
        else if (next === C_INVISIBLE && i + 1 < to && classOf(text, i + 1) === cls) invisible = true;
        else break;
      }
      const kind = cls === C_LATIN ? Kind.Latin : cls === C_DIGIT ? Kind.Digit : Kind.Other;
      let entry: WordEntry | undefined;
      let raw = '';
      let rawLength: number;
      if (invisible) {
        raw = text.slice(start, i).replace(INVISIBLE, '');
        rawLength = raw.length;
      } else {
        rawLength = i - start;
        if (rawLength <= MEMO_MAX_KEY) {
          entry = memo.find(text, start, i, hash) ?? memo.add(text.slice(start, i), cls, hash);
        }
      }
      const last = count - 1;
      // The plural of a name that ends in a number (ILC2s, CD8s, Th17s) belongs to the number.
      if (
        join === Join.Tight &&
        rawLength === 1 &&
        (invisible ? raw === 's' : code === 115) &&
        last >= 0 &&
        t.kind[last] === Kind.Digit
      ) {
        t.end[last] = i;
        continue;
      }
      // Separate numbers, and letters spaced out one by one ("I L 1 2"), are not one name.
      if (
        join === Join.Soft &&
        last >= 0 &&
        t.kind[last] === kind &&
        (kind === Kind.Digit || (rawLength === 1 && t.end[last]! - t.start[last]! === 1))
      )
        join = Join.Hard;
      let canon: string;
      let node: TrieNode | null;
      if (entry !== undefined) {
        canon = entry.canon;
        node = entry.node;
        if (entry.contextual && join !== Join.Hard && last >= 0) {
          const prev = asPiece(t, last, prevPiece);
          const prevPrev =
            prev.join !== Join.Hard && last >= 1 ? asPiece(t, last - 1, prevPrevPiece) : undefined;
          const read = withGreekContext(canon, prev, prevPrev);
          if (read !== canon) {
            canon = read;
            node = walkFromRoot(root, canon);
          }
        }
      } else {
        if (!invisible) raw = text.slice(start, i);
        canon = kind === Kind.Latin ? canonLatin(raw) : kind === Kind.Digit ? canonDigits(raw) : raw;
        if (kind === Kind.Latin) {
          const prev = join === Join.Hard || last < 0 ? undefined : asPiece(t, last, prevPiece);
          const prevPrev =
            prev && prev.join !== Join.Hard && last >= 1 ? asPiece(t, last - 1, prevPrevPiece) : undefined;
          canon = withGreekContext(canon, prev, prevPrev);
        }
        node = walkFromRoot(root, canon);
      }
      if (count === t.start.length) grow(t);
      t.start[count] = start;
      t.end[count] = i;
      t.kind[count] = kind;
      t.join[count] = join;
      t.canon[count] = canon;
      t.root[count] = node;
      count++;
      join = Join.Tight;
      dashes = 0;
      spaces = 0;
      continue;
    }
    if (cls === C_GREEK) {
      const canon = greekCanon(text, i);
      if (count === t.start.length) grow(t);
      t.start[count] = i;
      t.end[count] = i + 1;
      t.kind[count] = Kind.Greek;
      t.join[count] = join;
      t.canon[count] = canon;
      t.root[count] = walkFromRoot(root, canon);
      count++;
      join = Join.Tight;
      dashes = 0;
      spaces = 0;
      i++;
      continue;
    }
    if (cls === C_SPACE) {
      spaces++;
      // A name may wrap at a line end, but a run of spaces (a table cell, a layout gap) ends it.
      if (join !== Join.Hard) join = spaces > 3 ? Join.Hard : Join.Soft;
    } else if (cls === C_DASH) {
      dashes++;
      if (join !== Join.Hard) join = dashes > 1 ? Join.Hard : Join.Soft;
    } else if (cls !== C_INVISIBLE) {
      join = Join.Hard;
    }
    i++;
  }
  t.count = count;
  return t;
}
