import type { TermTrie } from '@/utils/terms/term-trie';

/**
 * The work a call does, counted instead of timed: speed is measured in benchmarks (test/bench), and a test that
 * asserts milliseconds fails when the machine is busy, not when the code is slow. Both counts are read from the
 * outside, so the code under test carries no counters:
 * - `chars`: characters the string and regular-expression built-ins read or copied: one per `charCodeAt`,
 *   `codePointAt` or `at` (the hand-written scanners); the range a regular expression searched (`test`, `replace`,
 *   `split`, `match` and `matchAll` with one all go through `exec`); the length a slice copied; the range a search
 *   for a string looked at; the length a case change, trim or Unicode normalisation read.
 * - `steps`: steps through the index's trie: one per character a walk reads (`TermTrie.child`), and one per word
 *   a passage's walk steps with after its first, remembered steps included (`stepWith` in piece-table.ts reads
 *   `childMask` once a step). A walk's first step reads the mask from its word's record instead (at most one a
 *   piece, so it cannot make a count grow faster than the text).
 * A quadratic path reads text again for each word, or walks again from each word: one count grows with the square
 * of the input. Not seen: characters read by indexing (`text[i]`), work in arrays of spans or words, and a regular
 * expression's backtracking (`exec` is counted by the range it searched, however it searched it).
 */
export interface Work {
  chars: number;
  steps: number;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
/** Characters a call read, from its receiver, arguments and result (and `lastIndex` before, for `exec`). */
type Cost = (self: unknown, args: readonly unknown[], result: unknown, lastIndex: number) => number;

const ONE_CHARACTER = ['charCodeAt', 'codePointAt', 'at'] as const;

const receiverLength: Cost = (self) => (self as string).length;
const resultLength: Cost = (_self, _args, result) => (result as string).length;
const argumentLength: Cost = (_self, args) => String(args[0]).length;
const clamp = (at: unknown, length: number, otherwise: number) =>
  at === undefined ? otherwise : Math.max(0, Math.min(length, Number(at) || 0));
/** From where the search started to the end of what it found, or to the end of the text. */
const searchedForward: Cost = (self, args, result) => {
  const length = (self as string).length;
  const from = clamp(args[1], length, 0);
  const found = result as number;
  return found >= 0 ? found - from + String(args[0]).length : length - from;
};
const searchedBack: Cost = (self, args, result) => {
  const length = (self as string).length;
  const from = clamp(args[1], length, length);
  const found = result as number;
  return (found >= 0 ? from - found : from) + String(args[0]).length;
};
const searchedToEnd: Cost = (self, args) => {
  const length = (self as string).length;
  return length - clamp(args[1], length, 0);
};
/** A pattern that is a regular expression is counted by `exec`, which the method calls. */
const unlessRegExp: Cost = (self, args) => (args[0] instanceof RegExp ? 0 : (self as string).length);
/**
 * A global or sticky expression searched from `lastIndex` to the end of its match (`replace`, `split` and
 * `matchAll` call it once a match or a position), or to the end of the text; a sticky one that failed tried one
 * place. Any other searched from the start.
 */
const searchedByExec: Cost = (self, args, result, lastIndex) => {
  const re = self as RegExp;
  const match = result as RegExpExecArray | null;
  const length = String(args[0]).length;
  if (re.global || re.sticky) {
    if (match) return re.lastIndex - lastIndex;
    return re.sticky ? 1 : length - lastIndex;
  }
  return match ? match.index + match[0].length : length;
};

const COUNTED: ReadonlyArray<readonly [object, string, Cost]> = [
  [String.prototype, 'slice', resultLength],
  [String.prototype, 'substring', resultLength],
  [String.prototype, 'indexOf', searchedForward],
  [String.prototype, 'lastIndexOf', searchedBack],
  [String.prototype, 'includes', searchedToEnd],
  [String.prototype, 'startsWith', argumentLength],
  [String.prototype, 'endsWith', argumentLength],
  [String.prototype, 'replace', unlessRegExp],
  [String.prototype, 'replaceAll', unlessRegExp],
  [String.prototype, 'split', unlessRegExp],
  [String.prototype, 'toLowerCase', receiverLength],
  [String.prototype, 'toUpperCase', receiverLength],
  [String.prototype, 'normalize', receiverLength],
  [String.prototype, 'trim', receiverLength],
  [String.prototype, 'trimStart', receiverLength],
  [String.prototype, 'trimEnd', receiverLength],
  [RegExp.prototype, 'exec', searchedByExec],
];

let counting: Work | null = null;

function counted(original: Method, cost: Cost): Method {
  return function (this: unknown, ...args: unknown[]) {
    const lastIndex = this instanceof RegExp ? this.lastIndex : 0;
    const result = original.apply(this, args);
    // At least one: a call that read nothing is still a call.
    if (counting) counting.chars += Math.max(1, cost(this, args, result, lastIndex));
    return result;
  };
}

/** The reads of one character, most of the calls, without the rest-arguments wrapper. */
function countedRead(original: Method): Method {
  return function (this: unknown, i: unknown) {
    if (counting) counting.chars++;
    return original.call(this, i);
  };
}

function replace(on: object, name: string, descriptor: PropertyDescriptor): void {
  Object.defineProperty(on, name, { configurable: true, ...descriptor });
}

/**
 * Runs `run` while counting its work (see `Work`), the steps in `trie` (the index's: `index.trie`), and gives
 * `run` a reader of the counts so far, for a loop that bounds each of its calls. Synchronous only: the built-ins
 * are counted while `run` runs and given back before this returns.
 */
export function countingWork<T>(trie: TermTrie, run: (soFar: () => Work) => T): T {
  if (counting) throw new Error('countingWork does not nest');
  const work: Work = { chars: 0, steps: 0 };
  const saved = [...COUNTED, ...ONE_CHARACTER.map((name) => [String.prototype, name] as const)].map(
    ([on, name]) => [on, name, Object.getOwnPropertyDescriptor(on, name)!] as const,
  );
  const maskDescriptor = Object.getOwnPropertyDescriptor(trie, 'childMask')!;
  const mask = trie.childMask;
  const child = trie.child;
  try {
    for (const [on, name, cost] of COUNTED)
      replace(on, name, { value: counted((on as Record<string, Method>)[name]!, cost), writable: true });
    for (const name of ONE_CHARACTER)
      replace(String.prototype, name, {
        value: countedRead(String.prototype[name] as Method),
        writable: true,
      });
    replace(trie, 'childMask', {
      get: () => {
        work.steps++;
        return mask;
      },
    });
    replace(trie, 'child', {
      value(this: TermTrie, n: number, c: number) {
        work.steps++;
        return child.call(this, n, c);
      },
      writable: true,
    });
    counting = work;
    return run(() => ({ ...work }));
  } finally {
    counting = null;
    for (const [on, name, descriptor] of saved) Object.defineProperty(on, name, descriptor);
    Object.defineProperty(trie, 'childMask', maskDescriptor);
    delete (trie as { child?: unknown }).child;
  }
}

/** The work of `run`. */
export function measureWork<T>(trie: TermTrie, run: () => T): { result: T; work: Work } {
  return countingWork(trie, (soFar) => {
    const result = run();
    return { result, work: soFar() };
  });
}

/** What `work` exceeds of at most `chars` and `steps` per character of `length` input, or null. */
export function overBound(
  work: Work,
  length: number,
  bound: { chars: number; steps: number },
): string | null {
  const chars = work.chars / length;
  const steps = work.steps / length;
  if (chars <= bound.chars && steps <= bound.steps) return null;
  return `${chars.toFixed(1)} characters and ${steps.toFixed(2)} trie steps read per character (bound ${bound.chars} and ${bound.steps})`;
}
