import { computePosition, flip, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import { Bubble } from '@/components/Bubble';
import type { Explanation } from '@/utils/messages/to-background';
import type { Settings } from '@/utils/settings/settings';
// Inlined into the script: the CSS then needs no web-accessible file, which any page could probe for.
import bubbleCss from '@/components/Bubble.css?inline';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface BubbleActions {
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
  onSearch: (query: string) => void;
}

const GAP_PX = 6;
const EDGE_PX = 8;
/** Taller than this, a bubble is a page: scroll inside it. */
const MAX_HEIGHT_PX = 520;

/** The bubble in a shadow root, placed beside the selection with Floating UI, created only when first needed. */
export function createBubbleHost(actions: BubbleActions) {
  let shadow: ShadowHost | null = null;
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
    reply: Explanation,
    query: string,
    anchor: Range | DOMRect,
    settings: Settings,
    takeFocus = false,
  ): void {
    shadow ??= createShadowHost('immunolens-bubble', bubbleCss);
    stopFollowing?.();
    shadow.mount();
    const { host, container: floating } = shadow;
    const dark =
      settings.theme === 'dark' ||
      (settings.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    host.setAttribute('data-theme', dark ? 'dark' : 'light');
    host.style.setProperty('--font-size', `${Math.round((14 * settings.fontSize) / 100)}px`);
    open = true;
    render(<Bubble reply={reply} query={query} {...actions} onClose={close} />, floating);
    // A range's rectangle moves with scrolling: read it afresh at each placement. It is grown by the gap on
    // every side, which keeps the bubble that far from the selection without Floating UI's offset middleware.
    const reference: VirtualElement = {
      getBoundingClientRect() {
        const r = anchor instanceof Range ? anchor.getBoundingClientRect() : anchor;
        return new DOMRect(r.x - GAP_PX, r.y - GAP_PX, r.width + 2 * GAP_PX, r.height + 2 * GAP_PX);
      },
    };
    const place = () => {
      // Never over the selection: the bubble may be as tall as the roomier side above or below it, so one of
      // the two always fits and flip picks it.
      const { top, bottom } = reference.getBoundingClientRect();
      // Whole pixels, rounded down: Firefox reads a fractional height back rounded up, which overflows by a hair
      // and sends the bubble to the side.
      floating.style.maxHeight = `${Math.floor(Math.min(MAX_HEIGHT_PX, Math.max(top, innerHeight - bottom) - EDGE_PX))}px`;
      return computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          // Below the selection, else above, else beside it.
          flip({ padding: EDGE_PX, fallbackPlacements: ['top-start', 'right-start', 'left-start'] }),
          shift({ padding: EDGE_PX }),
        ],
      }).then(({ x, y }) => {
        // Floating UI gives viewport coordinates, but a root with a transform or containment holds fixed
        // elements and scrolls them with the page: measure from where the host really is.
        const origin = host.getBoundingClientRect();
        floating.style.left = `${x - origin.x}px`;
        floating.style.top = `${y - origin.y}px`;
      });
    };
    void place();
    // Follow the selection as any scroller moves it. Floating UI's autoUpdate does this and also watches
    // resizes and layout shifts, at 2.5 KB in a script every tab parses; scroll and resize are what move a selection.
    let frame = 0;
    const schedulePlace = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void place());
    };
    addEventListener('scroll', schedulePlace, { capture: true, passive: true });
    addEventListener('resize', schedulePlace, { passive: true });
    stopFollowing = () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedulePlace, { capture: true });
      removeEventListener('resize', schedulePlace);
    };
    if (takeFocus) focusFirstControl(floating);
  }

  function contains(node: EventTarget | null): boolean {
    return shadow !== null && node instanceof Node && (node === shadow.host || shadow.host.contains(node));
  }

  function focus(): boolean {
    if (!open || !shadow) return false;
    focusFirstControl(shadow.container);
    return true;
  }

  return { show, close, contains, focus, isOpen: () => open };
}
