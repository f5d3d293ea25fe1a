import { categoryLabel, type Knowledge } from '../knowledge/knowledge';
import type { GlossaryEntry } from '../knowledge/types';
import { MAX_BUBBLE_QUESTIONS, MAX_PASSAGE_TERMS } from '../limits';
import type { FoundTerm, Explanation, ExplainRequest, Suggestion, TermCard } from '../messages/to-background';
import { isNamed, readContext, type Support } from '../terms/context-support';
import { isWholeTokens, recognize, type TermSpan } from '../terms/recognize';
import { lookupName, type TermIndex } from '../terms/term-index';
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
    ...(entry.pack ? { pack: entry.pack.name, overrides: entry.pack.overrides } : {}),
  };
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** Whether a term that holds the selection reaches past it, and only across white space on each side it does. */
function meetsAtSpaces(full: string, around: TermSpan, start: number, end: number): boolean {
  if (around.start === start && around.end === end) return false;
  const before = around.start === start || /\s/.test(full[start - 1] ?? '');
  const after = around.end === end || /\s/.test(full[end] ?? '');
  return before && after;
}

/** The spans a selection answers with: the term it sits in, the one name it is, or every term it overlaps. */
function selectedSpans(
  index: TermIndex,
  request: ExplainRequest,
  full: string,
  spans: TermSpan[],
  selStart: number,
  selEnd: number,
): { chosen: number[]; widen: boolean } {
  // A selection inside one term, or the whole of it: that term, widened (a double-click on "IL" of "IL-12").
  const around = termAround(spans, { start: selStart, end: selEnd });
  const whole = lookupName(index, request.text);
  const exact = whole && isWholeTokens(index, full, selStart, selEnd);
  const selected = () => {
    const span: TermSpan = { start: selStart, end: selEnd, ids: whole!.ids };
    if (whole!.needsContext) span.needsContext = true;
    spans.push(span);
    spans.sort((a, b) => a.start - b.start);
    return span;
  };
  // A selection that is a whole name of its own and meets a longer term only at a space ("IL-2" of "high-dose
  // IL-2", "IL-6" of "IL-6 receptor") means that name first, then the longer term; widening is for a selection
  // that stopped inside a word or at a hyphen (a double-click on "IL" of "IL-12").
  if (around && around.ids.length > 0 && exact && meetsAtSpaces(full, around, selStart, selEnd)) {
    const span = selected();
    return { chosen: [spans.indexOf(span), spans.indexOf(around)], widen: false };
  }
  if (around) return { chosen: [spans.indexOf(around)], widen: true };
  // Otherwise a selection that is one name in any spelling ("Interleukin-12 (IL-12)"), as whole tokens of the text.
  if (exact) return { chosen: [spans.indexOf(selected())], widen: false };
  // A passage: every term that overlaps it.
  const chosen: number[] = [];
  spans.forEach((span, i) => {
    if (span.end > selStart && span.start < selEnd) chosen.push(i);
  });
  return { chosen, widen: false };
}

/**
 * Answers a selection: the terms it holds, in reading order and each once, with the selection widened to
 * the whole term it sits in. Offsets are relative to the selected text; a widened start may be negative
 * (the term began in `before`). A name that often means something else (DC, TAM) is named only when the text
 * around it supports it; an explicit request offers it unsupported as "Did you mean", and never offers a name the
 * text defines as something else.
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
  const doubtful: string[] = [];
  const ruledOut = new Set<string>();
  let widened = { start: shift(selStart), end: shift(selEnd) };
  const push = (span: TermSpan, support: Support) => {
    for (const id of span.ids) {
      const entry = knowledge.termById.get(id);
      if (!entry) continue;
      if (support === 'contradicted') ruledOut.add(id);
      else if (!isNamed(support)) doubtful.push(id);
      else if (!seen.has(id) && terms.length < MAX_PASSAGE_TERMS) {
        seen.add(id);
        terms.push({ start: shift(span.start), end: shift(span.end), term: termCard(knowledge, entry) });
      }
    }
  };

  if (selEnd > selStart) {
    const spans = recognize(index, full, true);
    const { chosen, widen } = selectedSpans(index, request, full, spans, selStart, selEnd);
    const context = readContext(index, full, spans);
    for (const i of chosen) push(spans[i]!, context.supportOf(i));
    const only = chosen.length === 1 ? spans[chosen[0]!]! : undefined;
    if (widen && only) widened = { start: shift(only.start), end: shift(only.end) };
  }
  if (!request.explicit || terms.length > 0) return { widened, terms, suggestions: [] };
  const offered = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const id of doubtful) {
    const entry = knowledge.termById.get(id);
    if (entry && !seen.has(id) && !ruledOut.has(id) && !offered.has(id)) {
      offered.add(id);
      suggestions.push({
        kind: 'term',
        id,
        title: entry.short ? `${entry.name} (${entry.short})` : entry.name,
      });
    }
  }
  for (const s of suggest(request.text))
    if (!(s.kind === 'term' && (offered.has(s.id) || ruledOut.has(s.id)))) suggestions.push(s);
  return { widened, terms, suggestions };
}
