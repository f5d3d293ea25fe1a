import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PageTermsResponder } from '@/entrypoints/content/page-terms';
import { TO_PAGE, type ToPage } from '@/utils/messages/to-page';
import { onMessages } from '@/utils/messages/transport';
import { problem, type LoadProblem } from '@/utils/pdf/load-problem';
import { documentName } from '@/utils/pdf/reader-url';
import { clampZoom, stepZoom, type Zoom } from '@/utils/pdf/zoom';
import { FindBar } from './FindBar';
import { fetchPdf, readLocalFile, type Fetched } from './open-pdf';
import { documentTitle, hasHugePage, hasTextLayer, openDocument } from './open-document';
import { PasswordForm } from './PasswordForm';
import { createPdfView, type PdfView } from './pdf-view';
import { ReaderToolbar } from './ReaderToolbar';
import { explainSelections } from './selection-explainer';

type Stage =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'password'; incorrect: boolean; answer: (password: string | null) => void }
  | { kind: 'problem'; problem: LoadProblem }
  | { kind: 'open' };

export interface ReaderAppProps {
  /** The address from `?file=`, or null: then the reader offers a file picker. */
  source: URL | null;
  /** `?file=` was given but is not an address the reader opens. */
  badSource: boolean;
}

/** The PDF reader: one document at a time, from an address or a local file, with highlight-to-explain. */
export function ReaderApp({ source, badSource }: ReaderAppProps) {
  const [stage, setStage] = useState<Stage>(
    badSource
      ? { kind: 'problem', problem: problem('bad-address') }
      : source
        ? { kind: 'loading' }
        : { kind: 'empty' },
  );
  const [title, setTitle] = useState('ImmunoLens reader');
  const [fileName, setFileName] = useState('document.pdf');
  const [origin, setOrigin] = useState<string | null>(source?.href ?? null);
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [pages, setPages] = useState(0);
  const [zoom, setZoomState] = useState<Zoom>('page-width');
  const [percent, setPercent] = useState(100);
  const [finding, setFinding] = useState(false);
  const [found, setFound] = useState({ current: 0, total: 0, notFound: false });
  const [inverted, setInverted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<PdfView | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const show = useCallback(async (doc: PDFDocumentProxy, url: URL | null, name?: string) => {
    view.current?.destroy();
    setStage({ kind: 'open' });
    let firstPage = true;
    let firstText = true;
    view.current = createPdfView(container.current!, doc, {
      onPage: setPage,
      onScale: setPercent,
      onFindCount: (current, total, notFound) => setFound({ current, total, notFound }),
      onPageRendered: () => {
        if (firstPage) performance.mark('reader:first-page');
        firstPage = false;
      },
      onTextLayer: () => {
        if (firstText) performance.mark('reader:text-layer');
        firstText = false;
      },
    });
    setPages(doc.numPages);
    setPage(1);
    const docTitle = await documentTitle(doc);
    const shown = documentName(url, docTitle ?? name);
    setTitle(shown);
    setFileName(/\.pdf$/i.test(shown) ? shown : documentName(url, name));
    document.title = `${shown} · ImmunoLens reader`;
    const [text, huge] = await Promise.all([hasTextLayer(doc), hasHugePage(doc)]);
    setNotice(
      !text
        ? 'This PDF has no text layer (it may be a scan). ImmunoLens explains text you select, so there is nothing to select here; the pages are shown as images.'
        : huge
          ? 'This PDF has a very large page: it is drawn at reduced detail so that it fits in memory. Zoom in to read it.'
          : null,
    );
    container.current?.focus({ preventScroll: true });
  }, []);

  const load = useCallback(
    async (fetching: Promise<Fetched>, url: URL | null, name?: string) => {
      setStage({ kind: 'loading' });
      setNotice(null);
      const fetched = await fetching;
      if ('problem' in fetched) return setStage({ kind: 'problem', problem: fetched.problem });
      performance.mark('reader:fetched');
      // PDF.js takes the bytes over to its worker; the download link keeps its own copy, so "Download" never
      // fetches the file a second time.
      setDownloadUrl((old) => {
        if (old) URL.revokeObjectURL(old);
        return URL.createObjectURL(new Blob([fetched.data.slice()], { type: 'application/pdf' }));
      });
      const opened = await openDocument(
        fetched.data,
        (reason) =>
          new Promise((answer) => setStage({ kind: 'password', incorrect: reason === 'incorrect', answer })),
      );
      if ('problem' in opened) return setStage({ kind: 'problem', problem: opened.problem });
      if ('cancelled' in opened)
        return setStage({
          kind: 'problem',
          problem: { kind: 'corrupt', message: 'This PDF needs its password to open.' },
        });
      await show(opened.doc, url, name);
    },
    [show],
  );

  const openFile = useCallback(
    (file: File | undefined) => {
      if (!file) return;
      setOrigin(null);
      history.replaceState(null, '', location.pathname);
      void load(readLocalFile(file), null, file.name);
    },
    [load],
  );

  useEffect(() => {
    if (source) void load(fetchPdf(source), source);
    const { stop, explainExplicitly } = explainSelections(container.current!, (ms) =>
      performance.mark('reader:bubble', { detail: ms }),
    );
    // The context menu and the shortcut ask the tab's page to explain its selection, as they ask a content script.
    // The reader has no lens: the command's toggle answers that it stays off.
    // The side panel lists the terms of the text layer's rendered pages, as of a web page (page-terms.ts).
    const pageTerms = () =>
      import('@/entrypoints/content/page-terms').then((m) => (terms ??= m.createPageTerms()));
    let terms: PageTermsResponder | undefined;
    onMessages<ToPage>(TO_PAGE, {
      explainSelection: () => explainExplicitly(),
      ping: () => 'pong',
      listPageTerms: async () => (await pageTerms()).list(),
      showTermUse: async (request) => (await pageTerms()).show(request),
      toggleLens: () => 'off',
      startLens: () => 'off',
      // The reader has no frames: the panel's roll call finds none.
      callFrames: () => 'called',
    });
    return () => {
      stop();
      view.current?.destroy();
    };
  }, []);

  const setZoom = (z: Zoom) => {
    const next = typeof z === 'number' ? clampZoom(z) : z;
    setZoomState(next);
    view.current?.setZoom(next);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || !view.current) return;
      if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        setFinding(false);
        queueMicrotask(() => setFinding(true));
      } else if (e.key === '+' || e.key === '=') {
        e.preventDefault();
        setZoom(stepZoom(percent, 1));
      } else if (e.key === '-') {
        e.preventDefault();
        setZoom(stepZoom(percent, -1));
      } else if (e.key === '0') {
        e.preventDefault();
        setZoom('page-width');
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [percent]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    openFile(e.dataTransfer?.files[0]);
  };

  return (
    <div
      class={`reader${inverted ? ' invert-pages' : ''}${dropping ? ' dropping' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <ReaderToolbar
        title={title}
        source={origin}
        page={page}
        pages={stage.kind === 'open' ? pages : 0}
        zoom={zoom}
        percent={percent}
        inverted={inverted}
        downloadUrl={stage.kind === 'open' ? downloadUrl : null}
        fileName={fileName}
        onPage={(n) => view.current?.goToPage(n)}
        onZoom={setZoom}
        onFind={() => setFinding(true)}
        onInvert={() => setInverted((v) => !v)}
        onOpenFile={() => picker.current?.click()}
      />
      <input
        ref={picker}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        onChange={(e) => openFile((e.target as HTMLInputElement).files?.[0])}
      />
      {finding && stage.kind === 'open' ? (
        <FindBar
          {...found}
          onFind={(q, again, previous) => view.current?.find(q, again, previous)}
          onClose={() => {
            setFinding(false);
            view.current?.closeFind();
            container.current?.focus({ preventScroll: true });
          }}
        />
      ) : null}
      {notice && stage.kind === 'open' ? (
        <p class="reader-notice" role="status">
          {notice}
        </p>
      ) : null}
      {stage.kind === 'loading' ? (
        <p class="reader-message" role="status">
          Opening the PDF…
        </p>
      ) : stage.kind === 'problem' ? (
        <div class="reader-message reader-problem" role="alert" data-problem={stage.problem.kind}>
          <p>{stage.problem.message}</p>
          <button type="button" onClick={() => picker.current?.click()}>
            Open a file instead
          </button>
        </div>
      ) : stage.kind === 'password' ? (
        <PasswordForm
          incorrect={stage.incorrect}
          onSubmit={(password) => {
            setStage({ kind: 'loading' });
            stage.answer(password);
          }}
        />
      ) : stage.kind === 'empty' ? (
        <div class="reader-message reader-empty">
          <p>Open a PDF to read it with ImmunoLens: select a term such as IL-12 to see what it is.</p>
          <button type="button" class="primary" onClick={() => picker.current?.click()}>
            Choose a PDF…
          </button>
          <p class="muted">or drop one on this page. Local files never leave this computer.</p>
        </div>
      ) : null}
      <div
        ref={container}
        id="viewerContainer"
        class="reader-pages"
        tabIndex={0}
        hidden={stage.kind !== 'open'}
        aria-label="Document pages"
      >
        <div class="pdfViewer" />
      </div>
    </div>
  );
}
