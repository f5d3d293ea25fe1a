/**
 * Where a save came from, from what the browser says about its sender (never what the page claims): a web page
 * gives its tab's title and its frame's URL; the PDF reader (an extension page) gives the document it shows; any
 * other extension page gives nothing (a term's view has no sentence to keep).
 */
import { fileToOpen } from '../pdf/reader-url';
import { sentenceAround } from './sentence';
import type { StudySave } from './study-entry';

export interface SaveSender {
  url?: string;
  tab?: { title?: string };
}

/** The reader's tab title is `${document} · ImmunoLens reader` (components/reader/ReaderApp.tsx). */
const READER_TITLE_END = / · ImmunoLens reader$/;

export function saveSource(
  sender: SaveSender,
  extensionBase: string,
  context: { before: string; text: string; after: string } | undefined,
): Omit<StudySave, 'termId'> {
  const url = sender.url ?? '';
  const sentence = context ? sentenceAround(context.before, context.text, context.after) : '';
  if (!url.startsWith(extensionBase))
    return sender.tab
      ? { sentence, pageTitle: sender.tab.title ?? '', url }
      : { sentence: '', pageTitle: '', url: '' };
  const page = new URL(url);
  if (page.pathname !== '/reader.html') return { sentence: '', pageTitle: '', url: '' };
  return {
    sentence,
    pageTitle: (sender.tab?.title ?? '').replace(READER_TITLE_END, ''),
    // A local file (opened by picker or drop) has no address to link back to; a file: URL is not kept either.
    url: fileToOpen(page.search)?.href ?? '',
  };
}
