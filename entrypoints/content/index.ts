import { SELECTION_DEBOUNCE_MS } from '@/utils/limits';
import { TO_PAGE, type BubbleOutcome, type ToPage } from '@/utils/messages/to-page';
import { onMessages, sendToBackground, type Handlers } from '@/utils/messages/transport';
import {
  isEditable,
  isPasswordField,
  triggerAllows,
  type SelectionGesture,
} from '@/utils/selection/selection-rules';
import type { Settings } from '@/utils/settings/settings';
import { isSiteDisabled } from '@/utils/settings/sites';
import { createBubbleHost } from './bubble-host';
import { readSelection, widenRange } from './read-selection';
import { readContentSettings, watchContentSettings } from './settings-reader';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT otherwise posts a message to the page on start-up; the page has no business knowing we are here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Until the reader selects something, the script only listens: settings are read on the first selection.
    let settings: Settings | null = null;
    const loadSettings = async (): Promise<Settings> => {
      if (!settings) {
        settings = await readContentSettings();
        watchContentSettings((next) => {
          settings = next;
          if (next.trigger === 'off' || isSiteDisabled(location.hostname, next.disabledSites)) bubble.close();
        });
      }
      return settings;
    };

    const bubble = createBubbleHost({
      onOpenEntry: (id) => void sendToBackground('openFullView', { target: { kind: 'term', id } }),
      onOpenQuestion: (id) => void sendToBackground('openFullView', { target: { kind: 'qa', id } }),
      onSearch: (text) => void sendToBackground('openFullView', { target: { kind: 'query', text } }),
    });

    let dragging = false;
    let pressedInBubble = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Each lookup gets a number; a reply that arrives after a newer selection is dropped.
    let generation = 0;

    async function explainCurrentSelection(
      explicit: boolean,
      fallbackText = '',
      takeFocus = false,
    ): Promise<BubbleOutcome> {
      const current = await loadSettings();
      const selection = document.getSelection();
      const anchorNode = selection?.anchorNode ?? null;
      if (isPasswordField(anchorNode) || isPasswordField(document.activeElement)) return 'declined';
      if (
        !explicit &&
        !current.editableFields &&
        (isEditable(anchorNode) || isEditable(document.activeElement))
      )
        return 'declined';
      const read = readSelection(selection);
      const text = read?.text ?? fallbackText.trim();
      if (text === '') return 'nothing';
      const mine = ++generation;
      const reply = await sendToBackground('explain', {
        text,
        before: read?.before,
        after: read?.after,
        explicit,
      });
      if (mine !== generation) return 'declined';
      if (reply.terms.length === 0 && !explicit) {
        bubble.close();
        return 'nothing';
      }
      let anchor: Range | DOMRect;
      if (read) {
        anchor = widenRange(read, reply.widened);
        // Show the reader the whole term they double-clicked, not the half Chromium selected.
        if (anchor.toString() !== read.range.toString()) {
          selection?.removeAllRanges();
          selection?.addRange(anchor);
        }
      } else {
        anchor = new DOMRect(window.innerWidth / 2 - 10, 24, 20, 0);
      }
      bubble.show(reply, text, anchor, current, takeFocus);
      return 'shown';
    }

    function schedule(gesture: SelectionGesture, altKey: boolean): void {
      pressedInBubble = false;
      clearTimeout(timer);
      timer = setTimeout(() => {
        void (async () => {
          const current = await loadSettings();
          if (!triggerAllows(current.trigger, gesture, altKey)) return;
          if (isSiteDisabled(location.hostname, current.disabledSites)) return;
          await explainCurrentSelection(false);
        })().catch((error: unknown) => console.debug('ImmunoLens: lookup failed', error));
      }, SELECTION_DEBOUNCE_MS);
    }

    const onMouseDown = (event: MouseEvent) => {
      // A press inside the bubble collapses the page's selection too: that is the reader working in the
      // bubble, not the selection going.
      pressedInBubble = bubble.contains(event.target);
      if (pressedInBubble) return;
      dragging = true;
      ++generation;
      bubble.close();
    };
    const onMouseUp = (event: MouseEvent) => {
      if (bubble.contains(event.target)) return;
      dragging = false;
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed)
        schedule(event.detail >= 2 ? 'dblclick' : 'drag', event.altKey);
    };
    const onDoubleClick = (event: MouseEvent) => {
      if (!bubble.contains(event.target)) schedule('dblclick', event.altKey);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return;
      // Shift+arrows, Shift+Home/End, Ctrl+A: a selection made from the keyboard.
      if (
        event.shiftKey ||
        event.key === 'Shift' ||
        (event.key === 'a' && (event.ctrlKey || event.metaKey))
      ) {
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed) schedule('keyboard', event.altKey);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && bubble.isOpen()) {
        ++generation;
        bubble.close();
      }
    };
    const onSelectionChange = () => {
      if (dragging || pressedInBubble || !bubble.isOpen()) return;
      const selection = document.getSelection();
      if ((!selection || selection.isCollapsed) && !bubble.contains(document.activeElement)) bubble.close();
    };

    ctx.addEventListener(document, 'mousedown', onMouseDown, { capture: true, passive: true });
    ctx.addEventListener(document, 'mouseup', onMouseUp, { capture: true, passive: true });
    ctx.addEventListener(document, 'dblclick', onDoubleClick, { capture: true, passive: true });
    ctx.addEventListener(document, 'keyup', onKeyUp, { capture: true, passive: true });
    ctx.addEventListener(document, 'keydown', onKeyDown, { capture: true, passive: true });
    ctx.addEventListener(document, 'selectionchange', onSelectionChange, { passive: true });

    const answers: Handlers<ToPage> = {
      async explainSelection({ text }) {
        // The shortcut on an open bubble moves focus into it, for keyboard readers.
        if (text === '' && bubble.isOpen()) return bubble.focus() ? 'shown' : 'nothing';
        if (window !== window.top && !document.hasFocus() && (document.getSelection()?.isCollapsed ?? true))
          return 'declined';
        return explainCurrentSelection(true, text, text === '');
      },
      ping: () => 'pong',
    };
    onMessages(TO_PAGE, answers);
    ctx.onInvalidated(() => bubble.close());
  },
});
