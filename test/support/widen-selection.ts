import type { TermIndex } from '@/utils/terms/term-index';
import { recognize } from '@/utils/terms/recognize';
import { termAround, type Span } from '@/utils/terms/widen';

/**
 * The span of the whole term a selection sits in, or the selection itself: what explain() does to a double-click
 * that stopped at a hyphen, for the spelling and fuzz tables (the extension itself goes through explain()).
 */
export function widenSelection(index: TermIndex, text: string, selection: Span): Span {
  const around = termAround(recognize(index, text), selection);
  return around ? { start: around.start, end: around.end } : selection;
}
