import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pdfjsLib } from './pdfjs';
import {
  EventBus,
  LinkTarget,
  PDFFindController,
  PDFLinkService,
  PDFViewer,
} from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { Zoom } from '@/utils/pdf/zoom';

/** The largest canvas a page gets, in pixels: a huge page is drawn at lower detail instead of exhausting memory. */
const MAX_CANVAS_PIXELS = 16_777_216;

export interface ViewEvents {
  onPage(page: number): void;
  onScale(percent: number): void;
  onFindCount(current: number, total: number, notFound: boolean): void;
  onTextLayer(page: number): void;
  onPageRendered(page: number): void;
}

export interface PdfView {
  readonly pages: number;
  goToPage(page: number): void;
  setZoom(zoom: Zoom): void;
  find(query: string, again: boolean, previous: boolean): void;
  closeFind(): void;
  destroy(): void;
}

/**
 * PDF.js's own viewer, continuous scrolling: it draws only the pages near the visible ones and keeps a small
 * buffer of drawn pages (PDFPageViewBuffer), so memory follows what is on screen, not the page count. Each drawn
 * page has a text layer for selection and copy, and a link layer whose web links open in a new tab.
 */
export function createPdfView(container: HTMLDivElement, doc: PDFDocumentProxy, events: ViewEvents): PdfView {
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({
    eventBus,
    externalLinkTarget: LinkTarget.BLANK,
    externalLinkRel: 'noopener noreferrer nofollow',
  });
  const findController = new PDFFindController({ eventBus, linkService });
  const viewer = new PDFViewer({
    container,
    eventBus,
    linkService,
    findController,
    // Links only: no form filling, no editing, no PDF JavaScript.
    annotationMode: pdfjsLib.AnnotationMode.ENABLE,
    maxCanvasPixels: MAX_CANVAS_PIXELS,
  });
  linkService.setViewer(viewer);

  eventBus.on('pagesinit', () => {
    viewer.currentScaleValue = 'page-width';
  });
  eventBus.on('pagechanging', (e: { pageNumber: number }) => events.onPage(e.pageNumber));
  eventBus.on('scalechanging', (e: { scale: number }) => events.onScale(Math.round(e.scale * 100)));
  eventBus.on('textlayerrendered', (e: { pageNumber: number }) => events.onTextLayer(e.pageNumber));
  eventBus.on('pagerendered', (e: { pageNumber: number }) => events.onPageRendered(e.pageNumber));
  const onCount = (e: { matchesCount?: { current: number; total: number }; state?: number }) =>
    events.onFindCount(
      e.matchesCount?.current ?? 0,
      e.matchesCount?.total ?? 0,
      e.state === 1, // FindState.NOT_FOUND
    );
  eventBus.on('updatefindmatchescount', onCount);
  eventBus.on('updatefindcontrolstate', onCount);

  viewer.setDocument(doc);
  linkService.setDocument(doc, null);

  let lastQuery = '';
  return {
    pages: doc.numPages,
    goToPage(page) {
      viewer.currentPageNumber = Math.min(doc.numPages, Math.max(1, Math.round(page)));
    },
    setZoom(zoom) {
      viewer.currentScaleValue = typeof zoom === 'number' ? String(zoom / 100) : zoom;
    },
    find(query, again, previous) {
      lastQuery = query;
      eventBus.dispatch('find', {
        source: null,
        type: again ? 'again' : '',
        query,
        caseSensitive: false,
        entireWord: false,
        highlightAll: true,
        findPrevious: previous,
        matchDiacritics: false,
      });
    },
    closeFind() {
      if (lastQuery) eventBus.dispatch('findbarclose', { source: null });
      lastQuery = '';
    },
    destroy() {
      viewer.setDocument(null as unknown as PDFDocumentProxy);
      void doc.loadingTask.destroy();
    },
  };
}
