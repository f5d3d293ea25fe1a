// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '@/components/bubble-announcer';

afterEach(() => vi.useRealTimers());

describe('createAnnouncer', () => {
  it('puts one polite status region beside the bubble, empty first and with the text a moment later', () => {
    vi.useFakeTimers();
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const bubble = document.createElement('div');
    root.append(bubble);
    const announcer = createAnnouncer(bubble);
    announcer.say('ImmunoLens: Interleukin-12.');
    const region = root.querySelector('[role=status]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.previousSibling).toBe(bubble);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(region.textContent).toBe('ImmunoLens: Interleukin-12.');
    // The next bubble: the same region, emptied and then filled again, so it is read again.
    announcer.say('ImmunoLens: 2 terms: IL-12, IFN-γ.');
    expect(root.querySelectorAll('[role=status]')).toHaveLength(1);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(region.textContent).toBe('ImmunoLens: 2 terms: IL-12, IFN-γ.');
  });
});
