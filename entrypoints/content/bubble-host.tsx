/**
 * The bubble: Preact, its components and CSS in a shadow root, placed beside the selection. This module is not
 * part of the content script: it is built on its own as an ES module (content-scripts/bubble.js, see
 * modules/lazy-bubble.ts) and loaded by lazy-bubble.ts on the first selection that has something to show.
 */
import { render } from 'preact';
import { Bubble } from '@/components/Bubble';
import type { Explanation } from '@/utils/messages/to-background';
import type { StudyClient } from '@/components/SaveButton';
import type { Settings } from '@/utils/settings/settings';
// Inlined into the module, so the bubble's styles live in its shadow root only.
import bubbleCss from '@/components/Bubble.css?inline';
import { applyBubbleLook, placeBeside } from '@/components/bubble-placement';
import { bubbleAnnouncement } from '@/utils/a11y/bubble-announcement';
import { createAnnouncer, type Announcer } from '@/components/bubble-announcer';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface BubbleActions {
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
  onSearch: (query: string) => void;
  /** Saves from the bubble, the term with the selection and its context (see selection-explainer.ts). */
  study: (context: { before: string; text: string; after: string }) => StudyClient;
}

export interface BubbleContent {
  /** The selected text, shown when nothing matched an explicit request. */
  query: string;
  /** What to stand beside: the selection's range, or a rectangle where there is no range. */
  anchor: Range | DOMRect;
  settings: Pick<Settings, 'theme' | 'fontSize'>;
  /** Move focus into the bubble (the shortcut, for keyboard readers). */
  takeFocus: boolean;
  /** The selection was made by touch: the bubble goes below it, or in a sheet (bubble-placement.ts). */
  touch?: boolean;
  /** The text read either side of the selection: the saved sentence is cut from it. */
  before?: string;
  after?: string;
}

export interface BubbleHost {
  show(explanation: Explanation, content: BubbleContent): void;
  close(): void;
  contains(node: EventTarget | null): boolean;
  /** Moves focus into an open bubble; false when none is open. */
  focus(): boolean;
  isOpen(): boolean;
}

export function createBubbleHost(actions: BubbleActions): BubbleHost {
  let shadow: ShadowHost | null = null;
  let announcer: Announcer | null = null;
  let stopFollowing: (() => void) | null = null;
  let open = false;
  let returnFocus: Element | null = null;

  function close(): void {
    if (!open || !shadow) return;
    open = false;
    stopFollowing?.();
    stopFollowing = null;
    const hadFocus = shadow.host.matches(':focus-within');
    render(null, shadow.container);
    shadow.remove();
    if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  function focusFirstControl(floating: HTMLElement): void {
    returnFocus = document.activeElement;
    floating.querySelector<HTMLElement>('button:not(.close), summary')?.focus({ preventScroll: true });
  }

  function show(
    explanation: Explanation,
    { query, anchor, settings, takeFocus, touch, before, after }: BubbleContent,
  ): void {
    shadow ??= createShadowHost(bubbleCss);
    announcer ??= createAnnouncer(shadow.container);
    stopFollowing?.();
    shadow.mount();
    const { host, container: floating } = shadow;
    applyBubbleLook(floating, settings);
    open = true;
    const study = actions.study({ before: before ?? '', text: query, after: after ?? '' });
    render(<Bubble reply={explanation} query={query} {...actions} onClose={close} study={study} />, floating);
    stopFollowing = placeBeside(anchor, floating, host, { touch });
    if (takeFocus) focusFirstControl(floating);
    announcer.say(bubbleAnnouncement(explanation, { query, focused: takeFocus }));
  }

  return {
    show,
    close,
    contains: (node) =>
      shadow !== null && node instanceof Node && (node === shadow.host || shadow.host.contains(node)),
    focus() {
      if (!open || !shadow) return false;
      focusFirstControl(shadow.container);
      return true;
    },
    isOpen: () => open,
  };
}
