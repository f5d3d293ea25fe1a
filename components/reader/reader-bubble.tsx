import { computePosition, flip, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import { Bubble } from '@/components/Bubble';
import bubbleCss from '@/components/Bubble.css?inline';
import type { Explanation } from '@/utils/messages/to-background';
import type { Settings } from '@/utils/settings/settings';

export interface ReaderBubbleActions {
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
  onSearch: (query: string) => void;
}

const GAP_PX = 6;
const EDGE_PX = 8;
const MAX_HEIGHT_PX = 520;

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

  function show(reply: Explanation, query: string, anchor: Range, settings: Settings): void {
    stop?.();
    if (!host.isConnected) document.body.append(host);
    const dark =
      settings.theme === 'dark' ||
      (settings.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    host.setAttribute('data-theme', dark ? 'dark' : 'light');
    host.style.setProperty('--font-size', `${Math.round((14 * settings.fontSize) / 100)}px`);
    open = true;
    render(<Bubble reply={reply} query={query} {...actions} onClose={close} />, floating);
    const reference: VirtualElement = {
      getBoundingClientRect() {
        const r = anchor.getBoundingClientRect();
        return new DOMRect(r.x - GAP_PX, r.y - GAP_PX, r.width + 2 * GAP_PX, r.height + 2 * GAP_PX);
      },
    };
    const place = () => {
      const { top, bottom } = reference.getBoundingClientRect();
      floating.style.maxHeight = `${Math.floor(Math.min(MAX_HEIGHT_PX, Math.max(top, innerHeight - bottom) - EDGE_PX))}px`;
      return computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          flip({ padding: EDGE_PX, fallbackPlacements: ['top-start', 'right-start', 'left-start'] }),
          shift({ padding: EDGE_PX }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    };
    void place();
    // The reader's pages scroll inside their own container: follow the selection as it moves.
    let frame = 0;
    const schedulePlace = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void place());
    };
    addEventListener('scroll', schedulePlace, { capture: true, passive: true });
    addEventListener('resize', schedulePlace, { passive: true });
    stop = () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedulePlace, { capture: true });
      removeEventListener('resize', schedulePlace);
    };
  }

  const contains = (node: EventTarget | null) =>
    node instanceof Node && (node === host || host.contains(node) || root.contains(node));

  return { show, close, contains, isOpen: () => open };
}
