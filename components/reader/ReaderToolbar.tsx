import { originalUrl } from '@/utils/pdf/redirect';
import { ZOOM_STEPS, parseZoom, stepZoom, type Zoom } from '@/utils/pdf/zoom';

export interface ReaderToolbarProps {
  title: string;
  source: string | null;
  page: number;
  pages: number;
  zoom: Zoom;
  percent: number;
  inverted: boolean;
  downloadUrl: string | null;
  fileName: string;
  onPage: (page: number) => void;
  onZoom: (zoom: Zoom) => void;
  onFind: () => void;
  onInvert: () => void;
  onOpenFile: () => void;
}

/** The reader's bar: title and address, page number, zoom, find, page colours, and the ways out. */
export function ReaderToolbar(p: ReaderToolbarProps) {
  const zoomValue = typeof p.zoom === 'number' ? String(p.zoom) : p.zoom;
  const custom = typeof p.zoom === 'number' && !(ZOOM_STEPS as readonly number[]).includes(p.zoom);
  return (
    <header class="reader-bar">
      <div class="reader-doc">
        <h1 class="reader-title" title={p.title}>
          {p.title}
        </h1>
        {p.source ? (
          <p class="reader-source">
            <span class="reader-url" title={p.source}>
              {p.source}
            </span>
            <button type="button" class="link" onClick={() => void navigator.clipboard?.writeText(p.source!)}>
              Copy address
            </button>
            <a class="link" href={originalUrl(p.source)} target="_blank" rel="noopener noreferrer">
              Open original
            </a>
          </p>
        ) : null}
      </div>
      <div class="reader-controls">
        {p.pages > 0 ? (
          <>
            <label class="reader-page">
              Page{' '}
              <input
                type="number"
                class="page-number"
                min={1}
                max={p.pages}
                value={p.page}
                aria-label="Page number"
                onChange={(e) => p.onPage(Number((e.target as HTMLInputElement).value))}
              />{' '}
              of <span class="page-count">{p.pages}</span>
            </label>
            <button type="button" aria-label="Zoom out" onClick={() => p.onZoom(stepZoom(p.percent, -1))}>
              −
            </button>
            <select
              class="zoom"
              aria-label="Zoom"
              value={zoomValue}
              onChange={(e) => p.onZoom(parseZoom((e.target as HTMLSelectElement).value))}
            >
              <option value="page-width">Fit width</option>
              <option value="page-fit">Fit page</option>
              {custom ? <option value={zoomValue}>{zoomValue} %</option> : null}
              {ZOOM_STEPS.map((s) => (
                <option key={s} value={String(s)}>
                  {s} %
                </option>
              ))}
            </select>
            <button type="button" aria-label="Zoom in" onClick={() => p.onZoom(stepZoom(p.percent, 1))}>
              +
            </button>
            <span class="zoom-percent" aria-live="polite">
              {p.percent} %
            </span>
            <button type="button" class="find-button" onClick={p.onFind} title="Find in document (Ctrl+F)">
              Find
            </button>
            <button type="button" class="invert" aria-pressed={p.inverted} onClick={p.onInvert}>
              Dark pages
            </button>
          </>
        ) : null}
        <button type="button" class="open-file" onClick={p.onOpenFile}>
          Open file…
        </button>
        {p.downloadUrl ? (
          <a class="button download" href={p.downloadUrl} download={p.fileName}>
            Download
          </a>
        ) : null}
      </div>
    </header>
  );
}
