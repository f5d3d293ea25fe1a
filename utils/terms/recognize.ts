import { Join, Kind, scanPieces, type Piece } from './pieces';
import { childOf, writtenAsName, type KeyTarget, type TermIndex, type TrieNode } from './term-index';

export interface TermSpan {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  ids: readonly string[];
}

function walkPiece(node: TrieNode, canon: string): TrieNode | null {
  let n: TrieNode | null = node;
  for (let i = 0; i < canon.length && n; i++) n = childOf(n, canon.charCodeAt(i));
  return n;
}

// Where each word leads from the root of an index's trie. Prose repeats its words, and most lead nowhere:
// one map look-up per word instead of a walk letter by letter.
const FROM_ROOT_MAX = 50_000;
const fromRootCache = new WeakMap<TrieNode, Map<string, TrieNode | null>>();

function walkFromRoot(root: TrieNode, canon: string): TrieNode | null {
  let cache = fromRootCache.get(root);
  if (!cache) fromRootCache.set(root, (cache = new Map()));
  let node = cache.get(canon);
  if (node === undefined) {
    node = walkPiece(root, canon);
    if (cache.size >= FROM_ROOT_MAX) cache.clear();
    cache.set(canon, node);
  }
  return node;
}

/**
 * Every known term in `text`, in reading order, with its span in the original string. One left-to-right pass:
 * at each word start the longest name wins and scanning resumes after it. A name starts and ends on word
 * boundaries (`IL-1` is not found inside `IL-10`), may span soft joins (`IL 12`, `T-cell`), and never a hard one.
 */
export function recognize(index: TermIndex, text: string): TermSpan[] {
  const pieces: Piece[] = scanPieces(text);
  const found: TermSpan[] = [];
  const n = pieces.length;
  let s = 0;
  while (s < n) {
    const first = pieces[s]!;
    if (first.join === Join.Tight || first.kind === Kind.Other) {
      s++;
      continue;
    }
    let node: TrieNode | null = index.trie;
    let bestEnd = -1;
    let best: KeyTarget | null = null;
    for (let p = s; p < n; p++) {
      const piece = pieces[p]!;
      if (p > s && piece.join === Join.Hard) break;
      node = p === s ? walkFromRoot(node, piece.canon) : walkPiece(node, piece.canon);
      if (!node) break;
      if (node.target) {
        bestEnd = p;
        best = node.target;
      }
    }
    const end = best ? pieces[bestEnd]!.end : 0;
    if (best && writtenAsName(best, text.slice(first.start, end))) {
      found.push({ start: first.start, end, ids: best.ids });
      s = bestEnd + 1;
    } else {
      s++;
    }
  }
  return found;
}
