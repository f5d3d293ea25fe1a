import { Join, Kind, type Piece } from './pieces';

/**
 * Lower-case words that, hyphenated after a term, describe the term itself: "IL-2-induced", "CD8-positive",
 * "TNF-mediated", "IFN-γ-producing". Besides these, any lower-case word with one of MODIFIER_ENDINGS.
 */
export const MODIFIER_WORDS: ReadonlySet<string> = new Set([
  'induced',
  'positive',
  'negative',
  'mediated',
  'producing',
  'secreting',
  'expressing',
  'dependent',
  'independent',
  'driven',
  'derived',
  'treated',
  'based',
  'like',
  'type',
  'specific',
  'related',
  'associated',
  'deficient',
  'depleted',
  'rich',
  'poor',
  'high',
  'low',
  'hi',
  'lo',
  'null',
  'free',
  'armed',
  'primed',
  'pulsed',
  'loaded',
  'targeted',
  'targeting',
  'blocking',
  'responsive',
  'inducible',
  'stimulated',
  'activated',
  'engineered',
  'redirected',
  'modified',
  'transduced',
  'signalling',
  'signaling',
  'family',
  'receptor',
  'mrna',
  'knockout',
  'ko',
]);

/** Endings of lower-case words that modify the term before the hyphen: -ed, -ing, -ive, -ible/-able, -ent/-ant. */
export const MODIFIER_ENDINGS = /(?:ed|ing|ive|ible|able|ent|ant)$/;

/**
 * Lower-case marks written straight after a marker in flow cytometry: CD4hi, CD8lo, PD-1high, CD25neg.
 */
const TIGHT_MARKS: ReadonlySet<string> = new Set([
  'hi',
  'lo',
  'high',
  'low',
  'neg',
  'pos',
  'dim',
  'bright',
  'int',
]);

const HAS_DIGIT = /\d/;
const LOWER_WORD = /^\p{Lu}?\p{Ll}+$/u;

function isDash(code: number): boolean {
  return (
    code === 45 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 || code === 0xff0d
  );
}

/** The end (exclusive) of the word that starts at piece `q`: its tightly joined pieces. */
function wordEnd(pieces: readonly Piece[], q: number): number {
  let r = q + 1;
  while (r < pieces.length && pieces[r]!.join === Join.Tight) r++;
  return r;
}

/**
 * Whether a name that ends with piece `p` ends a whole token, so that it is this name and not the start of a longer
 * symbol. It is not when the text goes straight on (IL6R, IL6ST, MDC1, SLC7A11, IDO2), except for a
 * flow-cytometry mark (CD4hi) or an isoform number after a Greek letter (IFN-α2b). After a single hyphen it goes on
 * as a longer symbol with a number (MIG-6), a short part (TRAIL-R2, B7-H3, HLA-DR) or a capitalised word that is no
 * term (CCR4-NOT); it ends before a lower-case modifier (IL-2-induced, see MODIFIER_WORDS), another term
 * (PD-1–PD-L1, IL-6–STAT3) or another symbol with a number (CCL2-CCR2). `startsTerm(q)` says whether a known term
 * begins at piece q.
 */
export function endsName(
  text: string,
  pieces: readonly Piece[],
  p: number,
  startsTerm: (q: number) => boolean,
): boolean {
  const next = pieces[p + 1];
  if (!next || next.join === Join.Hard) return true;
  const last = pieces[p]!;
  if (next.join === Join.Tight) {
    if (next.kind === Kind.Latin && TIGHT_MARKS.has(next.canon)) return wordEnd(pieces, p + 1) === p + 2;
    return last.kind === Kind.Greek && next.kind === Kind.Digit;
  }
  // A soft join: spaces end the name; so does a hyphen with a space ("IL-6- and IL-8-producing").
  if (next.start - last.end !== 1 || !isDash(text.charCodeAt(last.end))) return true;
  if (next.kind === Kind.Digit) return last.kind === Kind.Greek;
  if (next.kind !== Kind.Latin) return false;
  const end = wordEnd(pieces, p + 1);
  const word = text.slice(next.start, pieces[end - 1]!.end);
  if (LOWER_WORD.test(word)) {
    const lower = word.toLowerCase();
    return MODIFIER_WORDS.has(lower) || MODIFIER_ENDINGS.test(lower);
  }
  if (startsTerm(p + 1)) return true;
  return HAS_DIGIT.test(word) && word.length >= 3;
}
