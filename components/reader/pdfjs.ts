import { browser } from 'wxt/browser';
import * as pdfjsLib from 'pdfjs-dist';
// The worker as a file of the extension, loaded as a module: no CDN, no Blob wrapper (it is same-origin).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
// PDF.js's viewer components read the library from this global (web/pdf_viewer.mjs has no import of it):
// this module must be evaluated before that one, which importing it first guarantees.
(globalThis as { pdfjsLib?: typeof pdfjsLib }).pdfjsLib = pdfjsLib;

export { pdfjsLib };

/**
 * Where the build puts PDF.js's data (wxt.config.ts copies it from pdfjs-dist): the 14 standard fonts, the CMaps
 * for CJK text, and the image decoders. Extension URLs, so nothing is fetched from the network.
 */
export function pdfjsDataUrls() {
  const base = browser.runtime.getURL('/pdfjs/' as '/');
  return {
    standardFontDataUrl: `${base}standard_fonts/`,
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    wasmUrl: `${base}wasm/`,
    iccUrl: `${base}iccs/`,
  };
}
