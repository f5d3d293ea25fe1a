/**
 * Splits text into the pieces names are built from (runs of Latin letters, runs of digits, single Greek letters)
 * and canonicalises each piece, keeping its offsets in the original string. Both `normalize` and `recognize`
 * read text through this one scanner, so a name keyed from the glossary and the same name met in a page agree.
 */
import { WordCache } from '../word-cache';

export const enum Kind {
  Latin = 0,
  Digit = 1,
  Greek = 2,
  /** Letters of other scripts: they never match, but they are words, not separators. */
  Other = 3,
}

/** How a piece is joined to the one before it. */
export const enum Join {
  /** Same run of characters (`IL12`), or only invisible characters between (soft hyphen, zero-width space). */
  Tight = 0,
  /** Spaces or one dash between (`IL 12`, `IL-12`, `IL‑12`): still one name. */
  Soft = 1,
  /** Anything else (punctuation, a line of spaces, start of text): a name never spans it. */
  Hard = 2,
}

export interface Piece {
  start: number;
  end: number;
  kind: Kind;
  join: Join;
  /** Canonical spelling: lower case, folded, Greek letters spelled out. */
  canon: string;
}

// Character classes for the ASCII fast path.
export const C_OTHER = 0;
export const C_LATIN = 1;
export const C_DIGIT = 2;
export const C_SPACE = 3;
export const C_DASH = 4;
export const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = C_LATIN;
  else if (c >= 48 && c <= 57) ASCII[c] = C_DIGIT;
  else if (c === 32 || c === 9 || c === 10 || c === 13) ASCII[c] = C_SPACE;
  else if (c === 45) ASCII[c] = C_DASH;
  else ASCII[c] = C_OTHER;
}
export const C_GREEK = 5;
export const C_INVISIBLE = 6;
export const C_OTHER_LETTER = 7;

const RE_LATIN = /\p{Script=Latin}/u;
const RE_GREEK = /\p{Script=Greek}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_LETTER = /[\p{L}\p{M}]/u;
const RE_SPACE = /\s/u;

function classifyWide(ch: string, code: number): number {
  // Every dash and hyphen a name may be typed with: U+2010–2015 and the minus sign U+2212, small and full-width forms.
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 || code === 0xff0d)
    return C_DASH;
  // Soft hyphen, zero-width space/joiners, word joiner, BOM, and the marks ® ™ © that leaflets put inside brand
  // names ("INTRON® A"): invisible, so they do not separate a name.
  if (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0xae ||
    code === 0x2122 ||
    code === 0xa9
  )
    return C_INVISIBLE;
  // Subscript digits are part of a name (PGE₂); superscripts are citation marks and stay separators.
  if (code >= 0x2080 && code <= 0x2089) return C_DIGIT;
  if (code === 0xa0 || code === 0x202f || code === 0x2009 || RE_SPACE.test(ch)) return C_SPACE;
  if (RE_GREEK.test(ch)) return RE_LETTER.test(ch) ? C_GREEK : C_OTHER;
  if (RE_LATIN.test(ch)) return C_LATIN;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_LETTER.test(ch)) return C_OTHER_LETTER;
  return C_OTHER;
}

export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u00ae\u2122\u00a9]/g;

const wideClassCache = new Map<number, number>();
export function classOf(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII[code]!;
  let cls = wideClassCache.get(code);
  if (cls === undefined) {
    // Lone surrogates and astral characters: classify the code point, but only BMP letters form names.
    cls = code >= 0xd800 && code <= 0xdfff ? C_OTHER : classifyWide(text[i]!, code);
    if (wideClassCache.size < 4096) wideClassCache.set(code, cls);
  }
  return cls;
}

const GREEK_NAMES: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  ο: 'omicron',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  ς: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  ϕ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
  ϐ: 'beta',
  ϵ: 'epsilon',
};

/** Greek letter names written out; they attach to the name before them like a Greek letter does. */
export const GREEK_WORDS = new Set(Object.values(GREEK_NAMES));

export function greekName(ch: string): string {
  const lower = ch.normalize('NFKC').toLowerCase();
  return GREEK_NAMES[lower] ?? lower;
}

/** Plurals that do not end in a plain -s. */
const IRREGULAR_WORDS: Record<string, string> = {
  metastases: 'metastasis',
  apoptoses: 'apoptosis',
  diagnoses: 'diagnosis',
  neoplasms: 'neoplasm',
  lymphomata: 'lymphoma',
  carcinomata: 'carcinoma',
  interleukins: 'il',
  interferons: 'ifn',
  interleukin: 'il',
  interferon: 'ifn',
  signalling: 'signaling',
  viruses: 'virus',
  leucocyte: 'leukocyte',
  leucocytes: 'leukocyte',
};
// A map, not the object: a word such as "constructor" must not find Object.prototype's members.
const IRREGULAR = new Map(Object.entries(IRREGULAR_WORDS));

/** Endings where a final s is part of the singular (virus, metastasis, sepsis, class). */
function keepsFinalS(word: string): boolean {
  const p = word.charCodeAt(word.length - 2);
  // u, i, s, o before the s
  return p === 117 || p === 105 || p === 115 || p === 111;
}

/**
 * Folds one run of Latin letters (already lower case) to its canonical spelling. `acronym`: the run was written
 * in capitals, so a final S is part of it (CRS, ICANS), not a plural.
 */
export function foldWord(raw: string, acronym = false): string {
  let w = raw;
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  // Latin small gamma and sharp s stand in for γ and β in some typesetting.
  if (w.includes('ɣ')) w = w.replaceAll('ɣ', 'gamma');
  if (w === 'ß') return 'beta';
  if (!acronym && w.length >= 3 && w.charCodeAt(w.length - 1) === 115 /* s */) {
    if (w.length >= 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
    else if (!keepsFinalS(w)) w = w.slice(0, -1);
  }
  if (w.length >= 4) {
    // British to American: tumour, anaemia, haematopoietic, oedema, polarisation.
    if (w.includes('our')) w = w.replace(/^tumour/, 'tumor').replace(/^(favo|colo|behavio)ur/, '$1r');
    if (w.includes('ae')) w = w.replace(/(?<=.)ae/g, 'e');
    if (w.includes('oe')) w = w.replace(/oe/g, 'e');
    if (w.includes('isation')) w = w.replace('isation', 'ization');
    if (w.startsWith('leuc')) w = 'leuk' + w.slice(4);
    const again = IRREGULAR.get(w);
    if (again !== undefined) return again;
  }
  return w;
}

// A run of Latin letters is folded the same way wherever it appears: cache what English text repeats, bounded
// by characters as well as entries (exported for the test that floods it).
export const foldCache = new WordCache<string>(20_000, 400_000, 64, (folded) => folded.length);

export function canonLatin(raw: string): string {
  let hit = foldCache.get(raw);
  if (hit !== undefined) return hit;
  let lower = raw.toLowerCase();
  // Full-width and other compatibility forms fold to ASCII (NFKC); plain ASCII needs no work.
  if (!/^[a-z]*$/.test(lower)) lower = lower.normalize('NFKC').toLowerCase();
  const stem = raw.slice(0, -1);
  if (raw.length >= 3 && raw.endsWith('s') && stem === stem.toUpperCase() && stem !== stem.toLowerCase()) {
    // An acronym's plural (ICIs, CTCs, TILs): the stem is the acronym.
    hit = foldWord(lower.slice(0, -1), true);
  } else {
    // CRS, ICANS: a short run in capitals is an acronym, and its final S is no plural; CYTOKINES is a headline.
    hit = foldWord(lower, raw.length >= 2 && raw.length <= 5 && raw === raw.toUpperCase() && raw !== lower);
  }
  foldCache.set(raw, hit);
  return hit;
}

export function canonDigits(raw: string): string {
  return /^[0-9]*$/.test(raw) ? raw : raw.normalize('NFKC');
}

/** Single letters that stand for a Greek letter after IFN, TNF, TGF and IL-1 (IFN-g, TNFa, TGF-b1, IL-1b). */
const LETTER_FOR_GREEK: Record<string, string> = { a: 'alpha', b: 'beta', g: 'gamma', l: 'lambda' };
const TAKES_GREEK_LETTER = new Set(['ifn', 'tnf', 'tgf']);
/** The same written as one run: IFNg, TNFa, TGFb, NFkB. */
const SPELLED_GREEK = /^(?:(ifn|tnf|tgf)([abgl])|nfkb)$/;

/**
 * Whether a piece spelled `canon` may change how the Latin piece after it reads in `withGreekContext` (IFN, TNF,
 * TGF and NF before a letter, and the 1 or 36 of IL-1 and IL-36): after any other, it reads as it would alone.
 */
export function changesNextPiece(canon: string): boolean {
  return TAKES_GREEK_LETTER.has(canon) || canon === 'nf' || canon === '1' || canon === '36';
}

/**
 * Canonical form of a Latin piece given the pieces before it, so that `IFN-g` reads as `IFN-γ`,
 * `IL-1b` as `IL-1β` and `NF-kB` as `NF-κB`, while a lone `g` stays `g`.
 */
export function withGreekContext(
  canon: string,
  prev: Piece | undefined,
  prevPrev: Piece | undefined,
): string {
  if (canon.length <= 2 && prev?.kind === Kind.Latin && prev.canon === 'nf') {
    if (canon === 'kb') return 'kappab';
    if (canon === 'k') return 'kappa';
  }
  if (canon.length === 1) {
    const greek = LETTER_FOR_GREEK[canon];
    if (greek === undefined || prev === undefined) return canon;
    if (prev.kind === Kind.Latin && TAKES_GREEK_LETTER.has(prev.canon)) return greek;
    // IL-1a/IL-1b and IL-36a/b/g: a letter after the number of an IL-1 family member.
    const afterIl1Family =
      prev.kind === Kind.Digit &&
      (prev.canon === '1' || prev.canon === '36') &&
      prevPrev?.kind === Kind.Latin &&
      prevPrev.canon === 'il';
    return afterIl1Family && canon !== 'l' ? greek : canon;
  }
  const m = canon.length <= 4 ? SPELLED_GREEK.exec(canon) : null;
  if (!m) return canon;
  return m[1] === undefined ? 'nfkappab' : m[1] + LETTER_FOR_GREEK[m[2]!]!;
}

/**
 * Scans `text` from `from` to `to` and returns its pieces in order. Linear in the length scanned.
 */
export function scanPieces(text: string, from = 0, to = text.length): Piece[] {
  const pieces: Piece[] = [];
  let join: Join = Join.Hard;
  // Counts what lies between two pieces, to tell a soft join (one dash, a few spaces) from a hard one.
  let dashes = 0;
  let spaces = 0;
  let i = from;
  while (i < to) {
    const cls = classOf(text, i);
    if (cls === C_LATIN || cls === C_DIGIT || cls === C_OTHER_LETTER) {
      const start = i;
      let invisible = false;
      i++;
      for (; i < to; i++) {
        const next = classOf(text, i);
        // A soft hyphen or zero-width character inside a word ("Inter\u00ADleukin") does not split it.
        if (next === C_INVISIBLE && i + 1 < to && classOf(text, i + 1) === cls) invisible = true;
        else if (next !== cls) break;
      }
      const raw = invisible ? text.slice(start, i).replace(INVISIBLE, '') : text.slice(start, i);
      const kind = cls === C_LATIN ? Kind.Latin : cls === C_DIGIT ? Kind.Digit : Kind.Other;
      const last = pieces[pieces.length - 1];
      // The plural of a name that ends in a number (ILC2s, CD8s, Th17s) belongs to the number.
      if (raw === 's' && join === Join.Tight && last?.kind === Kind.Digit) {
        last.end = i;
        continue;
      }
      // Separate numbers, and letters spaced out one by one ("I L 1 2"), are not one name.
      if (
        join === Join.Soft &&
        last?.kind === kind &&
        (kind === Kind.Digit || (raw.length === 1 && last.end - last.start === 1))
      )
        join = Join.Hard;
      let canon = kind === Kind.Latin ? canonLatin(raw) : kind === Kind.Digit ? canonDigits(raw) : raw;
      if (kind === Kind.Latin) {
        const prev = join === Join.Hard ? undefined : last;
        const prevPrev = prev && prev.join !== Join.Hard ? pieces[pieces.length - 2] : undefined;
        canon = withGreekContext(canon, prev, prevPrev);
      }
      pieces.push({ start, end: i, kind, join, canon });
      join = Join.Tight;
      dashes = 0;
      spaces = 0;
      continue;
    }
    if (cls === C_GREEK) {
      pieces.push({ start: i, end: i + 1, kind: Kind.Greek, join, canon: greekName(text[i]!) });
      join = Join.Tight;
      dashes = 0;
      spaces = 0;
      i++;
      continue;
    }
    if (cls === C_SPACE) {
      spaces++;
      // A name may wrap at a line end, but a run of spaces (a table cell, a layout gap) ends it.
      if (join !== Join.Hard) join = spaces > 3 ? Join.Hard : Join.Soft;
    } else if (cls === C_DASH) {
      dashes++;
      if (join !== Join.Hard) join = dashes > 1 ? Join.Hard : Join.Soft;
    } else if (cls !== C_INVISIBLE) {
      join = Join.Hard;
    }
    i++;
  }
  return pieces;
}
