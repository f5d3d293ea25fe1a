import { canonAt, type PieceTable } from './piece-table';
import { Join, Kind } from './pieces';

// Local copies of the imported constants the loops below read per character and per piece. Where the modules are
// turned into CommonJS one file at a time (tsx outside a `"type": "module"` package), an imported binding is a
// getter on the other module's exports, read each time: a profile put a fifth of the time there. As ES modules
// the copies measured 2-5 % less CPU (docs/decisions/0013-recognition-fast-path.md).
const JOIN_HARD = Join.Hard;
const JOIN_TIGHT = Join.Tight;
const KIND_DIGIT = Kind.Digit;
const KIND_GREEK = Kind.Greek;
const KIND_LATIN = Kind.Latin;

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
  // PubMed's tokenised "IL-12-and IL-18-stimulated".
  'and',
  'or',
  'ko',
]);

/** Endings of lower-case words that modify the term before the hyphen: -ed, -ing, -ive, -ible/-able, -ent/-ant. */
export const MODIFIER_ENDINGS = /(?:ed|ing|ive|ible|able|ent|ant)$/;

/** Marks written straight after a marker (flow cytometry: CD4hi, CD8lo, PD-1high) or a gene (IL-10KO, IL-6mRNA). */
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
  'ko',
  'mrna',
]);

const HAS_DIGIT = /\d/;
const LOWER_WORD = /^\p{Lu}?\p{Ll}+$/u;

function isDash(code: number): boolean {
  return (
    code === 45 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 || code === 0xff0d
  );
}

/** The end (exclusive) of the word that starts at piece `q`: its tightly joined pieces. */
function wordEnd(t: PieceTable, q: number): number {
  let r = q + 1;
  while (r < t.count && t.join[r] === JOIN_TIGHT) r++;
  return r;
}

/**
 * Whether a name that ends with piece `p` ends a whole token, so that it is this name and not the start of a longer
 * symbol. It is not when the text goes straight on (IL6R, IL6ST, MDC1, SLC7A11, IDO2), except for a
 * flow-cytometry mark (CD4hi) or an isoform number after a Greek letter (IFN-α2b). After a single hyphen it goes on
 * as a longer symbol with a number (MIG-6) or a short part (TRAIL-R2, B7-H3, HLA-DR, CCR4-NOT, CTLA-4-Ig); it ends before a lower-case modifier (IL-2-induced, see MODIFIER_WORDS), another term
 * (PD-1–PD-L1, IL-6–STAT3) or another symbol with a number (CCL2-CCR2). `startsTerm(t, q)` says whether a
 * known term begins at piece q of the passage's pieces `t` (piece-table.ts).
 */
export function endsName(
  text: string,
  t: PieceTable,
  p: number,
  startsTerm: (t: PieceTable, q: number) => boolean,
): boolean {
  const q = p + 1;
  if (q >= t.count || t.join[q] === JOIN_HARD) return true;
  const lastKind = t.kind[p];
  const nextKind = t.kind[q];
  if (t.join[q] === JOIN_TIGHT) {
    if (nextKind === KIND_LATIN && TIGHT_MARKS.has(canonAt(t, q))) return wordEnd(t, q) === p + 2;
    return lastKind === KIND_GREEK && nextKind === KIND_DIGIT;
  }
  // A soft join: spaces end the name; so does a hyphen with a space ("IL-6- and IL-8-producing").
  const lastEnd = t.end[p]!;
  if (t.start[q]! - lastEnd !== 1 || !isDash(text.charCodeAt(lastEnd))) return true;
  if (nextKind === KIND_DIGIT) return lastKind === KIND_GREEK;
  if (nextKind !== KIND_LATIN) return false;
  const end = wordEnd(t, q);
  const word = text.slice(t.start[q], t.end[end - 1]);
  if (LOWER_WORD.test(word)) {
    const lower = word.toLowerCase();
    return MODIFIER_WORDS.has(lower) || MODIFIER_ENDINGS.test(lower);
  }
  if (startsTerm(t, q)) return true;
  // Another symbol (CCL2-CCR2, IL-6-gp130) or a word (IFN-γ-ELISpot); not a short part of this one (NOT, DR, Ig).
  return HAS_DIGIT.test(word) ? word.length >= 3 : word.length >= 4;
}
