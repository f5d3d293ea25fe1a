import type { PDFDocumentProxy } from 'pdfjs-dist';
import { passwordReason, problemOfPdfError, type LoadProblem } from '@/utils/pdf/load-problem';
import { pdfjsDataUrls, pdfjsLib } from './pdfjs';

export type PasswordAsk = (reason: 'needed' | 'incorrect') => Promise<string | null>;
export type Opened = { doc: PDFDocumentProxy } | { problem: LoadProblem } | { cancelled: true };

/**
 * Hands the bytes to PDF.js (its worker parses them) and asks for a password when the file has one, again after
 * a wrong one, until the reader gives the right one or cancels.
 */
export async function openDocument(data: Uint8Array, askPassword: PasswordAsk): Promise<Opened> {
  const task = pdfjsLib.getDocument({
    data,
    ...pdfjsDataUrls(),
    // The reader runs no script from a PDF and fills no XFA forms.
    enableXfa: false,
    isEvalSupported: false,
  } as Parameters<typeof pdfjsLib.getDocument>[0]);
  let cancelled = false;
  task.onPassword = (update: (password: string) => void, reason: number) => {
    void askPassword(passwordReason(reason)).then((password) => {
      if (password === null) {
        cancelled = true;
        void task.destroy();
      } else update(password);
    });
  };
  try {
    return { doc: await task.promise };
  } catch (error) {
    if (cancelled) return { cancelled: true };
    console.debug('ImmunoLens reader: PDF.js could not open the file', error);
    return {
      problem: problemOfPdfError(error) ?? { kind: 'corrupt', message: 'This PDF could not be opened.' },
    };
  }
}

/** Whether the first pages carry any text: a scanned PDF has only images, and nothing to select. */
export async function hasTextLayer(doc: PDFDocumentProxy, pagesToCheck = 3): Promise<boolean> {
  for (let n = 1; n <= Math.min(pagesToCheck, doc.numPages); n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    if (content.items.some((item) => 'str' in item && item.str.trim() !== '')) return true;
  }
  return false;
}

/** The document's own title, when its metadata has one. */
export async function documentTitle(doc: PDFDocumentProxy): Promise<string | undefined> {
  try {
    const { info } = await doc.getMetadata();
    const title = (info as { Title?: unknown }).Title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

/** A side longer than this, in PDF points (1/72 in), is a poster or a plan: 100 inches. */
export const HUGE_PAGE_POINTS = 7200;

/** Whether the first page is huge: it is then drawn at reduced detail, and the reader is told why. */
export async function hasHugePage(doc: PDFDocumentProxy): Promise<boolean> {
  const page = await doc.getPage(1);
  const { width, height } = page.getViewport({ scale: 1 });
  return Math.max(width, height) > HUGE_PAGE_POINTS;
}
