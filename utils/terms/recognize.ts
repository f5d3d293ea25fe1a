import { endsName } from './name-end';
import {
  lastHardJoin,
  openWindow,
  releaseTable,
  scanTable,
  scanWindow,
  slideWindow,
  stepWith,
  widenWindow,
  WINDOW_PIECES,
  type PieceTable,
  type Word,
} from './piece-table';
import { Join, Kind } from './pieces';
import { readName, Reading, type TermIndex } from './term-index';
import type { TermTrie } from './term-trie';

// Local copies of the imported constants the loops below read per character and per piece. Where the modules are
// turned into CommonJS one file at a time (tsx outside a `"type": "module"` package), an imported binding is a
// getter on the other module's exports, read each time: a profile put a fifth of the time there. As ES modules
// the copies measured 2-5 % less CPU (docs/decisions/0013-recognition-fast-path.md).
const JOIN_HARD = Join.Hard;
const JOIN_TIGHT = Join.Tight;
const KIND_OTHER = Kind.Other;
const READING_NEEDS_CONTEXT = Reading.NeedsContext;
const READING_NO = Reading.No;

/** Second words remembered per first word (how many ways a page writes names that start with it). */
const MAX_PAIRS = 64;

// The memo of trie walks from the root lives with the scanner now; exported here for the test that floods it.
export { fromRootCache } from './piece-table';

export interface TermSpan {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  /** None only for a phrase that holds a name but is no term ("signal transduction"), kept when asked for. */
  ids: readonly string[];
  /** The name often means something else (DC, TAM): name it only with support from the text around it. */
  needsContext?: true;
}

/** Whether some name of the index starts at piece `s` (whole or not): for "PD-1–PD-L1", the second term. */
function startsName(t: PieceTable, s: number): boolean {
  const trie = t.trie!;
  let node = t.node[t.word[s]!]!;
  for (let p = s; node >= 0;) {
    const target = trie.targetOf(node);
    if (target && target.ids.length > 0) return true;
    if (++p >= t.count || t.join[p] === JOIN_HARD) return false;
    node = stepWith(t, node, t.word[p]!);
  }
  return false;
}

/**
 * Every known term in `text`, in reading order, with its span in the original string. One left-to-right pass:
 * at each word start the longest name that ends a whole token (see `endsName`) and is written as the name wins
 * (see `readName`), and scanning resumes after it. A name starts and ends on word boundaries (`IL-1` is not found
 * inside `IL-10`, `IL-6` not inside `IL6R`), may span soft joins (`IL 12`, `T-cell`), and never a hard one.
 * Spans of names that need context are marked; `withNotTerms` keeps the phrases that are no term, with no ids.
 */
export function recognize(index: TermIndex, text: string, withNotTerms = false): TermSpan[] {
  return recognizeByWindows(index, text, withNotTerms, WINDOW_PIECES);
}

/**
 * `recognize`, reading the text a window of about `pieces` pieces at a time: the names that start before the
 * window's last hard join are read, and the window slides on to that piece. No name spans a hard join, and nothing
 * that decides a name (its pieces, the piece after it, the word and the term that follow a hyphen) lies past the
 * next one, so the spans are the same whatever the window's size; exported for the tests that make it small.
 */
export function recognizeByWindows(
  index: TermIndex,
  text: string,
  withNotTerms: boolean,
  pieces: number,
): TermSpan[] {
  const found: TermSpan[] = [];
  const t = openWindow(index.trie, pieces);
  try {
    for (;;) {
      const ended = scanWindow(t, text);
      const upTo = ended ? t.count : lastHardJoin(t);
      if (upTo === 0 && !ended) {
        widenWindow(t);
        continue;
      }
      recognizeIn(t, index.trie, text, withNotTerms, upTo, found);
      if (ended) return found;
      slideWindow(t, upTo);
    }
  } finally {
    releaseTable(t);
  }
}

/** Adds to `found` the names that start before piece `upTo` of `t`. */
function recognizeIn(
  t: PieceTable,
  trie: TermTrie,
  text: string,
  withNotTerms: boolean,
  upTo: number,
  found: TermSpan[],
): void {
  const n = t.count;
  const { start, end, join, kind, word, words, node: wordNode } = t;
  const nodeTarget = trie.nodeTarget;
  // The names met along one walk, shortest first (their last pieces and nodes): the longest that ends a whole
  // token wins.
  const ends: number[] = [];
  const nodes: number[] = [];
  let s = 0;
  while (s < upTo) {
    let node = wordNode[word[s]!]!;
    // Most words lead nowhere from the root: one look at the columns, and on to the next.
    if (node < 0 || join[s] === JOIN_TIGHT || kind[s] === KIND_OTHER) {
      s++;
      continue;
    }
    let met = 0;
    for (let p = s; ;) {
      if (nodeTarget[node]! >= 0) {
        ends[met] = p;
        nodes[met++] = node;
      }
      if (++p >= n || join[p] === JOIN_HARD) break;
      // The step remembered for this node and word (see PieceTable.steps), or a walk.
      const next = stepWith(t, node, word[p]!);
      if (next < 0) break;
      node = next;
    }
    if (met === 0) {
      s++;
      continue;
    }
    const first = start[s]!;
    const w = words[word[s]!]!;
    let matched = -1;
    for (let c = met - 1; c >= 0; c--) {
      const p = ends[c]!;
      if (!endsName(text, t, p, startsName)) continue;
      const target = trie.targetOf(nodes[c]!)!;
      const last = end[p]!;
      // A name met as one word as the memo holds it: its reading is the word's, read once.
      let reading: Reading;
      if (p === s && w.key.length === last - first) {
        if (w.reading < 0) w.reading = readName(target, w.key);
        reading = w.reading as Reading;
      } else if (
        p === s + 1 &&
        w.key.length === end[s]! - first &&
        words[word[p]!]!.key.length === last - start[p]!
      ) {
        // A name of two words as the memo holds them (IL-12, T cells): read once per pair of words.
        const second = words[word[p]!]!;
        let pairs = w.pairs;
        if (pairs === null) w.pairs = pairs = new Map<Word, number>();
        let pair = pairs.get(second);
        if (pair === undefined) {
          pair = readName(target, text.slice(first, last));
          // Bounded: a page of made-up spellings ("T cElls", "T CeLLs", …) must not grow one word's map forever.
          if (pairs.size < MAX_PAIRS) pairs.set(second, pair);
        }
        reading = pair as Reading;
      } else reading = readName(target, text.slice(first, last));
      if (reading === READING_NO) continue;
      if (target.ids.length > 0 || withNotTerms)
        found.push(
          reading === READING_NEEDS_CONTEXT
            ? { start: first, end: last, ids: target.ids, needsContext: true }
            : { start: first, end: last, ids: target.ids },
        );
      matched = p;
      break;
    }
    s = matched >= 0 ? matched + 1 : s + 1;
  }
}

/**
 * Whether `text.slice(start, end)` is whole tokens of `text` by the same rule as `recognize`: "transduction" in
 * "phototransduction" is not, nor "IL6" in "IL6ST" or "CCR4" in "CCR4-NOT"; "PD-1" in "anti-PD-1" is.
 */
export function isWholeTokens(index: TermIndex, text: string, start: number, end: number): boolean {
  const t = scanTable(text, index.trie);
  try {
    let first = 0;
    while (first < t.count && t.end[first]! <= start) first++;
    if (first === t.count || t.start[first]! < start || t.join[first] === JOIN_TIGHT) return false;
    let last = -1;
    for (let p = first; p < t.count && t.end[p]! <= end; p++) last = p;
    if (last < 0) return false;
    // What follows the last piece inside the selection, up to its end, is punctuation: "Interleukin-12 (IL-12)".
    if (last + 1 < t.count && t.start[last + 1]! < end) return false;
    return endsName(text, t, last, startsName);
  } finally {
    releaseTable(t);
  }
}
