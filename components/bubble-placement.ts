import { computePosition, flip, shift, type VirtualElement } from '@floating-ui/dom';
import type { Settings } from '@/utils/settings/settings';

const GAP_PX = 6;
const EDGE_PX = 8;
/** Taller than this, a bubble is a page: scroll inside it. */
const MAX_HEIGHT_PX = 520;

/**
 * Places the bubble beside the selection with Floating UI and follows it as any scroller moves it; returns the
 * function that stops following.
 */
export function placeBeside(anchor: Range | DOMRect, floating: HTMLElement, host: HTMLElement): () => void {
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
    // docs/browser-quirks.md#firefox-fractional-max-height
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
  // resizes and layout shifts; scroll and resize are what move a selection.
  let frame = 0;
  const schedulePlace = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => void place());
  };
  addEventListener('scroll', schedulePlace, { capture: true, passive: true });
  addEventListener('resize', schedulePlace, { passive: true });
  return () => {
    cancelAnimationFrame(frame);
    removeEventListener('scroll', schedulePlace, { capture: true });
    removeEventListener('resize', schedulePlace);
  };
}

/**
 * The bubble's theme and text size, set inside its shadow root (on the floating container, not on the host) so
 * that a page cannot read them from the host element.
 */
export function applyBubbleLook(floating: HTMLElement, settings: Pick<Settings, 'theme' | 'fontSize'>): void {
  const dark =
    settings.theme === 'dark' ||
    (settings.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  floating.setAttribute('data-theme', dark ? 'dark' : 'light');
  floating.style.setProperty('--font-size', `${Math.round((14 * settings.fontSize) / 100)}px`);
}
