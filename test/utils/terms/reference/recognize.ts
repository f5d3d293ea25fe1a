// Frozen copy of utils/terms/recognize.ts at 2f13460 (the recogniser before its fast path, docs/decisions/0013): the
// reference that test/utils/terms/recognize-differential.test.ts and `npm run bench` compare the fast path with.
// Never edit it to follow a change in utils/terms: a change of results must show up as a difference there.

import { endsName } from './name-end';
import { Join, Kind, scanPieces, type Piece } from './pieces';
import { WordCache } from '@/utils/word-cache';
import {
  childOf,
  readName,
  Reading,
  type KeyTarget,
  type TermIndex,
  type TrieNode,
} from '@/utils/terms/term-index';

export interface TermSpan {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  /** None only for a phrase that holds a name but is no term ("signal transduction"), kept when asked for. */
  ids: readonly string[];
  /** The name often means something else (DC, TAM): name it only with support from the text around it. */
  needsContext?: true;
}

function walkPiece(node: TrieNode, canon: string): TrieNode | null {
  let n: TrieNode | null = node;
  for (let i = 0; i < canon.length && n; i++) n = childOf(n, canon.charCodeAt(i));
  return n;
}

// Where each word leads from the root of an index's trie. Prose repeats its words, and most lead nowhere:
// one map look-up per word instead of a walk letter by letter. Bounded by characters too (utils/word-cache.ts);
// exported for the test that floods it.
export const fromRootCache = new WeakMap<TrieNode, WordCache<TrieNode | null>>();

function walkFromRoot(root: TrieNode, canon: string): TrieNode | null {
  let cache = fromRootCache.get(root);
  if (!cache) fromRootCache.set(root, (cache = new WordCache(50_000, 500_000)));
  let node = cache.get(canon);
  if (node === undefined) {
    node = walkPiece(root, canon);
    cache.set(canon, node);
  }
  return node;
}

/** Whether some name of the index starts at piece `s` (whole or not): for "PD-1–PD-L1", the second term. */
function startsName(index: TermIndex, pieces: readonly Piece[], s: number): boolean {
  let node: TrieNode | null = index.trie;
  for (let p = s; p < pieces.length; p++) {
    if (p > s && pieces[p]!.join === Join.Hard) return false;
    node = p === s ? walkFromRoot(node, pieces[p]!.canon) : walkPiece(node, pieces[p]!.canon);
    if (!node) return false;
    if (node.target && node.target.ids.length > 0) return true;
  }
  return false;
}

// One test per index, made once: a closure made inside `recognize` would move its locals out of registers.
const termStarts = new WeakMap<TermIndex, (pieces: readonly Piece[], q: number) => boolean>();
function termStartOf(index: TermIndex): (pieces: readonly Piece[], q: number) => boolean {
  let test = termStarts.get(index);
  if (!test) termStarts.set(index, (test = (pieces, q) => startsName(index, pieces, q)));
  return test;
}

/**
 * Every known term in `text`, in reading order, with its span in the original string. One left-to-right pass:
 * at each word start the longest name that ends a whole token (see `endsName`) and is written as the name wins
 * (see `readName`), and scanning resumes after it. A name starts and ends on word boundaries (`IL-1` is not found
 * inside `IL-10`, `IL-6` not inside `IL6R`), may span soft joins (`IL 12`, `T-cell`), and never a hard one.
 * Spans of names that need context are marked; `withNotTerms` keeps the phrases that are no term, with no ids.
 */
export function recognize(index: TermIndex, text: string, withNotTerms = false): TermSpan[] {
  const pieces: Piece[] = scanPieces(text);
  const found: TermSpan[] = [];
  const n = pieces.length;
  const startsTerm = termStartOf(index);
  // The names met along one walk, shortest first: the longest that ends a whole token wins.
  const ends: number[] = [];
  const targets: KeyTarget[] = [];
  let s = 0;
  while (s < n) {
    const first = pieces[s]!;
    if (first.join === Join.Tight || first.kind === Kind.Other) {
      s++;
      continue;
    }
    let node: TrieNode | null = index.trie;
    let met = 0;
    for (let p = s; p < n; p++) {
      const piece = pieces[p]!;
      if (p > s && piece.join === Join.Hard) break;
      node = p === s ? walkFromRoot(node, piece.canon) : walkPiece(node, piece.canon);
      if (!node) break;
      if (node.target) {
        ends[met] = p;
        targets[met++] = node.target;
      }
    }
    if (met === 0) {
      s++;
      continue;
    }
    let matched = -1;
    for (let c = met - 1; c >= 0; c--) {
      const p = ends[c]!;
      if (!endsName(text, pieces, p, startsTerm)) continue;
      const target = targets[c]!;
      const end = pieces[p]!.end;
      const reading = readName(target, text.slice(first.start, end));
      if (reading === Reading.No) continue;
      if (target.ids.length > 0 || withNotTerms)
        found.push(
          reading === Reading.NeedsContext
            ? { start: first.start, end, ids: target.ids, needsContext: true }
            : { start: first.start, end, ids: target.ids },
        );
      matched = p;
      break;
    }
    s = matched >= 0 ? matched + 1 : s + 1;
  }
  return found;
}

/**
 * Whether `text.slice(start, end)` is whole tokens of `text` by the same rule as `recognize`: "transduction" in
 * "phototransduction" is not, nor "IL6" in "IL6ST" or "CCR4" in "CCR4-NOT"; "PD-1" in "anti-PD-1" is.
 */
export function isWholeTokens(index: TermIndex, text: string, start: number, end: number): boolean {
  const pieces = scanPieces(text);
  const first = pieces.findIndex((p) => p.end > start);
  if (first < 0 || pieces[first]!.start < start || pieces[first]!.join === Join.Tight) return false;
  let last = -1;
  for (let p = first; p < pieces.length && pieces[p]!.end <= end; p++) last = p;
  if (last < 0) return false;
  // What follows the last piece inside the selection, up to its end, is punctuation: "Interleukin-12 (IL-12)".
  if (last + 1 < pieces.length && pieces[last + 1]!.start < end) return false;
  return endsName(text, pieces, last, termStartOf(index));
}
