/**
 * The side panel's "terms on this page", answered in the top frame and in each frame the panel reads: read the
 * frame's visible text (bounded), have the background recognise it chunk by chunk, count the uses in reading
 * order, and scroll to one use when asked (a frame says where it now shows, for the panel to bring the frame into
 * view in the top page). Built as an ES module (content-scripts/page-terms.js, see modules/lazy-content.ts) and
 * loaded only when the panel asks: nothing runs before that, whether the lens is on or off.
 */
import {
  MAX_PAGE_TITLE_CHARS,
  MAX_PAGE_CHUNK_CHARS,
  MAX_PAGE_TERM_USES,
  MAX_PAGE_TERMS_CHARS,
} from '@/utils/limits';
import type { PageTermUse } from '@/utils/messages/to-background';
import type { PageTerms, ToPage } from '@/utils/messages/to-page';
import { sendToBackground } from '@/utils/messages/transport';
import { MAX_FRAME_TERMS_CHARS } from '@/utils/page-terms/frame-terms';
import { rangeOfSpan, readVisibleText, type TextChunk } from '@/utils/page-text/visible-text';
import { tallyUses, type Tally } from '@/utils/page-terms/tally-uses';
import { createUseMark, type UseMark } from './use-mark';

interface Listing {
  chunks: TextChunk[];
  /** Every use in reading order, each with the chunk it is in. */
  uses: (PageTermUse & { chunk: number })[];
  tally: Tally;
  truncated: boolean;
}

export interface PageTermsResponder {
  list(): Promise<PageTerms>;
  show(request: ToPage['showTermUse'][0]): Promise<ToPage['showTermUse'][1]>;
}

export type Recognize = (text: string) => Promise<PageTermUse[]>;

const askBackground: Recognize = async (text) => (await sendToBackground('recognizePageText', { text })).uses;

export interface PageTermsOptions {
  /** Recognises a chunk of text: the background, by default. */
  recognize?: Recognize;
  doc?: Document;
  /** Scrolls to a use and marks it. */
  mark?: UseMark;
}

export function createPageTerms(options: PageTermsOptions = {}): PageTermsResponder {
  const { recognize = askBackground, doc = document } = options;
  const useMark = options.mark ?? createUseMark(doc);
  let listing: Promise<Listing> | null = null;
  let reading = false;
  const view = doc.defaultView;
  const inTop = !view || view === view.top;

  async function read(): Promise<Listing> {
    const root = doc.body;
    const maxChars = inTop ? MAX_PAGE_TERMS_CHARS : MAX_FRAME_TERMS_CHARS;
    const text = root
      ? readVisibleText(root, { maxChars, maxChunkChars: MAX_PAGE_CHUNK_CHARS })
      : { chunks: [], truncated: false };
    const found = await Promise.all(text.chunks.map((chunk) => recognize(chunk.text)));
    const uses: Listing['uses'] = [];
    let truncated = text.truncated;
    found.forEach((chunkUses, chunk) => {
      for (const use of chunkUses) {
        if (uses.length === MAX_PAGE_TERM_USES) {
          truncated = true;
          return;
        }
        uses.push({ ...use, chunk });
      }
    });
    return { chunks: text.chunks, uses, tally: tallyUses(uses), truncated };
  }

  /** A fresh reading of the page; a request while one is under way shares it. */
  function relist(): Promise<Listing> {
    if (reading && listing) return listing;
    reading = true;
    const next = read().finally(() => (reading = false));
    listing = next;
    // A failed reading is not kept: the next request reads again.
    next.catch(() => listing === next && (listing = null));
    return next;
  }

  function rangeOf(current: Listing, id: string, index: number): Range | null | undefined {
    const at = current.tally.usesOf.get(id)?.[index];
    if (at === undefined) return undefined;
    const use = current.uses[at]!;
    const chunk = current.chunks[use.chunk]!;
    const range = rangeOfSpan(chunk, use.start, use.end);
    // Text the page removed or rewrote since it was read no longer holds the term.
    const connected = range?.startContainer.isConnected && range.endContainer.isConnected;
    return range && connected && range.toString() === chunk.text.slice(use.start, use.end) ? range : null;
  }

  return {
    async list() {
      const { tally, truncated } = await relist();
      // Counted, not read: the panel reads frames by asking each (page-terms/frame-terms.ts).
      const frames = doc.querySelectorAll('iframe,frame').length;
      return {
        terms: tally.terms,
        truncated,
        title: doc.title.slice(0, MAX_PAGE_TITLE_CHARS),
        ...(frames > 0 ? { frames } : {}),
      };
    },
    async show({ id, index }) {
      let range = rangeOf(await (listing ?? relist()), id, index);
      // The page changed since it was read (or this frame never listed): read it again, once.
      if (!range || !useMark.show(range)) {
        range = rangeOf(await relist(), id, index);
        if (!range || !useMark.show(range)) return 'nothing';
      }
      if (inTop) return 'shown';
      const { top, height } = range.getBoundingClientRect();
      return { y: Math.round(top), height: Math.round(height) };
    },
  };
}
