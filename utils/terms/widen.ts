import type { TermSpan } from './recognize';

export interface Span {
  start: number;
  end: number;
}

/** Of terms found in reading order, the one a selection lies within (or is the whole of), if any. */
export function termAround(spans: readonly TermSpan[], selection: Span): TermSpan | undefined {
  for (const span of spans) {
    if (span.start > selection.start) break;
    if (span.end >= selection.end) return span;
  }
  return undefined;
}
