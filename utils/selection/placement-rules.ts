/**
 * Where the bubble goes: pure rules for components/bubble-placement.ts, tested in Node. Coordinates are CSS
 * pixels of the layout viewport (what getBoundingClientRect and `position: fixed` use); pinch zoom moves and
 * scales the visual viewport inside it, which `visualViewport` reports (offsetLeft, offsetTop, width, height,
 * scale): docs/browser-quirks.md#pinch-zoom-fixed-elements-stay-in-the-layout-viewport.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `window.visualViewport` reports, or enough of it. */
export interface VisualViewportLike {
  offsetLeft: number;
  offsetTop: number;
  width: number;
  height: number;
  scale: number;
}

/**
 * Beside the selection (mouse and keyboard: below, else above, else beside it), below it (touch: the system's
 * copy bar sits above a touch selection), or a sheet along the screen's bottom or top edge (touch on a narrow
 * screen, where a bubble beside the selection would be a sliver).
 */
export type BubbleLayout = 'beside' | 'below' | 'sheet';

/** Narrower than this (CSS px as the reader sees them, zoom undone), the touch bubble is a sheet. */
export const SHEET_WIDTH_PX = 480;

/** The part of the layout viewport the reader sees: all of it, or the pinch-zoomed part `visualViewport` names. */
export function visibleArea(
  viewport: VisualViewportLike | null | undefined,
  layout: { width: number; height: number },
): Rect & { scale: number } {
  if (!viewport || !(viewport.scale > 0) || !(viewport.width > 0) || !(viewport.height > 0))
    return { x: 0, y: 0, width: layout.width, height: layout.height, scale: 1 };
  return {
    x: viewport.offsetLeft,
    y: viewport.offsetTop,
    width: viewport.width,
    height: viewport.height,
    scale: viewport.scale,
  };
}

/** Which layout a bubble gets: by how the selection was made, and how wide the screen is to the reader. */
export function bubbleLayout({
  touch,
  area,
}: {
  touch: boolean;
  area: { width: number; scale: number };
}): BubbleLayout {
  if (!touch) return 'beside';
  return area.width * area.scale < SHEET_WIDTH_PX ? 'sheet' : 'below';
}

/** Below a touch selection, a bubble needs at least this much room (CSS px) to be worth reading there. */
export const MIN_ROOM_BELOW_PX = 120;

/**
 * How tall the bubble may be and where it may go, from the room above and below the selection (gap included):
 * beside a mouse selection, as tall as the roomier side, so that one side always fits and the bubble never covers
 * the selection; below a touch selection while there is a useful room there (scrolling inside it if need be), and
 * only when there is not, wherever is roomier.
 */
export function bubbleRoom(
  layout: Exclude<BubbleLayout, 'sheet'>,
  room: { above: number; below: number },
  edge = 8,
): { maxHeight: number; onlyBelow: boolean } {
  if (layout === 'below' && room.below >= MIN_ROOM_BELOW_PX)
    return { maxHeight: Math.floor(room.below - edge), onlyBelow: true };
  return { maxHeight: Math.floor(Math.max(room.above, room.below) - edge), onlyBelow: false };
}

/** Where the sheet goes, in layout-viewport CSS px, and how it is scaled so that zoom does not enlarge it. */
export interface SheetBox {
  edge: 'bottom' | 'top';
  left: number;
  /** CSS width before the scale is applied: the rendered width is `width * scale`. */
  width: number;
  /** CSS max-height before the scale. */
  maxHeight: number;
  /** `transform: scale(…)` that undoes the pinch zoom (1 / visual scale). */
  scale: number;
  /** Layout px between the sheet and the screen edge it sits on. */
  margin: number;
}

/**
 * The sheet sits on the bottom edge of what the reader sees, unless the selection is in the lower half: then on
 * the top edge, so that it never covers the selection. It is as wide as the screen less a margin, and at most as
 * tall as the room between the selection and its edge (and half the screen), all in screen pixels undone from
 * the zoom.
 */
export function sheetBox({
  area,
  selection,
  margin = 8,
  gap = 6,
}: {
  area: Rect & { scale: number };
  selection: { top: number; bottom: number };
  margin?: number;
  gap?: number;
}): SheetBox {
  const s = area.scale;
  const middle = area.y + area.height / 2;
  const edge = (selection.top + selection.bottom) / 2 <= middle ? 'bottom' : 'top';
  const room =
    edge === 'bottom' ? area.y + area.height - selection.bottom - gap / s : selection.top - area.y - gap / s;
  const layoutMargin = margin / s;
  const tallest = Math.min(room - layoutMargin, area.height / 2);
  return {
    edge,
    left: area.x + layoutMargin,
    width: Math.max(0, Math.floor(area.width * s - 2 * margin)),
    maxHeight: Math.max(0, Math.floor(tallest * s)),
    scale: 1 / s,
    margin: layoutMargin,
  };
}
