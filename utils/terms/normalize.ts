import { Join, scanPieces, type Piece } from './pieces';

/** Marks a break that no name spans (punctuation inside the text), so such a key never matches a name. */
export const HARD_BREAK = '|';

/** Longer than any name: text this long is not one name, and the doubled-form pattern need not look at it. */
const MAX_NAME_CHARS = 200;

// Numeric citation marks: [12], [3,4], [5–7].
const CITATION = /\[\s*\d[\d\s,;–-]*\]/g;
// "Interleukin-12 (IL-12)", "interleukin (IL)-4", "T helper 1 (TH1) cells": a name with its abbreviation in
// brackets. The abbreviation has a capital or a digit, so "(C-C motif)" style parts of a name stay.
const DOUBLED = /^([^()]*?)\s*\(([^()\s]{0,15}[A-Z0-9Α-Ω][^()\s]{0,15})\)(.*)$/s;
const POSSESSIVE = /['’]s\b/g;

/** Multi-word names that papers abbreviate: both spellings get one key. */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['tumornecrosisfactor', 'tnf'],
  ['transforminggrowthfactor', 'tgf'],
  ['nuclearfactorkappab', 'nfkappab'],
];

export function keyOfPieces(pieces: readonly Piece[], from = 0, to = pieces.length): string {
  let key = '';
  for (let i = from; i < to; i++) {
    const piece = pieces[i]!;
    if (i > from && piece.join === Join.Hard) key += HARD_BREAK;
    key += piece.canon;
  }
  return key;
}

function collapsePhrases(key: string): string {
  let out = key;
  for (const [phrase, short] of PHRASES) if (out.includes(phrase)) out = out.replaceAll(phrase, short);
  return out;
}

/** The spellings of `key` that text may show before phrases are abbreviated, for matching text as written. */
export function expandPhrases(key: string): string[] {
  const variants = [key];
  for (const [phrase, short] of PHRASES) {
    for (const v of [...variants]) if (v.includes(short)) variants.push(v.replaceAll(short, phrase));
  }
  return variants;
}

/**
 * The key that every spelling of one biomedical name shares: `IL-12`, `IL 12`, `IL12`, `interleukin 12` and
 * `Interleukin-12 (IL-12)` all give `il12`; `IFN-γ`, `IFN-gamma`, `IFNg` give `ifngamma`; `cytokines` gives
 * `cytokine`; `tumour` gives `tumor`. Text that is not one name gives a key that no name has.
 */
export function normalize(text: string): string {
  let t = text;
  if (t.includes('[')) t = t.replace(CITATION, '');
  if (t.includes("'") || t.includes('’')) t = t.replace(POSSESSIVE, '');
  if (t.length <= MAX_NAME_CHARS && t.includes('(')) {
    const m = DOUBLED.exec(t.trim());
    if (m) {
      const [, before = '', inner = '', after = ''] = m;
      t = before.trim() === '' ? inner + after : before + after;
    }
  }
  return collapsePhrases(keyOfPieces(scanPieces(t)));
}
