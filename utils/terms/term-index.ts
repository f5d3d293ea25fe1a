import { expandPhrases, HARD_BREAK, normalize } from './normalize';

/** What the glossary gives the index: an entry's id and every name it goes by. */
export interface NamedEntry {
  id: string;
  name: string;
  short?: string;
  aliases: readonly string[];
}

export interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Entries whose name ends here; more than one only for a deliberately shared name. */
  ids: readonly string[] | null;
}

export interface TermIndex {
  /** Key → entry ids, for a selection that is one name. */
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  /** The same keys, and the spellings phrases expand to, as a character trie for scanning passages. */
  readonly trie: TrieNode;
  readonly size: number;
}

function newNode(): TrieNode {
  return { next: null, ids: null };
}

function addToTrie(root: TrieNode, key: string, ids: readonly string[]): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    node.next ??= new Map();
    let child = node.next.get(code);
    if (!child) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.ids = ids;
}

/** Every name of an entry, as written in the glossary. */
export function namesOf(entry: NamedEntry): string[] {
  return [entry.name, ...(entry.short ? [entry.short] : []), ...entry.aliases];
}

export function buildTermIndex(entries: readonly NamedEntry[]): TermIndex {
  const byKey = new Map<string, string[]>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const key = normalize(name);
      if (key === '') continue;
      const ids = byKey.get(key);
      if (!ids) byKey.set(key, [entry.id]);
      else if (!ids.includes(entry.id)) ids.push(entry.id);
    }
  }
  const trie = newNode();
  for (const [key, ids] of byKey) {
    if (key.includes(HARD_BREAK)) continue;
    for (const variant of expandPhrases(key)) addToTrie(trie, variant, ids);
  }
  return { byKey, trie, size: byKey.size };
}

/** The entries a selection names, or none. */
export function lookup(index: TermIndex, selection: string): readonly string[] {
  return index.byKey.get(normalize(selection)) ?? [];
}
