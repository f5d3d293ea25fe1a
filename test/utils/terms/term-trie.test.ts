import { describe, expect, it } from 'vitest';
import type { KeyTarget } from '@/utils/terms/term-index';
import { childOf, isTrie, TermTrie, trieArraysOf, type TrieArrays } from '@/utils/terms/term-trie';

const target = (id: string): KeyTarget => ({
  ids: [id],
  exact: null,
  anyCase: true,
  anyContext: false,
  capitalsOnly: false,
  shortSpellings: new Set(),
});

/** Every prefix of every spelling, and the spellings themselves. */
const prefixes = (spellings: Iterable<string>) =>
  new Set([...spellings].flatMap((s) => Array.from({ length: s.length + 1 }, (_, i) => s.slice(0, i))));

function trieOf(spellings: Map<string, number>, targets: KeyTarget[]): TermTrie {
  const a = trieArraysOf(spellings);
  return new TermTrie(a.first, a.code, a.nodeTarget, (t) => targets[t]!);
}

// Shared prefixes, a spelling that is a prefix of another, Greek and other non-ASCII characters, a node with
// more children than are read in order (the 26 letters after "x"), and a spelling given twice (the last wins).
const words = ['il12', 'il1', 'il12rb', 'il2', 'ifngamma', 'ifnα', 'cd8', 'cd4', 'tnf', 'ß', 'γδ', 'ωx', 'a'];
for (let c = 97; c < 123; c++) words.push('x' + String.fromCharCode(c));
const targets = words.map(target);
const spellings = new Map(words.map((w, i) => [w, i]));
spellings.set('il2', 0);
const trie = trieOf(spellings, targets);

describe('the typed trie', () => {
  it('leads each spelling to its target, and a spelling given twice to the last given', () => {
    for (const [spelling, t] of spellings) {
      const node = trie.walk(0, spelling);
      expect(node, spelling).toBeGreaterThan(0);
      expect(trie.targetOf(node), spelling).toBe(targets[t]);
    }
    expect(trie.targetOf(trie.walk(0, 'il2'))).toBe(targets[0]);
  });

  it('has a node for every prefix and nothing else, one node per prefix', () => {
    const all = prefixes(spellings.keys());
    expect(trie.nodes).toBe(all.size);
    for (const p of all) {
      const node = trie.walk(0, p);
      expect(node, p).toBeGreaterThanOrEqual(0);
      if (!spellings.has(p)) expect(trie.targetOf(node), p).toBeNull();
    }
    for (const miss of ['il3', 'il12rbx', 'b', 'xA', 'x{', 'ifnβ', 'γ€', 'ω', '\u0000']) {
      expect(all.has(miss)).toBe(miss === 'ω');
      if (!all.has(miss)) expect(trie.walk(0, miss), miss).toBe(-1);
    }
    expect(trie.walk(0, '')).toBe(0);
  });

  it('numbers nodes breadth first, each node’s children consecutive and sorted', () => {
    expect(isTrie(trie, targets.length)).toBe(true);
    for (let n = 0; n < trie.nodes; n++)
      for (let k = trie.first[n]!; k < trie.first[n + 1]!; k++) {
        expect(k).toBeGreaterThan(n);
        expect(trie.child(n, trie.code[k]!)).toBe(k);
      }
    // The root's children by the ASCII table and by the sorted run agree.
    for (let c = 0; c < 200; c++) {
      let found = -1;
      for (let k = trie.first[0]!; k < trie.first[1]!; k++) if (trie.code[k] === c) found = k;
      expect(trie.child(0, c)).toBe(found);
    }
  });

  it('walks the same as objects (the frozen reference walks it so)', () => {
    for (const spelling of [...prefixes(spellings.keys()), 'il3', 'xyz']) {
      let node: ReturnType<typeof childOf> = trie;
      for (let i = 0; i < spelling.length && node; i++) node = childOf(node, spelling.charCodeAt(i));
      const n = trie.walk(0, spelling);
      if (n < 0) expect(node).toBeNull();
      else {
        expect(node!.n).toBe(n);
        expect(node!.target).toBe(trie.targetOf(n));
        expect(childOf(trie, spelling.charCodeAt(0))).toBe(childOf(trie, spelling.charCodeAt(0)));
      }
    }
  });

  it('is one node and no target for no spellings', () => {
    const empty = trieOf(new Map(), []);
    expect(empty.nodes).toBe(1);
    expect(empty.walk(0, 'il2')).toBe(-1);
    expect(empty.target).toBeNull();
    expect(isTrie(empty, 0)).toBe(true);
  });

  it('is refused when its arrays are not a trie: a cycle, a run out of range, unsorted children, a bad target', () => {
    const a = trieArraysOf(spellings);
    const copy = (): { first: Int32Array; code: Uint16Array; nodeTarget: Int32Array } => ({
      first: a.first.slice(),
      code: a.code.slice(),
      nodeTarget: a.nodeTarget.slice(),
    });
    const bad: TrieArrays[] = [];
    let b = copy();
    b.first[3] = 2; // a child numbered before its parent: a walk could loop
    bad.push(b);
    b = copy();
    b.first[b.first.length - 1] = b.code.length + 5;
    bad.push(b);
    b = copy();
    b.first[2] = b.code.length + 1;
    bad.push(b);
    b = copy();
    [b.code[1], b.code[2]] = [b.code[2]!, b.code[1]!];
    bad.push(b);
    b = copy();
    b.nodeTarget[4] = targets.length;
    bad.push(b);
    b = copy();
    b.nodeTarget[4] = -2;
    bad.push(b);
    bad.push({ ...copy(), code: a.code.subarray(1) });
    bad.push({ ...copy(), nodeTarget: a.nodeTarget.subarray(1) });
    bad.push({ first: new Int32Array(0), code: new Uint16Array(0), nodeTarget: new Int32Array(0) });
    for (const arrays of bad) expect(isTrie(arrays, targets.length)).toBe(false);
    expect(isTrie(copy(), targets.length)).toBe(true);
  });
});
