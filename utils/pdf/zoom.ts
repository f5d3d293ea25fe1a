/** Zoom levels of the reader: fit width, fit page, or a percentage between the bounds. */

export const MIN_ZOOM = 50;
export const MAX_ZOOM = 400;
/** The steps the + and − buttons and Ctrl/Cmd +/− walk. */
export const ZOOM_STEPS = [50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400] as const;

export type Zoom = 'page-width' | 'page-fit' | number;

export function clampZoom(percent: number): number {
  if (!Number.isFinite(percent)) return 100;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(percent)));
}

/** The next step up (+1) or down (−1) from the current percentage, staying within the bounds. */
export function stepZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > current + 0.5) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 0.5) ?? MIN_ZOOM;
}

/** A zoom from the zoom box: a named fit, or a percentage clamped to the bounds. */
export function parseZoom(value: string): Zoom {
  if (value === 'page-width' || value === 'page-fit') return value;
  return clampZoom(parseFloat(value));
}
