import type { AliasRule } from '../knowledge/types';
import { expandPhrases, HARD_BREAK, normalize } from './normalize';
import { NOT_TERMS } from './not-terms';

/** What the glossary gives the index: an entry's id, every name it goes by, and how each name may be met. */
export interface NamedEntry {
  id: string;
  name: string;
  short?: string;
  aliases: readonly string[];
  rules?: Readonly<Record<string, AliasRule>>;
}

export interface KeyTarget {
  /** Entries with this name; more than one only for a deliberately shared name. None: a phrase that is no term. */
  ids: string[];
  /** Names with this key that match only as written (`case: "exact"`): letters and digits → needs context. */
  exact: Map<string, boolean> | null;
  /** Some name with this key follows the normaliser's case handling (`case: "any"`, or no rule). */
  anyCase: boolean;
  /** Every such name needs context. */
  anyContext: boolean;
  /**
   * Every any-case name with this key is written in capitals (MIG, IDO): in lower case it is an ordinary word
   * ("trail"), so it counts only where the text has a capital.
   */
  capitalsOnly: boolean;
  /** How the glossary writes its any-case names of three letters or fewer ("Th" of Th1), letters only, case kept. */
  shortSpellings: Set<string>;
}

/** How text met a name: not at all, as the name, or as a name that needs support from its context. */
export const enum Reading {
  No = 0,
  Name = 1,
  NeedsContext = 2,
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
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const SYMBOL_MARK = /[\p{Nd}\p{Script=Greek}\u2080-\u2089]/u;

/** The letters and digits of a name as written, case kept: "IL-12" → "IL12", "CAR T" → "CART". */
export function lettersAndDigits(text: string): string {
  return text.replace(NOT_LETTER_OR_DIGIT, '');
}

function newTarget(): KeyTarget {
  return {
    ids: [],
    exact: null,
    anyCase: false,
    anyContext: true,
    capitalsOnly: true,
    shortSpellings: new Set(),
  };
}

function addName(target: KeyTarget, name: string, rule: AliasRule | undefined): void {
  const context = rule?.context === true;
  if (rule?.case === 'exact') {
    target.exact ??= new Map();
    const written = lettersAndDigits(name);
    target.exact.set(written, (target.exact.get(written) ?? true) && context);
    return;
  }
  target.anyCase = true;
  target.anyContext &&= context;
  // Greek letters and digits do not make a name lower case: "IFN-γ" is written in capitals.
  target.capitalsOnly &&= !HAS_LOWER.test(name.replace(GREEK, ''));
  const letters = name.replace(NOT_LATIN_LETTER, '');
  if (letters.length <= 3) target.shortSpellings.add(letters);
}

export function buildTermIndex(entries: readonly NamedEntry[]): TermIndex {
  const byKey = new Map<string, KeyTarget>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const key = normalize(name);
      if (key === '') continue;
      let target = byKey.get(key);
      if (!target) byKey.set(key, (target = newTarget()));
      if (!target.ids.includes(entry.id)) target.ids.push(entry.id);
      addName(target, name, entry.rules?.[name]);
    }
  }
  const trie = newNode();
  for (const [key, target] of byKey) {
    if (key.includes(HARD_BREAK)) continue;
    for (const variant of expandPhrases(key)) addToTrie(trie, variant, target);
  }
  // Phrases that hold a name but mean something else ("signal transduction"): the longest match, naming nothing.
  for (const phrase of NOT_TERMS) {
    const key = normalize(phrase);
    if (byKey.has(key)) continue;
    const target = newTarget();
    addName(target, phrase.toLowerCase(), undefined);
    for (const variant of expandPhrases(key)) addToTrie(trie, variant, target);
  }
  return { byKey, trie, size: byKey.size };
}

/**
 * Whether text written this way may stand for an any-case name whose key is `target`. Capitals, a number or a Greek
 * letter mark a symbol (IL-12, Tim-3, Th1, IFN-γ, TCRs) and always count. Without them: a name the glossary writes
 * only in capitals is an ordinary word in lower case ("trail" is not TRAIL), and a word of three letters or fewer
 * counts only as the glossary writes it ("il" and "Il" in French are not IL).
 */
function writtenAsAnyCaseName(target: KeyTarget, written: string): boolean {
  // An acronym's plural s (TCRs, CTLs) does not make it lower case.
  const letters = written.replace(NOT_LATIN_LETTER, '').replace(/(?<=[A-Z]{2})s$/, '');
  if (!HAS_LOWER.test(letters) || SYMBOL_MARK.test(written)) return true;
  if (target.capitalsOnly) return false;
  return letters.length > 3 || target.shortSpellings.has(letters);
}

/** An exact-case name as written, or its plural (DCs, BiTEs, mAbs): whether it needs context, or undefined. */
function exactReading(exact: Map<string, boolean>, written: string): boolean | undefined {
  const letters = lettersAndDigits(written);
  const context = exact.get(letters);
  if (context !== undefined || letters.length < 3 || !letters.endsWith('s')) return context;
  return exact.get(letters.slice(0, -1));
}

/** How text written this way reads the names whose key is `target`: as none of them, as a name, or as one that needs context. */
export function readName(target: KeyTarget, written: string): Reading {
  const exact = target.exact ? exactReading(target.exact, written) : undefined;
  if (exact === false) return Reading.Name;
  if (target.anyCase && writtenAsAnyCaseName(target, written))
    return target.anyContext ? Reading.NeedsContext : Reading.Name;
  return exact === true ? Reading.NeedsContext : Reading.No;
}

/** Whether text written this way may stand for a name whose key is `target`, context aside. */
export function writtenAsName(target: KeyTarget, written: string): boolean {
  return readName(target, written) !== Reading.No;
}

export interface NameLookup {
  ids: readonly string[];
  /** The name often means something else: name it only with support from the text around it. */
  needsContext: boolean;
}

/** The entries a selection that is one name names, and whether it needs context; null when it is no name. */
export function lookupName(index: TermIndex, selection: string): NameLookup | null {
  const target = index.byKey.get(normalize(selection));
  if (!target) return null;
  const reading = readName(target, selection);
  return reading === Reading.No ? null : { ids: target.ids, needsContext: reading === Reading.NeedsContext };
}

/** The entries a selection names, or none (context aside: see `lookupName`). */
export function lookup(index: TermIndex, selection: string): readonly string[] {
  return lookupName(index, selection)?.ids ?? [];
}
