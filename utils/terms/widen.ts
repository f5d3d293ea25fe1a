import { recognize } from './recognize';
import type { TermIndex } from './term-index';

export interface Span {
  start: number;
  end: number;
}

/**
 * The span of the whole term a selection sits in. Chromium's double-click stops at hyphens, so a reader who
 * double-clicks "12" in "IL-12" selects only "12"; given the text around it, this returns the span of "IL-12".
 * With no term around the selection, the selection itself.
 */
export function widenSelection(index: TermIndex, text: string, selection: Span): Span {
  for (const span of recognize(index, text)) {
    if (span.start > selection.start) break;
    if (span.start <= selection.start && span.end >= selection.end)
      return { start: span.start, end: span.end };
  }
  return selection;
}
