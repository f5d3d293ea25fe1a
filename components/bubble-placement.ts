import { computePosition, flip, shift, type VirtualElement } from '@floating-ui/dom';
import {
  bubbleLayout,
  bubbleRoom,
  sheetBox,
  visibleArea,
  type BubbleLayout,
} from '@/utils/selection/placement-rules';
import type { Settings } from '@/utils/settings/settings';

const GAP_PX = 6;
const EDGE_PX = 8;
/** Taller than this, a bubble is a page: scroll inside it. */
const MAX_HEIGHT_PX = 520;

/** The part of the page the reader sees, pinch zoom included. */
const seen = () => visibleArea(window.visualViewport, { width: innerWidth, height: innerHeight });

/** Undoes what a sheet set on the floating container, for the next bubble placed beside a selection. */
function unsheet(floating: HTMLElement): void {
  for (const property of ['width', 'max-width', 'transform', 'transform-origin'])
    floating.style.removeProperty(property);
}

/** A sheet along the bottom (or top) edge of what the reader sees, its size undone from any pinch zoom. */
function placeSheet(selection: DOMRect, floating: HTMLElement, host: HTMLElement): void {
  const area = seen();
  const box = sheetBox({ area, selection, margin: EDGE_PX, gap: GAP_PX });
  floating.style.width = `${box.width}px`;
  floating.style.maxWidth = 'none';
  floating.style.maxHeight = `${Math.min(MAX_HEIGHT_PX, box.maxHeight)}px`;
  floating.style.transformOrigin = '0 0';
  floating.style.transform = box.scale === 1 ? '' : `scale(${box.scale})`;
  // The rendered height (scaled) is known only once laid out with the width above.
  const height = floating.getBoundingClientRect().height;
  const top = box.edge === 'bottom' ? area.y + area.height - box.margin - height : area.y + box.margin;
  const origin = host.getBoundingClientRect();
  floating.style.left = `${box.left - origin.x}px`;
  floating.style.top = `${top - origin.y}px`;
}

/**
 * Places the bubble beside the selection with Floating UI and follows it as any scroller moves it; returns the
 * function that stops following. A selection made by touch gets the bubble below it (the system's copy bar is
 * above), or on a narrow screen a sheet along the screen's edge (utils/selection/placement-rules.ts).
 */
export function placeBeside(
  anchor: Range | DOMRect,
  floating: HTMLElement,
  host: HTMLElement,
  { touch = false }: { touch?: boolean } = {},
): () => void {
  // A range's rectangle moves with scrolling: read it afresh at each placement. It is grown by the gap on
  // every side, which keeps the bubble that far from the selection without Floating UI's offset middleware.
  const selectionRect = () => (anchor instanceof Range ? anchor.getBoundingClientRect() : anchor);
  const reference: VirtualElement = {
    getBoundingClientRect() {
      const r = selectionRect();
      return new DOMRect(r.x - GAP_PX, r.y - GAP_PX, r.width + 2 * GAP_PX, r.height + 2 * GAP_PX);
    },
  };
  const place = () => {
    const area = seen();
    const layout: BubbleLayout = bubbleLayout({ touch, area });
    if (layout === 'sheet') return void placeSheet(selectionRect(), floating, host);
    unsheet(floating);
    // Never over the selection: the bubble is no taller than the room on the side it may take (bubbleRoom). The
    // room is what the reader sees (docs/browser-quirks.md#pinch-zoom-fixed-elements-stay-in-the-layout-viewport).
    const { top, bottom } = reference.getBoundingClientRect();
    const room = bubbleRoom(layout, { above: top - area.y, below: area.y + area.height - bottom }, EDGE_PX);
    // docs/browser-quirks.md#firefox-fractional-max-height
    // Whole pixels, rounded down: Firefox reads a fractional height back rounded up, which overflows by a hair
    // and sends the bubble to the side.
    floating.style.maxHeight = `${Math.min(MAX_HEIGHT_PX, room.maxHeight)}px`;
    const rootBoundary = { x: area.x, y: area.y, width: area.width, height: area.height };
    return computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // Below the selection, else above, else beside it; below a touch selection only (the copy bar is above
        // it, the handles beside it) while there is room there.
        ...(room.onlyBelow
          ? []
          : [
              flip({
                padding: EDGE_PX,
                rootBoundary,
                fallbackPlacements: ['top-start', 'right-start', 'left-start'],
              }),
            ]),
        shift({ padding: EDGE_PX, rootBoundary }),
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
  // Follow the selection as any scroller moves it, and the visible area as the reader pinches or pans. Floating
  // UI's autoUpdate does this and also watches resizes and layout shifts; scroll and resize are what move a
  // selection.
  let frame = 0;
  const schedulePlace = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => void place());
  };
  const zoom = window.visualViewport;
  addEventListener('scroll', schedulePlace, { capture: true, passive: true });
  addEventListener('resize', schedulePlace, { passive: true });
  zoom?.addEventListener('scroll', schedulePlace, { passive: true });
  zoom?.addEventListener('resize', schedulePlace, { passive: true });
  return () => {
    cancelAnimationFrame(frame);
    removeEventListener('scroll', schedulePlace, { capture: true });
    removeEventListener('resize', schedulePlace);
    zoom?.removeEventListener('scroll', schedulePlace);
    zoom?.removeEventListener('resize', schedulePlace);
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
