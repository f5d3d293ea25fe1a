/**
 * Everything a frame does once the reader has selected something: read the settings and the selection, apply the
 * rules, ask the background, and show the bubble when there is something to show. This module is not part of
 * the always-loaded content script: it is built as an ES module (content-scripts/explainer.js, see
 * modules/lazy-content.ts) and loaded on the first selection; the bubble itself loads later still.
 */
import { sendToBackground } from '@/utils/messages/transport';
import type { BubbleOutcome, ToPage } from '@/utils/messages/to-page';
import {
  autoTriggerAllowed,
  bubbleMayStayOpen,
  frameAnswer,
  mayExplain,
  shortcutFocusesBubble,
  shouldShow,
} from '@/utils/selection/selection-rules';
import { bubbleActions } from './bubble-actions';
import type { BubbleActions, createBubbleHost } from './bubble-host';
import { contentSettings } from './content-settings';
import { frameFocus } from './frame-focus';
import { lazyInstance } from './module-loader';
import { readRange, readSelection, widenRange } from './page-selection';
import type { FinishedSelection } from './selection-watcher';

export interface ExplainOptions {
  /** Context menu or shortcut: answer even when nothing matches, in editable fields too. */
  explicit: boolean;
  /** The menu's text, for when the frame has no selection of its own (a selection in a text field's value). */
  fallbackText?: string;
  /** Move focus into the bubble (the shortcut). */
  takeFocus?: boolean;
  /** The selection was made by touch (placed below it, or in a sheet). */
  touch?: boolean;
  /** Explain this range (a lens mark) instead of the selection, leaving the selection as it is. */
  range?: Range;
}

export interface SelectionExplainer {
  /** A selection finished by itself: explain it if the settings let this gesture show a bubble here. */
  finished(finished: FinishedSelection): Promise<void>;
  /** The context menu or the shortcut asks. */
  explainSelection(request: ToPage['explainSelection'][0]): Promise<BubbleOutcome>;
  /** The lens: explain a marked term as if the reader had selected it (the selection is left alone). */
  explainRange(range: Range): Promise<BubbleOutcome>;
  /** Drops any answer still on its way and closes the bubble. */
  dismiss(): void;
  inBubble(target: EventTarget | null): boolean;
  bubbleOpen(): boolean;
}

const actions: BubbleActions = {
  // Opening the full view page only during a reader's click (bubble-actions.ts).
  ...bubbleActions((target) => void sendToBackground('openFullView', { target })),
  // The background adds the tab's title and URL, cuts the sentence, and knows whether the tab is private.
  study: (context) => ({
    status: (termId) => sendToBackground('studyStatus', { termId, private: false }),
    save: (termId, confirmPrivate) =>
      sendToBackground('saveToStudy', { termId, context, confirmPrivate, private: false }),
    unsave: (termId) => sendToBackground('unsaveFromStudy', { termId }),
    // True in a private tab's content script (both browsers); a hint for the first paint only.
    private: browser.extension?.inIncognitoContext === true,
  }),
};

export function createSelectionExplainer(): SelectionExplainer {
  const lazyBubble = lazyInstance(
    '/content-scripts/bubble.js',
    (module: { createBubbleHost: typeof createBubbleHost }) => module.createBubbleHost(actions),
  );
  const settings = contentSettings((next) => {
    if (!bubbleMayStayOpen(next, location.hostname)) lazyBubble.current()?.close();
  });
  // Read now: this module loads while the selection's debounce runs, so the settings are ready when it ends.
  void settings();
  // Each request gets a number; an answer that arrives after a newer selection (or a dismissal) is dropped.
  let generation = 0;

  async function explain({
    explicit,
    fallbackText = '',
    takeFocus = false,
    touch = false,
    range,
  }: ExplainOptions): Promise<BubbleOutcome> {
    const current = await settings();
    const selection = document.getSelection();
    const place = range
      ? { anchor: range.startContainer, active: null }
      : { anchor: selection?.anchorNode ?? null, active: document.activeElement };
    if (!mayExplain({ explicit, editableFields: current.editableFields, ...place })) return 'declined';
    const read = range ? readRange(range) : readSelection(selection);
    const text = read?.text ?? fallbackText.trim();
    if (text === '') return 'nothing';
    const mine = ++generation;
    const explanation = await sendToBackground('explain', {
      text,
      before: read?.before,
      after: read?.after,
      explicit,
    });
    if (mine !== generation) return 'declined';
    if (!shouldShow(explanation, { explicit })) {
      lazyBubble.current()?.close();
      return 'nothing';
    }
    const host = await lazyBubble.load();
    if (mine !== generation) return 'declined';
    let anchor: Range | DOMRect;
    if (read) {
      // Chromium's double-click stops at hyphens: docs/browser-quirks.md#chromium-double-click-stops-at-hyphens
      anchor = range ? read.range : widenRange(read, explanation.widened);
      // Show the reader the whole term they double-clicked, not the half Chromium selected.
      if (!range && anchor.toString() !== read.range.toString()) {
        selection?.removeAllRanges();
        selection?.addRange(anchor);
      }
    } else {
      anchor = new DOMRect(window.innerWidth / 2 - 10, 24, 20, 0);
    }
    host.show(explanation, {
      query: text,
      anchor,
      settings: current,
      takeFocus,
      touch,
      before: read?.before,
      after: read?.after,
    });
    return 'shown';
  }

  return {
    async finished({ gesture, altKey }) {
      if (autoTriggerAllowed(await settings(), { gesture, altKey, hostname: location.hostname }))
        await explain({ explicit: false, touch: gesture === 'touch' });
    },
    async explainSelection({ text, everyFrame = false }) {
      const bubble = lazyBubble.current();
      const bubbleOpen = bubble?.isOpen() ?? false;
      if (shortcutFocusesBubble({ text, bubbleOpen })) return bubble?.focus() ? 'shown' : 'nothing';
      // The reader is in another frame: this one has nothing for them (a frame that is silent never gets here).
      if (
        frameAnswer(
          { ...frameFocus(), hasSelection: !(document.getSelection()?.isCollapsed ?? true), bubbleOpen },
          { everyFrame },
        ) !== 'explain'
      )
        return 'nothing';
      return explain({ explicit: true, fallbackText: text, takeFocus: text === '' });
    },
    explainRange: (range) => explain({ explicit: false, range }),
    dismiss() {
      ++generation;
      lazyBubble.current()?.close();
    },
    inBubble: (target) => lazyBubble.current()?.contains(target) ?? false,
    bubbleOpen: () => lazyBubble.current()?.isOpen() ?? false,
  };
}
