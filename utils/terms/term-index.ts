import { expandPhrases, HARD_BREAK, normalize } from './normalize';

/** What the glossary gives the index: an entry's id and every name it goes by. */
export interface NamedEntry {
  id: string;
  name: string;
  short?: string;
  aliases: readonly string[];
}

export interface KeyTarget {
  /** Entries with this name; more than one only for a deliberately shared name. */
  ids: string[];
  /**
   * Every name with this key is written in capitals (TRAIL, MIG, IDO): in lower case it is an ordinary word
   * ("trail"), so it counts only where the text has a capital.
   */
  capitalsOnly: boolean;
  /** How the glossary writes its names of three letters or fewer ("Th" of Th1), letters only, case kept. */
  shortSpellings: Set<string>;
}

export interface TrieNode {
  /**
   * Most nodes have one child: it is kept in `only` (with its character in `code`), and a map is made for the
   * second. A map per node would cost a large glossary hundreds of megabytes.
   */
  code: number;
  only: TrieNode | null;
  next: Map<number, TrieNode> | null;
  target: KeyTarget | null;
}

export interface TermIndex {
  /** Key → entries, for a selection that is one name. */
  readonly byKey: ReadonlyMap<string, KeyTarget>;
  /** The same keys, and the spellings phrases expand to, as a character trie for scanning passages. */
  readonly trie: TrieNode;
  readonly size: number;
}

function newNode(): TrieNode {
  return { code: -1, only: null, next: null, target: null };
}

/** The child of `node` reached by `code`, or null. */
export function childOf(node: TrieNode, code: number): TrieNode | null {
  if (node.next) return node.next.get(code) ?? null;
  return node.code === code ? node.only : null;
}

function addToTrie(root: TrieNode, key: string, target: KeyTarget): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = childOf(node, code);
    if (!child) {
      child = newNode();
      if (!node.next && !node.only) {
        node.code = code;
        node.only = child;
      } else {
        if (!node.next) {
          node.next = new Map([[node.code, node.only!]]);
          node.only = null;
        }
        node.next.set(code, child);
      }
    }
    node = child;
  }
  node.target = target;
}

/** Every name of an entry, as written in the glossary. */
export function namesOf(entry: NamedEntry): string[] {
  return [entry.name, ...(entry.short ? [entry.short] : []), ...entry.aliases];
}

const HAS_LOWER = /\p{Ll}/u;
const GREEK = /\p{Script=Greek}/gu;
const NOT_LATIN_LETTER = /[^A-Za-z]/g;
const SYMBOL_MARK = /[\p{Nd}\p{Script=Greek}\u2080-\u2089]/u;

export function buildTermIndex(entries: readonly NamedEntry[]): TermIndex {
  const byKey = new Map<string, KeyTarget>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const key = normalize(name);
      if (key === '') continue;
      // Greek letters and digits do not make a name lower case: "IFN-γ" is written in capitals.
      const capitals = !HAS_LOWER.test(name.replace(GREEK, ''));
      let target = byKey.get(key);
      if (!target)
        byKey.set(key, (target = { ids: [entry.id], capitalsOnly: capitals, shortSpellings: new Set() }));
      else {
        if (!target.ids.includes(entry.id)) target.ids.push(entry.id);
        target.capitalsOnly &&= capitals;
      }
      const letters = name.replace(NOT_LATIN_LETTER, '');
      if (letters.length <= 3) target.shortSpellings.add(letters);
    }
  }
  const trie = newNode();
  for (const [key, target] of byKey) {
    if (key.includes(HARD_BREAK)) continue;
    for (const variant of expandPhrases(key)) addToTrie(trie, variant, target);
  }
  return { byKey, trie, size: byKey.size };
}

/**
 * Whether text written this way may stand for a name whose key is `target`. Capitals, a number or a Greek letter
 * mark a symbol (IL-12, Tim-3, Th1, IFN-γ, TCRs) and always count. Without them: a name the glossary writes only in
 * capitals is an ordinary word in lower case ("trail" is not TRAIL), and a word of three letters or fewer counts only
 * as the glossary writes it ("il" and "Il" in French are not IL).
 */
export function writtenAsName(target: KeyTarget, written: string): boolean {
  // An acronym's plural s (TCRs, CTLs) does not make it lower case.
  const letters = written.replace(NOT_LATIN_LETTER, '').replace(/(?<=[A-Z]{2})s$/, '');
  if (!HAS_LOWER.test(letters) || SYMBOL_MARK.test(written)) return true;
  if (target.capitalsOnly) return false;
  return letters.length > 3 || target.shortSpellings.has(letters);
}

/** The entries a selection names, or none. */
export function lookup(index: TermIndex, selection: string): readonly string[] {
  const target = index.byKey.get(normalize(selection));
  return target && writtenAsName(target, selection) ? target.ids : [];
}
