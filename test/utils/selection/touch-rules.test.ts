import { describe, expect, it } from 'vitest';
import {
  FLING_SLOP_PX,
  isScrollOrFling,
  isTouchPress,
  touchSelectionCounts,
} from '@/utils/selection/touch-rules';

describe('isTouchPress', () => {
  it('takes trusted finger and pen presses only', () => {
    expect(isTouchPress({ isTrusted: true, pointerType: 'touch' })).toBe(true);
    expect(isTouchPress({ isTrusted: true, pointerType: 'pen' })).toBe(true);
    expect(isTouchPress({ isTrusted: true, pointerType: 'mouse' })).toBe(false);
    // A page script's synthetic PointerEvent.
    expect(isTouchPress({ isTrusted: false, pointerType: 'touch' })).toBe(false);
  });
});

describe('touch gestures', () => {
  const press = { moved: 0, scrolled: false, changed: true, hasSelection: true };

  it('counts a long press that selected a word, and handles dragged afterwards', () => {
    expect(touchSelectionCounts(press)).toBe(true);
    // Travel up to the slop is a finger's wobble.
    expect(touchSelectionCounts({ ...press, moved: FLING_SLOP_PX })).toBe(true);
  });

  it('ignores a swipe or fling: the finger travelled beyond the slop after the selection last changed', () => {
    const swipe = { ...press, moved: 140 };
    expect(isScrollOrFling(swipe)).toBe(true);
    expect(touchSelectionCounts(swipe)).toBe(false);
  });

  it('ignores a gesture during which the page scrolled after the selection last changed', () => {
    expect(isScrollOrFling({ ...press, scrolled: true })).toBe(true);
    expect(touchSelectionCounts({ ...press, scrolled: true })).toBe(false);
  });

  it('ignores a tap that cleared the selection, and a press that changed nothing', () => {
    expect(touchSelectionCounts({ ...press, hasSelection: false })).toBe(false);
    expect(touchSelectionCounts({ ...press, changed: false })).toBe(false);
  });
});
