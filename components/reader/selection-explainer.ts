import { CONTEXT_WINDOW_CHARS, MAX_SELECTION_CHARS, SELECTION_DEBOUNCE_MS } from '@/utils/limits';
import type { FullViewTarget } from '@/utils/messages/to-background';
import type { BubbleOutcome } from '@/utils/messages/to-page';
import { sendToBackground } from '@/utils/messages/transport';
import { contextAfter, contextBefore, readerText } from '@/utils/pdf/reader-text';
import { triggerAllows, type SelectionGesture } from '@/utils/selection/selection-rules';
import { readSettings, watchSettings } from '@/utils/settings/settings-item';
import type { Settings } from '@/utils/settings/settings';
import { rangeText } from './range-text';
import { createReaderBubble } from './reader-bubble';

/** A text-layer selection as the lookup message carries it: the text as read, and the text either side on its page. */
export function readTextLayerSelection(selection: Selection | null) {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const text = readerText(rangeText(range)).trim().slice(0, MAX_SELECTION_CHARS);
  if (text === '') return null;
  const layerOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('.textLayer');
  const startLayer = layerOf(range.startContainer);
  const endLayer = layerOf(range.endContainer);
  let before = '';
  let after = '';
  if (startLayer) {
    const r = document.createRange();
    r.setStart(startLayer, 0);
    r.setEnd(range.startContainer, range.startOffset);
    before = contextBefore(rangeText(r), CONTEXT_WINDOW_CHARS);
  }
  if (endLayer) {
    const r = document.createRange();
    r.setStart(range.endContainer, range.endOffset);
    r.setEndAfter(endLayer.lastChild ?? endLayer);
    after = contextAfter(rangeText(r), CONTEXT_WINDOW_CHARS);
  }
  return { text, before, after, range: range.cloneRange() };
}

/** The reader's own page knows whether it is in a private window (the background also reads its tab). */
const inPrivate = browser.extension?.inIncognitoContext === true;

const openFullView = (target: FullViewTarget) => void sendToBackground('openFullView', { target });

/**
 * Highlight-to-explain in the reader: a finished selection in a page's text layer goes the way a selection on a
 * web page goes (the same `lookup` message to the background, the same settings, the same bubble).
 * Returns how to stop listening, and the explicit request the context menu and the shortcut make.
 */
export function explainSelections(root: HTMLElement, onExplained?: (ms: number) => void) {
  let settings: Settings | null = null;
  const loaded = readSettings().then((s) => (settings = s));
  const unwatch = watchSettings((s) => {
    settings = s;
    if (s.trigger === 'off') bubble.close();
  });
  const bubble = createReaderBubble({
    onOpenEntry: (id) => openFullView({ kind: 'term', id }),
    onOpenQuestion: (id) => openFullView({ kind: 'qa', id }),
    onSearch: (text) => openFullView({ kind: 'query', text }),
    // The background keeps the sentence and takes the document's address and title from this tab (save-source.ts).
    study: ({ before, text, after }) => ({
      status: (termId) => sendToBackground('studyStatus', { termId, private: inPrivate }),
      save: (termId, confirmPrivate) =>
        sendToBackground('saveToStudy', {
          termId,
          context: { before, text, after },
          confirmPrivate,
          private: inPrivate,
        }),
      unsave: (termId) => sendToBackground('unsaveFromStudy', { termId }),
    }),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let dragging = false;

  /** Explains the selection; `explicit` (context menu, shortcut) ignores the trigger mode and answers "no entry" too. */
  async function explainNow(gesture: SelectionGesture | 'explicit', altKey = false): Promise<boolean> {
    await loaded;
    const current = settings!;
    const explicit = gesture === 'explicit';
    if (!explicit && !triggerAllows(current.trigger, gesture, altKey)) return false;
    const read = readTextLayerSelection(document.getSelection());
    if (!read || !root.contains(read.range.commonAncestorContainer)) return false;
    const mine = ++generation;
    const started = performance.now();
    const reply = await sendToBackground('explain', {
      text: read.text,
      before: read.before,
      after: read.after,
      explicit,
    });
    if (mine !== generation) return false;
    if (reply.terms.length === 0 && !explicit) {
      bubble.close();
      return false;
    }
    bubble.show(reply, read, current);
    onExplained?.(performance.now() - started);
    return true;
  }

  const schedule = (gesture: SelectionGesture, altKey: boolean) => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        void explainNow(gesture, altKey).catch((e: unknown) => console.debug('ImmunoLens: lookup failed', e)),
      SELECTION_DEBOUNCE_MS,
    );
  };
  const onMouseDown = (e: MouseEvent) => {
    if (bubble.contains(e.target)) return;
    dragging = true;
    ++generation;
    bubble.close();
  };
  const onMouseUp = (e: MouseEvent) => {
    if (bubble.contains(e.target)) return;
    dragging = false;
    const s = document.getSelection();
    if (s && !s.isCollapsed) schedule(e.detail >= 2 ? 'dblclick' : 'drag', e.altKey);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return;
    if (e.shiftKey || e.key === 'Shift' || (e.key === 'a' && (e.ctrlKey || e.metaKey))) {
      const s = document.getSelection();
      if (s && !s.isCollapsed) schedule('keyboard', e.altKey);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && bubble.isOpen()) {
      ++generation;
      bubble.close();
    }
  };
  const onSelectionChange = () => {
    if (dragging || !bubble.isOpen()) return;
    if (document.getSelection()?.isCollapsed ?? true) bubble.close();
  };
  document.addEventListener('mousedown', onMouseDown, true);
  document.addEventListener('mouseup', onMouseUp, true);
  document.addEventListener('keyup', onKeyUp, true);
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('selectionchange', onSelectionChange);
  const stop = () => {
    clearTimeout(timer);
    unwatch();
    bubble.close();
    document.removeEventListener('mousedown', onMouseDown, true);
    document.removeEventListener('mouseup', onMouseUp, true);
    document.removeEventListener('keyup', onKeyUp, true);
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('selectionchange', onSelectionChange);
  };
  return {
    stop,
    explainExplicitly: async (): Promise<BubbleOutcome> =>
      (await explainNow('explicit')) ? 'shown' : 'nothing',
  };
}
