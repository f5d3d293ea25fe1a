import { categoryLabel, type Knowledge } from '../knowledge/knowledge';
import type { GlossaryEntry } from '../knowledge/types';
import { MAX_BUBBLE_QUESTIONS, MAX_PASSAGE_TERMS } from '../limits';
import type { FoundTerm, Explanation, ExplainRequest, Suggestion, TermCard } from '../messages/to-background';
import { recognize } from '../terms/recognize';
import { lookup, type TermIndex } from '../terms/term-index';
import { termAround } from '../terms/widen';

export function termCard(knowledge: Knowledge, entry: GlossaryEntry): TermCard {
  return {
    id: entry.id,
    name: entry.name,
    short: entry.short,
    category: categoryLabel(entry),
    summary: entry.summary,
    inCancer: entry.inCancer,
    questions: entry.qa
      .flatMap((id) => {
        const qa = knowledge.qaById.get(id);
        return qa ? [{ id: qa.id, question: qa.question }] : [];
      })
      .slice(0, MAX_BUBBLE_QUESTIONS),
  };
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Answers a selection: the terms it holds, in reading order and each once, with the selection widened to
 * the whole term it sits in. Offsets are relative to the selected text; a widened start may be negative
 * (the term began in `before`).
 */
export function explain(
  knowledge: Knowledge,
  index: TermIndex,
  request: ExplainRequest,
  suggest: (query: string) => Suggestion[],
): Explanation {
  const before = request.before ?? '';
  const after = request.after ?? '';
  const full = before + request.text + after;
  const selStart = before.length + leadingSpace(request.text);
  const selEnd = before.length + request.text.trimEnd().length;
  const shift = (n: number) => n - before.length;

  const terms: FoundTerm[] = [];
  const seen = new Set<string>();
  let widened = { start: shift(selStart), end: shift(selEnd) };
  const push = (start: number, end: number, ids: readonly string[]) => {
    for (const id of ids) {
      const entry = knowledge.termById.get(id);
      if (!entry || seen.has(id) || terms.length >= MAX_PASSAGE_TERMS) continue;
      seen.add(id);
      terms.push({ start: shift(start), end: shift(end), term: termCard(knowledge, entry) });
    }
  };

  if (selEnd > selStart) {
    const spans = recognize(index, full);
    // A selection inside one term, or the whole of it: that term, widened (a double-click on "IL" of "IL-12").
    const around = termAround(spans, { start: selStart, end: selEnd });
    // Otherwise a selection that is one name in any spelling ("Interleukin-12 (IL-12)") answers with that entry.
    const whole = around ? [] : lookup(index, request.text);
    if (around) {
      widened = { start: shift(around.start), end: shift(around.end) };
      push(around.start, around.end, around.ids);
    } else if (whole.length > 0) {
      push(selStart, selEnd, whole);
    } else {
      // A passage: every term that overlaps it.
      for (const span of spans) {
        if (span.end <= selStart) continue;
        if (span.start >= selEnd) break;
        push(span.start, span.end, span.ids);
      }
    }
  }
  const suggestions = request.explicit && terms.length === 0 ? suggest(request.text) : [];
  return { widened, terms, suggestions };
}
