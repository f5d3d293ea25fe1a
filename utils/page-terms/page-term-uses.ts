import type { Knowledge } from '../knowledge/knowledge';
import type { PageTermUse } from '../messages/to-background';
import { isNamed, readContext } from '../terms/context-support';
import { recognize } from '../terms/recognize';
import type { TermIndex } from '../terms/term-index';

/**
 * Every use of a known term in a chunk of a page's text, in reading order. A name that often means something else
 * (DC, TAM) counts only where the text around it supports it, as for an automatic bubble: a wrong term in the list
 * is worse than a missing one. A name two entries share counts once for each.
 */
export function pageTermUses(knowledge: Knowledge, index: TermIndex, text: string): PageTermUse[] {
  const spans = recognize(index, text);
  const context = readContext(index, text, spans);
  const uses: PageTermUse[] = [];
  spans.forEach((span, i) => {
    if (!isNamed(context.supportOf(i))) return;
    for (const id of span.ids)
      if (knowledge.termById.has(id)) uses.push({ start: span.start, end: span.end, id });
  });
  return uses;
}
