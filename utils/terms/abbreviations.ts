/**
 * Abbreviation definitions in running text, by the algorithm of Schwartz and Hearst ("A simple algorithm for
 * identifying abbreviation definitions in biomedical text", PSB 2003): a short form in parentheses after its long
 * form ("antigen-presenting cells (APCs)"), or a long form in parentheses after its short form ("APC (adenomatous
 * polyposis coli)"). The long form is the shortest run of words before the parenthesis whose letters take every
 * letter and digit of the short form in order, the first at the start of a word.
 *
 * Linear and bounded: one pass over the text; each parenthesis looks at most MAX_INNER_CHARS inside and
 * MAX_BEFORE_CHARS before it. Unbalanced and nested parentheses are read innermost first and never throw.
 */

export interface Abbreviation {
  short: string;
  long: string;
}

/** Longer parenthesised text is a remark, not a definition. */
const MAX_INNER_CHARS = 100;
/** A long form is at most 2 × 10 words: read no further back than that could take. */
const MAX_BEFORE_CHARS = 240;
const MAX_SHORT_CHARS = 10;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const CLAUSE_BREAK = /[.;:!?()[\]]/g;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

function isShortForm(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= MAX_SHORT_CHARS &&
    HAS_LETTER.test(text) &&
    isLetterOrDigit(text[0]) &&
    text.split(/\s+/).length <= 2
  );
}

/** Schwartz–Hearst's best long form for `short` at the end of `candidate`, or null. */
export function bestLongForm(short: string, candidate: string): string | null {
  const s = short.toLowerCase();
  const l = candidate.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  for (; si >= 0; si--) {
    const c = s[si]!;
    if (!isLetterOrDigit(c)) continue;
    while (li >= 0 && (l[li] !== c || (si === 0 && isLetterOrDigit(l[li - 1])))) li--;
    if (li < 0) return null;
    li--;
  }
  const start = l.lastIndexOf(' ', li) + 1;
  const long = candidate.slice(start).trim();
  return long.length > short.length ? long : null;
}

/** The words before `at` in the same clause, at most `words` of them. */
function wordsBefore(text: string, at: number, words: number): string {
  const from = Math.max(0, at - MAX_BEFORE_CHARS);
  let window = text.slice(from, at);
  CLAUSE_BREAK.lastIndex = 0;
  let cut = -1;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) cut = m.index;
  if (cut >= 0) window = window.slice(cut + 1);
  const list = window.trim().split(/\s+/);
  return list.slice(Math.max(0, list.length - words)).join(' ');
}

function definitionAt(text: string, open: number, close: number): Abbreviation | null {
  // "(APC; ref. 3)", "(APCs, reviewed in 4)": the definition is the part before the first separator.
  let inner = text.slice(open + 1, close).trim();
  const separator = inner.search(/[;,]\s/);
  if (separator >= 0) inner = inner.slice(0, separator);
  if (inner === '') return null;
  if (isShortForm(inner)) {
    const limit = Math.min(inner.length + 5, inner.length * 2);
    const long = bestLongForm(inner, wordsBefore(text, open, limit));
    return long ? { short: inner, long } : null;
  }
  // "APC (adenomatous polyposis coli)": the short form is the word before the parenthesis.
  const before = wordsBefore(text, open, 1);
  if (!isShortForm(before) || before.length >= inner.length) return null;
  const long = bestLongForm(before, inner);
  return long ? { short: before, long } : null;
}

/** Every abbreviation defined in `text`, in reading order. */
export function findAbbreviations(text: string): Abbreviation[] {
  const found: Abbreviation[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 /* ( */) open = i;
    else if (code === 41 /* ) */ && open >= 0) {
      if (i - open - 1 <= MAX_INNER_CHARS) {
        const definition = definitionAt(text, open, i);
        if (definition) found.push(definition);
      }
      open = -1;
    }
  }
  return found;
}
