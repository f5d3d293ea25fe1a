/**
 * Flesch–Kincaid grade level of the glossary's plain-language summaries.
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Words: whitespace-separated tokens that hold at least one letter or digit; a hyphenated token ("T-cell",
 * "IL-12") is one word whose syllables are the sum of its parts. Sentences: runs ending in `.`, `!` or `?`
 * followed by a space or the end (at least one per text).
 *
 * Syllable rule, per letter or digit run inside a word:
 * - an ordinary word (any lower-case letter): the number of vowel groups (a, e, i, o, u, y), less one for a
 *   silent final "e" (not "-le" after a consonant: "ta-ble"), less one for "-ed" not after t or d ("killed"),
 *   less one for "-es" not after s, x, z, ch, sh, ce or ge ("makes", "cytokines"); at least 1;
 * - an all-capital run (an acronym): spelled out, one syllable per letter, when it has 3 letters or fewer or no
 *   vowel ("CD", "HLA", "TNFR"); read as a word by the vowel-group rule otherwise ("STING", "NASA");
 * - a digit run: one syllable per digit ("IL-2" = 3, "CD8" = 3, "2025" = 4);
 * - a Greek letter (α, β, γ, κ …): 2 syllables.
 * Punctuation, brackets and symbols count for nothing.
 */

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

const GREEK = /[\u0370-\u03ff]/u;

function wordSyllables(run: string): number {
  const w = run.toLowerCase();
  let n = (w.match(/[aeiouy]+/g) ?? []).length;
  if (n > 1) {
    if (/[^aeiouy]le$/.test(w)) {
      // "table", "simple": the final -le is a syllable of its own; nothing to take away
    } else if (/e$/.test(w) && !/(ee|ye)$/.test(w)) n -= 1;
    else if (/[^td]ed$/.test(w)) n -= 1;
    else if (/es$/.test(w) && !/(s|x|z|ch|sh|ce|ge)es$/.test(w)) n -= 1;
  }
  return Math.max(1, n);
}

function runSyllables(run: string): number {
  if (/^\d+$/.test(run)) return run.length;
  if (GREEK.test(run)) return 2 * [...run].length;
  if (!/[a-z]/.test(run)) {
    const spelled = run.length <= 3 || !/[AEIOUY]/.test(run);
    return spelled ? run.length : wordSyllables(run);
  }
  return wordSyllables(run);
}

/** Syllables in one whitespace-separated token (0 when it has no letter or digit). */
export function syllablesIn(token: string): number {
  const runs = token.match(/[A-Za-z]+|\d+|[\u0370-\u03ff]+/gu) ?? [];
  return runs.reduce((sum, run) => sum + runSyllables(run), 0);
}

export function readability(text: string): Readability {
  const tokens = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  const words = tokens.length;
  const sentences = Math.max(1, (text.match(/[.!?](\s|$)/g) ?? []).length);
  const syllables = tokens.reduce((sum, t) => sum + Math.max(1, syllablesIn(t)), 0);
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The limits issue #13 sets for the glossary's summaries. */
export const READABILITY_LIMITS = { medianGrade: 9, maxGrade: 14 } as const;

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
