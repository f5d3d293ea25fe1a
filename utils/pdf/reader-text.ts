/**
 * A text-layer selection as the reader sees it. PDF.js puts each line (and each run of text) in its own span
 * with a line break between lines, so a selection over "inter-" and "leukin-12" reads "inter-\nleukin-12".
 */

/** A hyphen, a hyphen-minus or a soft hyphen at the end of a line, with the line break after it. */
const BROKEN_WORD = /(\p{L}|\p{N})?([-\u00ad\u2010])[ \t]*\r?\n\s*(\p{L}|\p{N})?/gu;

/**
 * Joins what a line break split: a word hyphenated across lines loses its hyphen ("inter-\nleukin" →
 * "interleukin") when lower-case letters stand either side; a hyphen that belongs to the name stays ("IL-\n12" →
 * "IL-12", "anti-\nPD-1" → "anti-PD-1"); a soft hyphen always goes. Every other line break and run of spaces
 * becomes one space.
 */
export function readerText(raw: string): string {
  const joined = raw.replace(
    BROKEN_WORD,
    (_all, left: string | undefined, hyphen: string, right?: string) => {
      const l = left ?? '';
      const r = right ?? '';
      const dropHyphen = hyphen === '\u00ad' || (/^\p{Ll}$/u.test(l) && /^\p{Ll}$/u.test(r));
      return l + (dropHyphen ? '' : hyphen) + r;
    },
  );
  return joined.replace(/\s+/g, ' ');
}

/** The last `max` characters of the text before a selection, as the reader sees it. */
export function contextBefore(raw: string, max: number): string {
  const text = readerText(raw);
  return text.slice(Math.max(0, text.length - max));
}

/** The first `max` characters of the text after a selection, as the reader sees it. */
export function contextAfter(raw: string, max: number): string {
  return readerText(raw).slice(0, max);
}
