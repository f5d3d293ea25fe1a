import { endsName } from './name-end';
import {
  lastHardJoin,
  openWindow,
  releaseTable,
  scanTable,
  scanWindow,
  slideWindow,
  keepReading,
  keepRunReading,
  NAME_WORDS,
  readingOf,
  readRun,
  runReading,
  stepPast,
  stepWith,
  widenWindow,
  WINDOW_PIECES,
  WORD_CHILD_MASK,
  WORD_FIELDS,
  WORD_FIRST_BIT,
  WORD_FLAGS,
  WORD_KEY_SHIFT,
  WORD_NAMES,
  WORD_NODE,
  type PieceTable,
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
const FIELDS = WORD_FIELDS;
const NODE = WORD_NODE;
const FIRST_BIT = WORD_FIRST_BIT;
const CHILD_MASK = WORD_CHILD_MASK;
const FLAGS = WORD_FLAGS;
const NAMES = WORD_NAMES;
const KEY_SHIFT = WORD_KEY_SHIFT;
const NAME_PIECES = NAME_WORDS;

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
  let node = t.record[t.word[s]! * FIELDS + NODE]!;
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
  const { start, end, join, kind, word, words, record } = t;
  const nodeTarget = trie.nodeTarget;
  // The names met along one walk, shortest first (their last pieces and nodes): the longest that ends a whole
  // token wins.
  const ends: number[] = [];
  const nodes: number[] = [];
  let s = 0;
  while (s < upTo) {
    const at = word[s]! * FIELDS;
    let node = record[at + NODE]!;
    // Most words lead nowhere from the root: one look at the columns, and on to the next.
    if (node < 0 || join[s] === JOIN_TIGHT || kind[s] === KIND_OTHER) {
      s++;
      continue;
    }
    let met = 0;
    // The first word's record says whether its node ends a name and which first characters may follow it, so
    // that most walks read nothing of the trie (decision 0013).
    if ((record[at + FLAGS]! & NAMES) !== 0) {
      ends[0] = s;
      nodes[0] = node;
      met = 1;
    }
    let p = s + 1;
    if (
      p < n &&
      join[p] !== JOIN_HARD &&
      (record[at + CHILD_MASK]! & record[word[p]! * FIELDS + FIRST_BIT]!) !== 0
    ) {
      // The step remembered for this node and word (see PieceTable.steps), or a walk.
      for (let next = stepPast(t, node, word[p]!); next >= 0; next = stepWith(t, node, word[p]!)) {
        node = next;
        if (nodeTarget[node]! >= 0) {
          ends[met] = p;
          nodes[met++] = node;
        }
        if (++p >= n || join[p] === JOIN_HARD) break;
      }
    }
    if (met === 0) {
      s++;
      continue;
    }
    const first = start[s]!;
    // The first word's length as the memo holds it, from its record (its object is read only to read a name).
    const keyLength = record[at + FLAGS]! >>> KEY_SHIFT;
    let matched = -1;
    for (let c = met - 1; c >= 0; c--) {
      const p = ends[c]!;
      if (!endsName(text, t, p, startsName)) continue;
      // The target's number: the target itself is visited only to read a name the first time.
      const target = nodeTarget[nodes[c]!]!;
      const last = end[p]!;
      let reading: Reading;
      if (p === s && keyLength === last - first) {
        // A name met as one word as the memo holds it: its reading is the word's, read once.
        reading = readingOf(t, word[s]!);
        if (reading < 0)
          reading = keepReading(t, word[s]!, readName(trie.targetAt(target), words[word[s]!]!.key));
      } else if (p - s < NAME_PIECES && readRun(t, s, p)) {
        // A name of a few words as the memo holds them (IL-12, T cells, PD-L1): read once per run of words.
        reading = runReading(t);
        if (reading < 0)
          reading = keepRunReading(t, readName(trie.targetAt(target), text.slice(first, last)));
      } else reading = readName(trie.targetAt(target), text.slice(first, last));
      if (reading === READING_NO) continue;
      const ids = trie.idsOf(target);
      if (ids !== null || withNotTerms) {
        const named = ids ?? trie.targetAt(target).ids;
        found.push(
          reading === READING_NEEDS_CONTEXT
            ? { start: first, end: last, ids: named, needsContext: true }
            : { start: first, end: last, ids: named },
        );
      }
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
