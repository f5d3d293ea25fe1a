import { GREEK_WORDS, Join, Kind, scanPieces } from '../terms/pieces';

/** Words that carry no meaning in a question ("what is the role of IL-12 in cancer?"). */
const STOP_WORDS = new Set(
  'a an and are as at be by can could do does for from has have how in into is it its of on or that the their them they this to was what when where which who why will with'.split(
    ' ',
  ),
);

const SPELLED_IN_FULL = new Set(['interleukin', 'interferon']);

/**
 * The search words of a text, spelled the way the term normaliser spells names: a name's letters, number and
 * Greek letter make one word (`IL-12`, `IL 12`, `interleukin 12` → `il12`; `interferon gamma` → `ifngamma`).
 * The spelled-out `interleukin`/`interferon` is kept beside its abbreviation so that typing it finds it.
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  const flush = () => {
    if (current !== '' && !STOP_WORDS.has(current)) tokens.push(current);
    current = '';
  };
  for (const piece of scanPieces(text)) {
    if (piece.kind === Kind.Other) {
      flush();
      continue;
    }
    const attaches =
      current !== '' &&
      piece.join !== Join.Hard &&
      (piece.join === Join.Tight || piece.kind !== Kind.Latin || GREEK_WORDS.has(piece.canon));
    if (!attaches) flush();
    if (piece.kind === Kind.Latin && (piece.canon === 'il' || piece.canon === 'ifn')) {
      // interleukin → il, interferon → ifn: keep the written word too, so that a prefix of it matches while typing.
      const written = text.slice(piece.start, piece.end).toLowerCase().replace(/s$/, '');
      if (SPELLED_IN_FULL.has(written)) tokens.push(written);
    }
    current += piece.canon;
  }
  flush();
  return tokens;
}
