import type { AliasRule } from '../knowledge/types';
import { expandPhrases, HARD_BREAK, normalize } from './normalize';
import { NOT_TERMS } from './not-terms';
import { isTrie, TermTrie, trieArraysOf } from './term-trie';

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

export interface TermIndex {
  /** Key → entries, for a selection that is one name. */
  readonly byKey: ReadonlyMap<string, KeyTarget>;
  /**
   * The same keys, and the spellings phrases expand to, as a character trie in typed arrays for scanning
   * passages (term-trie.ts). A restored index has it from the snapshot as it was stored: no build.
   */
  readonly trie: TermTrie;
  readonly size: number;
}

export { childOf, type TrieNode } from './term-trie';

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
  // Plain ASCII (almost every name met in text) without the Unicode regular expression; a name that is letters
  // and digits already (DC, TAM, IL2) is its own answer, with no new string.
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.replace(NOT_LETTER_OR_DIGIT, '');
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (kept === i) kept++;
      else out += text[i];
    } else if (kept === i) {
      out = text.slice(0, i);
      kept = -1;
    }
  }
  return kept === text.length ? text : out;
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

/**
 * The trie's spellings with their target numbers, and the targets in number order (phrases that are no term have
 * targets outside `byKey`). A spelling given twice keeps its last target, as the object trie did.
 */
function trieOf(byKey: ReadonlyMap<string, KeyTarget>): TermTrie {
  const targets: KeyTarget[] = [];
  const numbers = new Map<KeyTarget, number>();
  const numberOf = (t: KeyTarget) => {
    let n = numbers.get(t);
    if (n === undefined) numbers.set(t, (n = targets.push(t) - 1));
    return n;
  };
  const spellings = new Map<string, number>();
  // A Map keeps the value last set: a spelling given again keeps the last target, as the object trie did.
  const add = (spelling: string, target: KeyTarget) => spellings.set(spelling, numberOf(target));
  for (const [key, target] of byKey) {
    if (key.includes(HARD_BREAK)) continue;
    for (const spelling of expandPhrases(key)) add(spelling, target);
  }
  // Phrases that hold a name but mean something else ("signal transduction"): the longest match, naming nothing.
  for (const phrase of NOT_TERMS) {
    const key = normalize(phrase);
    if (byKey.has(key)) continue;
    const target = newTarget();
    addName(target, phrase.toLowerCase(), undefined);
    for (const spelling of expandPhrases(key)) add(spelling, target);
  }
  const a = trieArraysOf(spellings);
  return new TermTrie(a.first, a.code, a.nodeTarget, (n) => targets[n]!);
}

/** What serializeTermIndex gives back for an index restored from a snapshot: the snapshot itself. */
const restoredFrom = new WeakMap<TermIndex, TermIndexSnapshot>();

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
  return { byKey, trie: trieOf(byKey), size: byKey.size };
}

/**
 * A term index as plain values that IndexedDB stores by structured clone: a few long strings and typed arrays, so
 * that a copy in or out is a few memory copies rather than a million small objects. `version` changes whenever
 * the shape or the normaliser's keys do; a snapshot of another version is not restored.
 */
export interface TermIndexSnapshot {
  readonly kind: 'immunolens-term-index';
  readonly version: number;
  /** The keys of `byKey`, sorted, joined by SEPARATOR; each key's target number. */
  readonly keys: string;
  readonly keyTargets: Int32Array;
  /** Per target: its ids, exact-case spellings and short spellings, joined by SEPARATOR, with where each starts. */
  readonly ids: string;
  readonly idsStart: Int32Array;
  readonly exact: string;
  readonly exactStart: Int32Array;
  /** Per exact spelling: 1 when it needs context. */
  readonly exactContext: Uint8Array;
  readonly shorts: string;
  readonly shortsStart: Int32Array;
  /** Per target: ANY_CASE | ANY_CONTEXT | CAPITALS_ONLY | HAS_EXACT. */
  readonly flags: Uint8Array;
  /**
   * The trie as term-trie.ts keeps it (`TrieArrays`): per node where its children start (one more at the end),
   * the character that leads to it, its target number or -1. Targets 0 to n - 1 are the trie's, in its numbering.
   */
  readonly trieFirst: Int32Array;
  readonly trieCode: Uint16Array;
  readonly trieTarget: Int32Array;
}

/**
 * Bump when KeyTarget, the trie's spellings, `normalize` or the snapshot's shape change. 2: the trie in typed
 * arrays replaced its list of spellings.
 */
export const TERM_INDEX_VERSION = 2;

/** No key, id or spelling holds it (a snapshot whose parts do not split to their counts is refused). */
const SEPARATOR = '\u0000';
const ANY_CASE = 1;
const ANY_CONTEXT = 2;
const CAPITALS_ONLY = 4;
const HAS_EXACT = 8;

export function serializeTermIndex(index: TermIndex): TermIndexSnapshot {
  const stored = restoredFrom.get(index);
  if (stored) return stored;
  const numbers = new Map<KeyTarget, number>();
  const ids: string[] = [];
  const idsStart: number[] = [];
  const exact: string[] = [];
  const exactStart: number[] = [];
  const exactContext: number[] = [];
  const shorts: string[] = [];
  const shortsStart: number[] = [];
  const flags: number[] = [];
  const numberOf = (t: KeyTarget) => {
    let n = numbers.get(t);
    if (n !== undefined) return n;
    numbers.set(t, (n = flags.length));
    idsStart.push(ids.length);
    ids.push(...t.ids);
    exactStart.push(exact.length);
    for (const [w, context] of t.exact ?? []) {
      exact.push(w);
      exactContext.push(context ? 1 : 0);
    }
    shortsStart.push(shorts.length);
    shorts.push(...t.shortSpellings);
    flags.push(
      (t.anyCase ? ANY_CASE : 0) |
        (t.anyContext ? ANY_CONTEXT : 0) |
        (t.capitalsOnly ? CAPITALS_ONLY : 0) |
        (t.exact ? HAS_EXACT : 0),
    );
    return n;
  };
  // The trie's targets first, in its own numbering, so that its arrays are stored as they are.
  const trie = index.trie;
  let trieTargets = 0;
  for (let n = 0; n < trie.nodes; n++) trieTargets = Math.max(trieTargets, trie.nodeTarget[n]! + 1);
  for (let t = 0; t < trieTargets; t++) numberOf(trie.targetAt(t));
  const keys = [...index.byKey.keys()].sort();
  const keyTargets = keys.map((k) => numberOf(index.byKey.get(k)!));
  idsStart.push(ids.length);
  exactStart.push(exact.length);
  shortsStart.push(shorts.length);
  return {
    kind: 'immunolens-term-index',
    version: TERM_INDEX_VERSION,
    keys: keys.join(SEPARATOR),
    keyTargets: Int32Array.from(keyTargets),
    ids: ids.join(SEPARATOR),
    idsStart: Int32Array.from(idsStart),
    exact: exact.join(SEPARATOR),
    exactStart: Int32Array.from(exactStart),
    exactContext: Uint8Array.from(exactContext),
    shorts: shorts.join(SEPARATOR),
    shortsStart: Int32Array.from(shortsStart),
    flags: Uint8Array.from(flags),
    trieFirst: trie.first,
    trieCode: trie.code,
    trieTarget: trie.nodeTarget,
  };
}

/**
 * `count` strings joined by SEPARATOR, read one at a time by where each starts. A restore finds the separators
 * (a memchr-speed `indexOf` per part) and makes no strings: splitting the keys and ids of a 100,000-entry index
 * made half a million strings and was most of a restore's time. Null when the text does not hold `count` parts.
 */
class JoinedStrings {
  private constructor(
    private readonly text: string,
    /** Where each part starts, and one past the end (text length + 1, as if a separator followed). */
    private readonly starts: Int32Array,
  ) {}

  static of(text: string, count: number): JoinedStrings | null {
    if (count < 0) return null;
    if (count === 0) return text === '' ? new JoinedStrings(text, new Int32Array(1)) : null;
    const starts = new Int32Array(count + 1);
    let at = 0;
    for (let i = 1; i < count; i++) {
      const sep = text.indexOf(SEPARATOR, at);
      if (sep < 0) return null;
      starts[i] = at = sep + 1;
    }
    if (text.indexOf(SEPARATOR, at) >= 0) return null;
    starts[count] = text.length + 1;
    return new JoinedStrings(text, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Parts `from` to `to` (exclusive). */
  slice(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i));
    return out;
  }

  /** Compares part `i` with `key` as `<` and `===` on strings do (UTF-16 code units), without slicing it. */
  compare(i: number, key: string): number {
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - start;
    const n = Math.min(length, key.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - key.length;
  }
}

/**
 * Key → target over the snapshot's sorted keys by binary search; each target is made on first use. Restoring
 * then makes no strings, whatever the glossary's size, and a selection's look-up a dozen comparisons.
 */
class SnapshotKeys implements ReadonlyMap<string, KeyTarget> {
  constructor(
    private readonly sorted: JoinedStrings,
    private readonly keyTargets: Int32Array,
    private readonly target: (n: number) => KeyTarget,
  ) {}

  get size(): number {
    return this.sorted.length;
  }

  private find(key: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted.compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted.compare(lo, key) === 0 ? lo : -1;
  }

  get(key: string): KeyTarget | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.target(this.keyTargets[i]!);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  *entries(): MapIterator<[string, KeyTarget]> {
    for (let i = 0; i < this.sorted.length; i++) yield [this.sorted.at(i), this.target(this.keyTargets[i]!)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.sorted.length; i++) yield this.sorted.at(i);
  }

  *values(): MapIterator<KeyTarget> {
    for (const [, t] of this.entries()) yield t;
  }

  forEach(f: (value: KeyTarget, key: string, map: ReadonlyMap<string, KeyTarget>) => void): void {
    for (const [k, t] of this.entries()) f(t, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, KeyTarget]> {
    return this.entries();
  }
}

/**
 * The index a snapshot was made from, answering exactly as it did; null for anything else (another version, a
 * damaged or foreign value), so that the caller builds instead. The trie's arrays are the snapshot's own (a
 * structured clone has copied them already): restoring checks them in one pass and builds nothing.
 */
export function restoreTermIndex(snapshot: unknown): TermIndex | null {
  if (!isSnapshot(snapshot)) return null;
  const s = snapshot;
  const targetCount = s.flags.length;
  const keys = JoinedStrings.of(s.keys, s.keyTargets.length);
  const ids = JoinedStrings.of(s.ids, s.idsStart[targetCount] ?? -1);
  const exact = JoinedStrings.of(s.exact, s.exactStart[targetCount] ?? -1);
  const shorts = JoinedStrings.of(s.shorts, s.shortsStart[targetCount] ?? -1);
  if (!keys || !ids || !exact || !shorts || exact.length !== s.exactContext.length) return null;
  if (![s.idsStart, s.exactStart, s.shortsStart].every((a) => a.length === targetCount + 1)) return null;
  if (!s.keyTargets.every((t) => t >= 0 && t < targetCount)) return null;
  const trieArrays = { first: s.trieFirst, code: s.trieCode, nodeTarget: s.trieTarget };
  if (!isTrie(trieArrays, targetCount)) return null;
  const targets: (KeyTarget | undefined)[] = new Array(targetCount);
  const target = (n: number): KeyTarget => {
    let t = targets[n];
    if (t) return t;
    const f = s.flags[n]!;
    const e0 = s.exactStart[n]!;
    const e1 = s.exactStart[n + 1]!;
    let exactMap: Map<string, boolean> | null = null;
    if (f & HAS_EXACT) {
      exactMap = new Map();
      for (let i = e0; i < e1; i++) exactMap.set(exact.at(i), s.exactContext[i] === 1);
    }
    t = {
      ids: ids.slice(s.idsStart[n]!, s.idsStart[n + 1]!),
      exact: exactMap,
      anyCase: (f & ANY_CASE) !== 0,
      anyContext: (f & ANY_CONTEXT) !== 0,
      capitalsOnly: (f & CAPITALS_ONLY) !== 0,
      shortSpellings: new Set(shorts.slice(s.shortsStart[n]!, s.shortsStart[n + 1]!)),
    };
    targets[n] = t;
    return t;
  };
  const index: TermIndex = {
    byKey: new SnapshotKeys(keys, s.keyTargets, target),
    trie: new TermTrie(s.trieFirst, s.trieCode, s.trieTarget, target),
    size: keys.length,
  };
  restoredFrom.set(index, s);
  return index;
}

function isSnapshot(value: unknown): value is TermIndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<TermIndexSnapshot>;
  if (v.kind !== 'immunolens-term-index' || v.version !== TERM_INDEX_VERSION) return false;
  const strings = [v.keys, v.ids, v.exact, v.shorts];
  const ints = [v.keyTargets, v.idsStart, v.exactStart, v.shortsStart, v.trieFirst, v.trieTarget];
  const bytes = [v.exactContext, v.flags];
  return (
    strings.every((x) => typeof x === 'string') &&
    ints.every((x) => x instanceof Int32Array) &&
    bytes.every((x) => x instanceof Uint8Array) &&
    v.trieCode instanceof Uint16Array
  );
}

/**
 * Whether text written this way may stand for an any-case name whose key is `target`. Capitals, a number or a Greek
 * letter mark a symbol (IL-12, Tim-3, Th1, IFN-γ, TCRs) and always count. Without them: a name the glossary writes
 * only in capitals is an ordinary word in lower case ("trail" is not TRAIL), and a word of three letters or fewer
 * counts only as the glossary writes it ("il" and "Il" in French are not IL).
 */
function writtenAsAnyCaseName(target: KeyTarget, written: string): boolean {
  const ascii = asciiReading(target, written);
  if (ascii !== undefined) return ascii;
  // An acronym's plural s (TCRs, CTLs) does not make it lower case.
  const letters = written.replace(NOT_LATIN_LETTER, '').replace(/(?<=[A-Z]{2})s$/, '');
  if (!HAS_LOWER.test(letters) || SYMBOL_MARK.test(written)) return true;
  if (target.capitalsOnly) return false;
  return letters.length > 3 || target.shortSpellings.has(letters);
}

/**
 * `writtenAsAnyCaseName` for plain ASCII text (almost every name a page shows) in one pass over its characters,
 * without the regular expressions: the passage scan reads every name it meets this way. Undefined for other text.
 */
function asciiReading(target: KeyTarget, written: string): boolean | undefined {
  let letters = 0;
  let lower = 0;
  // The last three Latin letters, as case bits (1: capital), newest lowest.
  let caps = 0;
  let lastLetter = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c >= 128) return undefined;
    // A digit marks a symbol (IL-12, Th1): it counts however it is written.
    if (c >= 48 && c <= 57) return true;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122)) {
      letters++;
      if (!upper) lower++;
      caps = ((caps << 1) | (upper ? 1 : 0)) & 7;
      lastLetter = c;
    }
  }
  // An acronym's plural s (TCRs, CTLs) does not make it lower case: a final s after two capitals.
  const plural = letters >= 3 && lastLetter === 115 && (caps & 6) === 6;
  if (plural) {
    letters--;
    lower--;
  }
  if (lower === 0) return true;
  if (target.capitalsOnly) return false;
  if (letters > 3) return true;
  let spelled = '';
  for (let i = 0; i < written.length && spelled.length < letters; i++) {
    const c = written.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) spelled += written[i];
  }
  return target.shortSpellings.has(spelled);
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
