/**
 * Which tab the side panel lists, and asking that tab's page. In Chrome's side panel and Firefox's sidebar the
 * panel follows the active tab of its window; opened as a tab itself (`sidepanel.html?tabId=N`: the fallback where
 * neither exists, and the e2e tests) it starts on tab N and follows tab switches in N's window, never listing
 * itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PanelState } from '@/components/PageTermsPanel';
import { fullViewUrl } from '@/utils/lookup/full-view-url';
import { sendToFrame } from '@/utils/messages/transport';
import { locateUse, mergeFrameTerms } from '@/utils/page-terms/frame-terms';
import { whyNoAnswer } from '@/utils/page-terms/page-access';
import { readPageFrames, revealUse, type PageFrames } from './page-frames';

const NO_SCRIPT_TRIES = 4;
const NO_SCRIPT_RETRY_MS = 250;

interface Place {
  /** The panel's own tab when it is a tab page, else undefined. */
  ownTabId?: number;
  windowId?: number;
  firstTabId?: number;
}

function tabIdParam(): number | undefined {
  const n = Number(new URLSearchParams(location.search).get('tabId') ?? NaN);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

async function findPlace(): Promise<Place> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const fixed = tabIdParam();
  if (fixed !== undefined) {
    const tab = await browser.tabs.get(fixed).catch(() => undefined);
    return { ownTabId: own?.id, windowId: tab?.windowId, firstTabId: fixed };
  }
  // Firefox for Android has no windows API (it opens this page with ?tabId=).
  const windowId = (await browser.windows?.getCurrent().catch(() => undefined))?.id;
  const [active] = await browser.tabs.query(
    windowId === undefined ? { active: true } : { active: true, windowId },
  );
  return { ownTabId: own?.id, windowId, firstTabId: active?.id };
}

export interface PageTab {
  state: PanelState;
  title?: string;
  refresh(): void;
  reload(): void;
  showUse(id: string, index: number): Promise<'shown' | 'nothing'>;
  /** Opens the lookup page on an entry or a question, in the panel's window. */
  open(target: { kind: 'term' | 'qa'; id: string }): void;
}

export function usePageTab(): PageTab {
  const [place, setPlace] = useState<Place | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [title, setTitle] = useState<string | undefined>(undefined);
  // Each listing has a number: an answer from a tab the panel has left since is dropped.
  const generation = useRef(0);
  // The frames the list was read from, to send "show use" to the frame that holds it.
  const frames = useRef<PageFrames | null>(null);

  const list = useCallback(async (id: number | undefined) => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    frames.current = null;
    setState({ kind: 'loading' });
    if (id === undefined) return setState({ kind: 'no-answer', why: 'unreadable' });
    const tab: Browser.tabs.Tab | undefined = await browser.tabs.get(id).catch(() => undefined);
    if (!current()) return;
    setTitle(tab?.title);
    // A page still loading has no content script yet: tabs.onUpdated lists it once it is complete.
    if (tab?.status === 'loading') return;
    const why = tab ? whyNoAnswer(tab.url) : null;
    // The content script starts at document_idle, which may come just after the tab reports `complete`
    // (docs/browser-quirks.md#content-script-starts-after-load): a web page gets a few tries before "reload".
    for (let tries = why === 'unreadable' ? 1 : NO_SCRIPT_TRIES; tries > 0 && current(); tries--) {
      try {
        const reply = await sendToFrame({ tabId: id }, 'listPageTerms', {});
        if (!current()) return;
        // The top frame's list shows at once; the frames' terms join it when they have answered (bounded).
        setState({ kind: 'listed', ...reply, ...(reply.frames ? { framesPending: true } : {}) });
        if (!reply.frames) return;
        const read = await readPageFrames(id, reply).catch(() => null);
        if (!current()) return;
        frames.current = read;
        setState({
          kind: 'listed',
          ...reply,
          ...(read
            ? {
                terms: mergeFrameTerms(read.lists),
                framesRead: read.lists.length - 1,
                framesLeftOut: read.leftOut,
                framesClosed: read.closed,
                framesCut: read.cut,
              }
            : { framesClosed: reply.frames }),
        });
        return;
      } catch {
        if (tries > 1) await new Promise((resolve) => setTimeout(resolve, NO_SCRIPT_RETRY_MS));
      }
    }
    if (current()) setState(why ? { kind: 'no-answer', why } : { kind: 'failed' });
  }, []);

  useEffect(() => {
    void findPlace().then((found) => {
      setPlace(found);
      setTabId(found.firstTabId);
    });
  }, []);

  useEffect(() => {
    if (place) void list(tabId);
  }, [place, tabId, list]);

  useEffect(() => {
    if (!place) return;
    const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
      if (info.tabId === place.ownTabId) return;
      if (place.windowId === undefined || info.windowId === place.windowId) setTabId(info.tabId);
    };
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id !== tabId) return;
      if (change.title !== undefined) setTitle(change.title);
      if (change.status === 'loading') {
        generation.current++;
        setState({ kind: 'loading' });
      } else if (change.status === 'complete') void list(id);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [place, tabId, list]);

  return {
    state,
    title,
    refresh: () => void list(tabId),
    reload: () => tabId !== undefined && void browser.tabs.reload(tabId),
    async showUse(id, index) {
      if (tabId === undefined) return 'nothing';
      // Opened as a tab (Firefox for Android), the panel hides the page: bring the page forward to show the use.
      if (place?.ownTabId !== undefined) await browser.tabs.update(tabId, { active: true });
      const read = frames.current;
      const at = read ? locateUse(read.lists, id, index) : { frameId: 0, index };
      if (!at) return 'nothing';
      const reply = await sendToFrame({ tabId, frameId: at.frameId }, 'showTermUse', { id, index: at.index });
      if (reply === 'shown' || reply === 'nothing') return reply;
      // A frame showed it inside itself: the top page scrolls the frame to it.
      const element = read?.elementOf.get(at.frameId);
      if (element !== undefined) await revealUse(tabId, element, reply).catch(console.debug);
      return 'shown';
    },
    open(target) {
      void browser.tabs.create({
        url: fullViewUrl(target),
        ...(place?.windowId === undefined ? {} : { windowId: place.windowId }),
      });
    },
  };
}
