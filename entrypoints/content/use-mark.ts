/**
 * Shows one use of a term: scrolls it into view and marks it for a moment with the CSS Custom Highlight API, which
 * paints over the page's text without adding, removing or moving any of its elements. The mark's colours come
 * from a constructed stylesheet adopted by the document (no <style> element either), taken away with the mark.
 */
import { TERM_USE_MARK_MS } from '@/utils/limits';

const HIGHLIGHT = 'immunolens-use';
// The system's "found in page" colours, which every theme and forced-colours palette keeps readable.
const STYLE = `::highlight(${HIGHLIGHT}) { background-color: Mark; color: MarkText; }
@media (forced-colors: active) { ::highlight(${HIGHLIGHT}) { background-color: Highlight; color: HighlightText; } }`;

export interface UseMark {
  /** Scrolls `range` to the middle of the viewport and marks it; false when it no longer shows on the page. */
  show(range: Range): boolean;
}

function inViewport(rect: DOMRect): boolean {
  return rect.top >= 0 && rect.bottom <= innerHeight && rect.left >= 0 && rect.right <= innerWidth;
}

export function createUseMark(doc: Document = document): UseMark {
  let sheet: CSSStyleSheet | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const unmark = () => {
    clearTimeout(timer);
    globalThis.CSS?.highlights?.delete(HIGHLIGHT);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };

  function mark(range: Range) {
    // Firefox before 140 has no highlight registry: the scroll alone shows the place.
    if (typeof Highlight !== 'function' || !globalThis.CSS?.highlights) return;
    try {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      // The page may have replaced the adopted sheets since the last mark: add ours again each time.
      if (!doc.adoptedStyleSheets.includes(sheet))
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch (error) {
      console.debug('ImmunoLens: the use mark has no style on this page', error);
    }
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    timer = setTimeout(unmark, TERM_USE_MARK_MS);
  }

  return {
    show(range) {
      unmark();
      if (range.getClientRects().length === 0) return false;
      // A jump, as the browser's find bar makes: no motion to reduce, and the place is known when this returns.
      // The text's element first (it may sit in a scrolled box of its own), then the window to the term itself,
      // for an element taller than the viewport.
      range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        inline: 'nearest',
        behavior: 'instant',
      });
      const rect = range.getBoundingClientRect();
      if (!inViewport(rect))
        scrollBy({ top: rect.top + rect.height / 2 - innerHeight / 2, left: 0, behavior: 'instant' });
      mark(range);
      return true;
    },
  };
}
