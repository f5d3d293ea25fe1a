import { CONTEXT_WINDOW_CHARS } from '../limits';
import { findAbbreviations } from './abbreviations';
import { normalize } from './normalize';
import { recognize, type TermSpan } from './recognize';
import { lookup, type TermIndex } from './term-index';

/**
 * What the text around a name that often means something else (DC, TAM, APC) says about it:
 * - `defined`: the text defines it as this entry ("antigen-presenting cells (APCs)");
 * - `contradicted`: the text defines it as something else ("adenomatous polyposis coli (APC)");
 * - `supported`: biomedical words or another term nearby;
 * - `unsupported`: none of these, so an automatic request names nothing.
 */
export type Support = 'defined' | 'contradicted' | 'supported' | 'unsupported';

/**
 * Words that place a sentence in biomedicine, beside the terms the recogniser finds. Not "cell" or "gene" on their
 * own: cell biology and genetics use the same acronyms for other things (the APC gene, the APC/C in mitosis).
 */
const BIOMEDICAL_WORDS =
  /\b(?:immun\w*|tumou?r\w*|cancers?|carcinomas?|oncolog\w*|patients?|clinical|antigens?|lymph\w*|leukocytes?|myeloid|cytotoxic|t[- ]cells?|b[- ]cells?|nk cells?|infiltrat\w*|chemotherapy|vaccin\w*|intravesical|bladder|tuberculosis|mice|murine|in vivo|ex vivo|in vitro|lentivir\w*|retrovir\w*)\b/i;

export interface ContextReader {
  /** How the text supports naming the span at index `i` of the spans the reader was made with. */
  supportOf(i: number): Support;
}

/**
 * Reads the context of `text` (a selection with its bounded window, or a page) whose terms are `spans`. Definitions
 * are looked for once, over the whole text, and only if some span needs context; nearby support is looked for
 * within CONTEXT_WINDOW_CHARS of the span.
 */
export function readContext(index: TermIndex, text: string, spans: readonly TermSpan[]): ContextReader {
  let definitions: Map<string, Set<string>> | undefined;
  const definedAs = (key: string) => {
    if (!definitions) {
      definitions = new Map();
      for (const { short, long } of findAbbreviations(text)) {
        const ids = new Set([...lookup(index, long), ...recognize(index, long).flatMap((s) => s.ids)]);
        const shortKey = normalize(short);
        const known = definitions.get(shortKey);
        definitions.set(shortKey, known ? new Set([...known, ...ids]) : ids);
      }
    }
    return definitions.get(key);
  };
  return {
    supportOf(i) {
      const span = spans[i]!;
      if (!span.needsContext) return 'supported';
      const defined = definedAs(normalize(text.slice(span.start, span.end)));
      if (defined) return span.ids.some((id) => defined.has(id)) ? 'defined' : 'contradicted';
      const from = Math.max(0, span.start - CONTEXT_WINDOW_CHARS);
      const to = Math.min(text.length, span.end + CONTEXT_WINDOW_CHARS);
      const supports = (other: TermSpan) => !other.needsContext && other.ids.length > 0;
      // Spans are in reading order: look outwards from this one, only as far as the window.
      for (let j = i - 1; j >= 0 && spans[j]!.end > from; j--) if (supports(spans[j]!)) return 'supported';
      for (let j = i + 1; j < spans.length && spans[j]!.start < to; j++)
        if (supports(spans[j]!)) return 'supported';
      return BIOMEDICAL_WORDS.test(text.slice(from, to)) ? 'supported' : 'unsupported';
    },
  };
}

/** Whether a name with this support is named on an automatic request. */
export function isNamed(support: Support): boolean {
  return support === 'defined' || support === 'supported';
}

/**
 * The terms an automatic request names in `text` (a page, a paragraph): `recognize`, less the names that need
 * context and lack it here.
 */
export function recognizeSupported(index: TermIndex, text: string): TermSpan[] {
  const spans = recognize(index, text);
  if (!spans.some((s) => s.needsContext)) return spans;
  const context = readContext(index, text, spans);
  return spans.filter((_, i) => isNamed(context.supportOf(i)));
}
