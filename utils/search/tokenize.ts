import { GREEK_WORDS, Join, Kind, scanPieces } from '../terms/pieces';

/** Words that carry no meaning in a question ("what is the role of IL-12 in cancer?"). */
const STOP_WORDS = new Set(
  'a an and are as at be by can could do does for from has have how in into is it its of on or that the their them they this to was what when where which who why will with'.split(
    ' ',
  ),
);

const SPELLED_IN_FULL = new Set(['interleukin', 'interferon']);

export interface TokenSpan {
  token: string;
  /** Offsets in the text, end exclusive. */
  start: number;
  end: number;
}

/**
 * The search words of a text with where each stands, spelled the way the term normaliser spells names: a name's
 * letters, number and Greek letter make one word (`IL-12`, `IL 12`, `interleukin 12` → `il12`; `interferon gamma`
 * → `ifngamma`). The spelled-out `interleukin`/`interferon` is kept beside its abbreviation so that typing it finds it.
 */
export function searchTokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | null = null;
  const flush = () => {
    // Stop words are checked as written: folding turns "does" into "doe".
    if (current && !STOP_WORDS.has(text.slice(current.start, current.end).toLowerCase())) spans.push(current);
    current = null;
  };
  for (const piece of scanPieces(text)) {
    if (piece.kind === Kind.Other) {
      flush();
      continue;
    }
    const attaches =
      current !== null &&
      piece.join !== Join.Hard &&
      (piece.join === Join.Tight || piece.kind !== Kind.Latin || GREEK_WORDS.has(piece.canon));
    if (!attaches) flush();
    if (piece.kind === Kind.Latin && (piece.canon === 'il' || piece.canon === 'ifn')) {
      // interleukin → il, interferon → ifn: keep the written word too, so that a prefix of it matches while typing.
      const written = text.slice(piece.start, piece.end).toLowerCase().replace(/s$/, '');
      if (SPELLED_IN_FULL.has(written)) spans.push({ token: written, start: piece.start, end: piece.end });
    }
    if (current) {
      current.token += piece.canon;
      current.end = piece.end;
    } else {
      current = { token: piece.canon, start: piece.start, end: piece.end };
    }
  }
  flush();
  return spans;
}

export function searchTokens(text: string): string[] {
  return searchTokenSpans(text).map((s) => s.token);
}
