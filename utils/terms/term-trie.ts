/**
 * The character trie a passage is scanned against, in three typed arrays instead of one object per node: nodes
 * are numbered breadth first, so the children of node n are the consecutive nodes `first[n]` to `first[n + 1] - 1`,
 * sorted by the character that leads to each (`code`). A node's target is a number into the index's table of
 * targets (`nodeTarget`, -1 for none). At 100,000 glossary entries this is a few megabytes where the object trie was
 * tens, it goes into the term index's snapshot as it is, and a restored index needs no trie build
 * (docs/decisions/0013-recognition-fast-path.md).
 */
import type { KeyTarget } from './term-index';

/** The parts of a trie that a snapshot stores (structured-clone friendly). */
export interface TrieArrays {
  /** Per node, plus one at the end: where its children start. */
  readonly first: Int32Array;
  /** Per node: the character (UTF-16 code unit) that leads to it; 0 for the root. */
  readonly code: Uint16Array;
  /** Per node: its target's number, or -1. */
  readonly nodeTarget: Int32Array;
}

/**
 * A node of the trie as an object, for the code that walks it that way (the frozen reference recogniser in
 * test/utils/terms/reference). The fast path walks node numbers (`TermTrie.child`).
 */
export interface TrieNode {
  readonly trie: TermTrie;
  /** The node's number. */
  readonly n: number;
  readonly target: KeyTarget | null;
}

/** Children of a node beyond which a look-up halves the range instead of reading it in order. */
const LINEAR_CHILDREN = 8;

export class TermTrie implements TrieNode, TrieArrays {
  /** The trie is its root node. */
  readonly trie: TermTrie = this;
  readonly n = 0;
  /** The root's child for each ASCII character, or -1: most words start with one. */
  readonly rootAscii = new Int32Array(128).fill(-1);
  /**
   * Per node, one bit for each character one of its children is reached by, folded to 32 (bit c & 31): a clear
   * bit says no child is reached by c, so a walk that would go on with c ends without a look-up. In prose, most
   * walks end on the first character of the next word ("the" + "tumour"): `firstBit` of piece-table.ts.
   */
  readonly childMask: Int32Array;
  private views: (TrieNode | undefined)[] | undefined;
  private idsByTarget: (readonly string[] | null | undefined)[] | undefined;

  constructor(
    readonly first: Int32Array,
    readonly code: Uint16Array,
    readonly nodeTarget: Int32Array,
    /** Target number → target (a restored index makes each on first use). */
    readonly targetAt: (t: number) => KeyTarget,
  ) {
    for (let k = first[0]!; k < first[1]!; k++) if (code[k]! < 128) this.rootAscii[code[k]!] = k;
    const nodes = code.length;
    this.childMask = new Int32Array(nodes);
    for (let n = 0; n < nodes; n++) {
      let mask = 0;
      for (let k = first[n]!; k < first[n + 1]!; k++) mask |= 1 << (code[k]! & 31);
      this.childMask[n] = mask;
    }
  }

  get nodes(): number {
    return this.code.length;
  }

  /** The root's target (none, unless some name is spelled with no characters). */
  get target(): KeyTarget | null {
    return this.targetOf(0);
  }

  /** The target of node `n`, or null. */
  targetOf(n: number): KeyTarget | null {
    const t = this.nodeTarget[n]!;
    return t < 0 ? null : this.targetAt(t);
  }

  /**
   * The entries target number `t` names, or null for a phrase that is no term: each read once from its target, so
   * that a name found costs the recogniser one look in a dense array, not a visit to the target and its list.
   */
  idsOf(t: number): readonly string[] | null {
    let byTarget = this.idsByTarget;
    if (byTarget === undefined) {
      let targets = 0;
      for (const target of this.nodeTarget) if (target >= targets) targets = target + 1;
      this.idsByTarget = byTarget = new Array<readonly string[] | null | undefined>(targets).fill(undefined);
    }
    let ids = byTarget[t];
    if (ids === undefined) {
      const all = this.targetAt(t).ids;
      byTarget[t] = ids = all.length > 0 ? all : null;
    }
    return ids;
  }

  /** The child of node `n` reached by character `c`, or -1. */
  child(n: number, c: number): number {
    if (n === 0 && c < 128) return this.rootAscii[c]!;
    const code = this.code;
    let lo = this.first[n]!;
    let hi = this.first[n + 1]!;
    if (hi - lo <= LINEAR_CHILDREN) {
      for (; lo < hi; lo++) {
        const k = code[lo]!;
        if (k === c) return lo;
        if (k > c) return -1;
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (code[mid]! < c) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.first[n + 1]! && code[lo] === c ? lo : -1;
  }

  /** Where `spelling` leads from node `n`, character by character, or -1. */
  walk(n: number, spelling: string): number {
    let node = n;
    for (let i = 0; i < spelling.length && node >= 0; i++) node = this.child(node, spelling.charCodeAt(i));
    return node;
  }

  /** Node `n` as an object (one per node, made on first use). */
  view(n: number): TrieNode {
    if (n === 0) return this;
    this.views ??= [];
    let v = this.views[n];
    if (!v) {
      v = new NodeView(this, n);
      this.views[n] = v;
    }
    return v;
  }
}

class NodeView implements TrieNode {
  constructor(
    readonly trie: TermTrie,
    readonly n: number,
  ) {}

  get target(): KeyTarget | null {
    return this.trie.targetOf(this.n);
  }
}

/** The child of `node` reached by `code`, or null (the object walk of `TrieNode`). */
export function childOf(node: TrieNode, code: number): TrieNode | null {
  const c = node.trie.child(node.n, code);
  return c < 0 ? null : node.trie.view(c);
}

/**
 * The trie of `spellings`, each leading to the target number beside it (a spelling given twice keeps the last:
 * a Map keeps the value last set). Sorted spellings make the breadth-first numbering in one pass: a node's
 * spellings are a run of the sorted list, a spelling that ends at the node comes first in its run, and the run
 * splits into its children's by the next character. The spellings are copied into one array of characters first,
 * so that the passes over them read memory in order.
 */
export function trieArraysOf(spellings: ReadonlyMap<string, number>): TrieArrays {
  const keys = [...spellings.keys()].sort();
  const count = keys.length;
  let chars = 0;
  for (const k of keys) chars += k.length;
  const text = new Uint16Array(chars);
  // Where each spelling starts in `text`, and one more: the end of the last.
  const at = new Int32Array(count + 1);
  const keyTarget = new Int32Array(count);
  // One node per distinct prefix: each spelling adds the characters it does not share with the one before it.
  let nodes = 1;
  for (let i = 0, pos = 0; i < count; i++) {
    const k = keys[i]!;
    at[i] = pos;
    for (let j = 0; j < k.length; j++) text[pos + j] = k.charCodeAt(j);
    keyTarget[i] = spellings.get(k)!;
    let shared = 0;
    if (i > 0) {
      const before = at[i - 1]!;
      const most = Math.min(k.length, pos - before);
      while (shared < most && text[before + shared] === text[pos + shared]) shared++;
    }
    nodes += k.length - shared;
    pos += k.length;
  }
  at[count] = chars;
  const first = new Int32Array(nodes + 1);
  const code = new Uint16Array(nodes);
  const nodeTarget = new Int32Array(nodes).fill(-1);
  // Per node waiting its turn: its run of spellings and its depth.
  const runFrom = new Int32Array(nodes);
  const runTo = new Int32Array(nodes);
  const depth = new Int32Array(nodes);
  runTo[0] = count;
  let made = 1;
  for (let n = 0; n < made; n++) {
    let lo = runFrom[n]!;
    const hi = runTo[n]!;
    const d = depth[n]!;
    first[n] = made;
    if (lo < hi && at[lo + 1]! - at[lo]! === d) nodeTarget[n] = keyTarget[lo++]!;
    while (lo < hi) {
      const c = text[at[lo]! + d]!;
      let to = lo + 1;
      while (to < hi && text[at[to]! + d] === c) to++;
      code[made] = c;
      runFrom[made] = lo;
      runTo[made] = to;
      depth[made] = d + 1;
      made++;
      lo = to;
    }
  }
  first[nodes] = nodes;
  return { first, code, nodeTarget };
}

/**
 * Whether `a` are the arrays of a trie as `trieArraysOf` makes them, with targets below `targets`: every child
 * numbered after its parent, the runs of children in order and in range, the children of a node sorted. A snapshot
 * that fails is refused, so a damaged one can neither loop nor read out of range.
 */
export function isTrie(a: TrieArrays, targets: number): boolean {
  const nodes = a.code.length;
  if (nodes < 1 || a.first.length !== nodes + 1 || a.nodeTarget.length !== nodes) return false;
  if (a.first[0] !== 1 || a.first[nodes] !== nodes) return false;
  for (let n = 0; n < nodes; n++) {
    const from = a.first[n]!;
    const to = a.first[n + 1]!;
    if (from <= n || to < from || to > nodes) return false;
    for (let k = from + 1; k < to; k++) if (a.code[k - 1]! >= a.code[k]!) return false;
    const t = a.nodeTarget[n]!;
    if (t < -1 || t >= targets) return false;
  }
  return true;
}
