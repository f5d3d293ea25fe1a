import { searchTokens } from './tokenize';

export interface Segment {
  text: string;
  match: boolean;
}

// A word with its hyphenated parts and Greek letters: "IL-12", "IFN-γ", "T-cell".
const WORD = /[\p{L}\p{N}]+(?:[-‐‑–][\p{L}\p{N}]+)*/gu;

/**
 * Splits `text` into plain and matching segments: a word matches when one of its search words starts with a
 * query word. The UI renders segments as text nodes and <mark> elements, never as an HTML string.
 */
export function highlightSegments(text: string, words: readonly string[]): Segment[] {
  if (words.length === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const tokens = searchTokens(m[0]);
    const hit = tokens.some((t) => words.some((w) => t.startsWith(w)));
    if (!hit) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
