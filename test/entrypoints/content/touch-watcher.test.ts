import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTouch, type Listen, type TouchHooks } from '@/entrypoints/content/touch-watcher';
import { TOUCH_SETTLE_MS } from '@/utils/selection/touch-rules';

/** The watcher on fake window events: `fire` delivers one as the browser would (trusted). */
function setUp(hasSelection = () => true) {
  const handlers = new Map<string, ((event: never) => void)[]>();
  const listen: Listen = (type, handler) =>
    void handlers.set(type, [...(handlers.get(type) ?? []), handler as (event: never) => void]);
  const hooks: TouchHooks = {
    listen,
    finish: vi.fn(),
    cancelFinish: vi.fn(),
    hasSelection,
    inBubble: () => false,
  };
  const watcher = watchTouch(hooks);
  const fire = (type: string, fields: Record<string, unknown> = {}) => {
    for (const handler of handlers.get(type) ?? [])
      handler({
        isTrusted: true,
        pointerType: 'touch',
        clientX: 100,
        clientY: 100,
        target: null,
        ...fields,
      } as never);
  };
  return { hooks, watcher, fire };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchTouch', () => {
  it('finishes a long press once the selection has not changed for the settle time, finger up', () => {
    const { hooks, fire } = setUp();
    fire('pointerdown');
    fire('selectionchange');
    vi.advanceTimersByTime(TOUCH_SETTLE_MS * 2);
    // The finger is still down: a long press that may go on to drag.
    expect(hooks.finish).not.toHaveBeenCalled();
    fire('pointercancel');
    vi.advanceTimersByTime(TOUCH_SETTLE_MS - 1);
    expect(hooks.finish).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hooks.finish).toHaveBeenCalledTimes(1);
  });

  it('waits while the handles move, and drops a finish waiting for its debounce at each change', () => {
    const { hooks, fire } = setUp();
    fire('pointerdown');
    fire('selectionchange');
    fire('pointerup');
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(TOUCH_SETTLE_MS - 50);
      fire('selectionchange');
    }
    expect(hooks.finish).not.toHaveBeenCalled();
    expect(hooks.cancelFinish).toHaveBeenCalledTimes(6);
    vi.advanceTimersByTime(TOUCH_SETTLE_MS);
    expect(hooks.finish).toHaveBeenCalledTimes(1);
  });

  it('finishes nothing for a swipe, a scroll after the change, a cleared selection or a mouse press', () => {
    const swipe = setUp();
    swipe.fire('pointerdown');
    swipe.fire('selectionchange');
    swipe.fire('pointermove', { clientY: 160 });
    swipe.fire('pointerup');
    const scroll = setUp();
    scroll.fire('pointerdown');
    scroll.fire('selectionchange');
    scroll.fire('scroll');
    scroll.fire('pointerup');
    const cleared = setUp(() => false);
    cleared.fire('pointerdown');
    cleared.fire('selectionchange');
    cleared.fire('pointerup');
    const mouse = setUp();
    mouse.fire('pointerdown', { pointerType: 'mouse' });
    mouse.fire('selectionchange');
    mouse.fire('pointerup', { pointerType: 'mouse' });
    vi.advanceTimersByTime(TOUCH_SETTLE_MS * 2);
    for (const { hooks } of [swipe, scroll, cleared, mouse]) expect(hooks.finish).not.toHaveBeenCalled();
  });

  it('counts a long press that drags on, changing the selection as it moves', () => {
    const { hooks, fire } = setUp();
    fire('pointerdown');
    for (let y = 110; y <= 200; y += 10) {
      fire('pointermove', { clientY: y });
      fire('selectionchange');
    }
    fire('pointerup');
    vi.advanceTimersByTime(TOUCH_SETTLE_MS);
    expect(hooks.finish).toHaveBeenCalledTimes(1);
  });

  it('takes over the first press, which the always-loaded script saw before this module loaded', () => {
    const { hooks, watcher, fire } = setUp();
    watcher.press({ isTrusted: true, pointerType: 'pen', clientX: 5, clientY: 5, target: null } as never);
    fire('selectionchange');
    fire('pointerup', { clientX: 5, clientY: 5 });
    vi.advanceTimersByTime(TOUCH_SETTLE_MS);
    expect(hooks.finish).toHaveBeenCalledTimes(1);
  });
});
