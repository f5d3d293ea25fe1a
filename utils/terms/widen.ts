import { recognize, type TermSpan } from './recognize';
import type { TermIndex } from './term-index';

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

/**
 * The span of the whole term a selection sits in. Chromium's double-click stops at hyphens, so a reader who
 * double-clicks "12" in "IL-12" selects only "12"; given the text around it, this returns the span of "IL-12".
 * With no term around the selection, the selection itself.
 */
export function widenSelection(index: TermIndex, text: string, selection: Span): Span {
  const around = termAround(recognize(index, text), selection);
  return around ? { start: around.start, end: around.end } : selection;
}
