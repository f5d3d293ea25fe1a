/** The sentence a selection sits in, from the selection and the bounded text read either side of it. */
import { MAX_STUDY_SENTENCE_CHARS } from '../limits';
import { plainLine } from './study-entry';

/** Abbreviations papers use whose full stop ends no sentence. */
const NOT_AN_END = String.raw`(?<!\b(?:e\.g|i\.e|et al|vs|Fig|Figs|cf|approx|resp|ca))`;
/**
 * Where a sentence ends: . ! or ? before white space (or the end), or a blank line. A single line break is not one:
 * text read from HTML keeps the source's line breaks inside a paragraph.
 */
const END = new RegExp(String.raw`${NOT_AN_END}[.!?](?=\s)|\n\s*\n`, 'g');
const FIRST_END = new RegExp(String.raw`${NOT_AN_END}[.!?](?=\s|$)|\n\s*\n`);

export function sentenceAround(before: string, text: string, after: string): string {
  let start = 0;
  for (const m of before.matchAll(END)) start = m.index + 1;
  const stop = FIRST_END.exec(after);
  const tail = stop ? after.slice(0, stop.index + 1) : after;
  return plainLine(before.slice(start) + text + tail, MAX_STUDY_SENTENCE_CHARS);
}
