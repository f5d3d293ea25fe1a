import { searchTokenSpans } from './tokenize';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matching segments: a stretch matches where one of its search words starts with a
 * query word, so every spelling of a name is marked ("IL-12", "interleukin 12"). The UI renders segments as text
 * nodes and <mark> elements, never as an HTML string.
 */
export function highlightSegments(text: string, words: readonly string[]): Segment[] {
  if (words.length === 0) return [{ text, match: false }];
  const ranges = searchTokenSpans(text)
    .filter((s) => words.some((w) => s.token.startsWith(w)))
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let last = 0;
  for (const { start, end } of ranges) {
    if (end <= last) continue;
    const from = Math.max(start, last);
    if (from > last) segments.push({ text: text.slice(last, from), match: false });
    const previous = segments[segments.length - 1];
    if (previous?.match && from === last) previous.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), match: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
