import { render } from 'preact';
import { Bubble } from '@/components/Bubble';
import type { StudyClient } from '@/components/SaveButton';
import { applyBubbleLook, placeBeside } from '@/components/bubble-placement';
import bubbleCss from '@/components/Bubble.css?inline';
import { createAnnouncer } from '@/components/bubble-announcer';
import { bubbleAnnouncement } from '@/utils/a11y/bubble-announcement';
import type { Explanation } from '@/utils/messages/to-background';
import type { Settings } from '@/utils/settings/settings';

export interface ReaderBubbleActions {
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
  onSearch: (query: string) => void;
  /** The save button's client for one selection (its text and the text either side, for the sentence). */
  study: (context: { before: string; text: string; after: string }) => StudyClient;
}

/**
 * The page bubble (components/Bubble.tsx with its own CSS, in a shadow root as on web pages), placed beside a
 * text-layer selection with Floating UI: below it, else above, never over it. The reader is the extension's own
 * page, so it needs none of the content script's defences against page CSS.
 */
export function createReaderBubble(actions: ReaderBubbleActions) {
  const host = document.createElement('immunolens-bubble');
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:10';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = bubbleCss;
  const floating = document.createElement('div');
  floating.className = 'floating';
  root.append(style, floating);
  const announcer = createAnnouncer(floating);
  let open = false;
  let stop: (() => void) | null = null;

  function close(): void {
    if (!open) return;
    open = false;
    stop?.();
    stop = null;
    render(null, floating);
    host.remove();
  }

  function show(
    reply: Explanation,
    selection: { text: string; before: string; after: string; range: Range },
    settings: Settings,
  ): void {
    stop?.();
    if (!host.isConnected) document.body.append(host);
    applyBubbleLook(floating, settings);
    open = true;
    const { study, ...links } = actions;
    render(
      <Bubble reply={reply} query={selection.text} {...links} onClose={close} study={study(selection)} />,
      floating,
    );
    // The reader's pages scroll inside their own container; placeBeside follows any scroller.
    stop = placeBeside(selection.range, floating, host);
    announcer.say(bubbleAnnouncement(reply, { query: selection.text, focused: false, shortcut: false }));
  }

  const contains = (node: EventTarget | null) =>
    node instanceof Node && (node === host || host.contains(node) || root.contains(node));

  return { show, close, contains, isOpen: () => open };
}
