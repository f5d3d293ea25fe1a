import { describe, expect, it } from 'vitest';
import {
  bubbleLayout,
  bubbleRoom,
  MIN_ROOM_BELOW_PX,
  sheetBox,
  visibleArea,
} from '@/utils/selection/placement-rules';

describe('visibleArea', () => {
  const layout = { width: 980, height: 1600 };
  it('is the whole layout viewport without a visual viewport, or with a broken one', () => {
    expect(visibleArea(null, layout)).toEqual({ x: 0, y: 0, width: 980, height: 1600, scale: 1 });
    expect(visibleArea({ offsetLeft: 0, offsetTop: 0, width: 0, height: 0, scale: 0 }, layout)).toMatchObject(
      { width: 980, scale: 1 },
    );
  });

  it('is the pinch-zoomed part of it, where the reader has zoomed in', () => {
    const zoomed = { offsetLeft: 300, offsetTop: 420, width: 245, height: 400, scale: 4 };
    expect(visibleArea(zoomed, layout)).toEqual({ x: 300, y: 420, width: 245, height: 400, scale: 4 });
  });
});

describe('bubbleLayout', () => {
  it('keeps the mouse and keyboard bubble beside the selection, whatever the width', () => {
    expect(bubbleLayout({ touch: false, area: { width: 320, scale: 1 } })).toBe('beside');
    expect(bubbleLayout({ touch: false, area: { width: 1280, scale: 1 } })).toBe('beside');
  });

  it('puts a touch bubble below the selection on a wide screen, and in a sheet on a narrow one', () => {
    expect(bubbleLayout({ touch: true, area: { width: 800, scale: 1 } })).toBe('below');
    expect(bubbleLayout({ touch: true, area: { width: 479, scale: 1 } })).toBe('sheet');
    expect(bubbleLayout({ touch: true, area: { width: 480, scale: 1 } })).toBe('below');
  });

  it('measures the width as the reader sees it: a desktop page zoomed out on a phone is narrow', () => {
    // A 980 px layout shown on a 392 px screen (scale 0.4), and a phone zoomed in on a wide tablet page.
    expect(bubbleLayout({ touch: true, area: { width: 980, scale: 0.4 } })).toBe('sheet');
    expect(bubbleLayout({ touch: true, area: { width: 200, scale: 4 } })).toBe('below');
  });
});

describe('sheetBox', () => {
  const phone = { x: 0, y: 0, width: 390, height: 800, scale: 1 };

  it('sits on the bottom edge, full width less margins, below a selection in the upper half', () => {
    expect(sheetBox({ area: phone, selection: { top: 100, bottom: 120 } })).toEqual({
      edge: 'bottom',
      left: 8,
      width: 374,
      maxHeight: 400,
      scale: 1,
      margin: 8,
    });
  });

  it('moves to the top edge for a selection in the lower half, never taller than the room above it', () => {
    const box = sheetBox({ area: phone, selection: { top: 600, bottom: 620 } });
    expect(box.edge).toBe('top');
    expect(box.maxHeight).toBe(400);
    const low = sheetBox({ area: phone, selection: { top: 420, bottom: 440 } });
    expect(low.edge).toBe('top');
    // 420 above the selection, less the gap and the margin: half the screen still caps it.
    expect(low.maxHeight).toBe(400);
    const tight = sheetBox({ area: { ...phone, height: 300 }, selection: { top: 200, bottom: 220 } });
    expect(tight).toMatchObject({ edge: 'top', maxHeight: 150 });
  });

  it('never leaves room for a sheet over the selection: the room between it and its edge caps the height', () => {
    const box = sheetBox({ area: phone, selection: { top: 350, bottom: 390 } });
    expect(box.edge).toBe('bottom');
    expect(box.maxHeight).toBe(396);
    // The sheet's top edge (800 - 8 - 396 = 396) stays below the selection's bottom (390) and the 6 px gap.
    expect(800 - box.margin - box.maxHeight).toBeGreaterThanOrEqual(390 + 6);
  });

  it('follows a pinch zoom: placed in the zoomed part, its size undone from the scale', () => {
    const zoomed = { x: 300, y: 420, width: 195, height: 400, scale: 2 };
    const box = sheetBox({ area: zoomed, selection: { top: 450, bottom: 460 } });
    expect(box).toEqual({ edge: 'bottom', left: 304, width: 374, maxHeight: 400, scale: 0.5, margin: 4 });
    // Rendered: 374 × 0.5 = 187 layout px, the zoomed area's 195 less 4 px each side.
    expect(box.width * box.scale + 2 * box.margin).toBe(195);
  });
});

describe('bubbleRoom', () => {
  it('lets a mouse bubble be as tall as the roomier side, so flipping always finds one that fits', () => {
    expect(bubbleRoom('beside', { above: 500, below: 130 })).toEqual({ maxHeight: 492, onlyBelow: false });
    expect(bubbleRoom('beside', { above: 50, below: 300 })).toEqual({ maxHeight: 292, onlyBelow: false });
  });

  it('keeps a touch bubble below the selection, away from the copy bar, while the room there is useful', () => {
    expect(bubbleRoom('below', { above: 500, below: 130.6 })).toEqual({ maxHeight: 122, onlyBelow: true });
    expect(bubbleRoom('below', { above: 500, below: MIN_ROOM_BELOW_PX })).toMatchObject({ onlyBelow: true });
  });

  it('lets a touch bubble go above only when there is too little room below to read in', () => {
    expect(bubbleRoom('below', { above: 500, below: MIN_ROOM_BELOW_PX - 1 })).toEqual({
      maxHeight: 492,
      onlyBelow: false,
    });
  });
});
