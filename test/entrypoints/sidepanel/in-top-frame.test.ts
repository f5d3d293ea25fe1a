// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameKeys, revealFrame } from '@/entrypoints/sidepanel/in-top-frame';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('naming the top document’s frames', () => {
  it('names each frame by its URL, in document order, at most `max` of them', () => {
    document.body.innerHTML =
      '<iframe src="https://a.example/x"></iframe><div><iframe src="/local"></iframe></div><iframe></iframe>';
    expect(frameKeys(10)).toEqual(['https://a.example/x', new URL('/local', location.href).href, '']);
    expect(frameKeys(1)).toEqual(['https://a.example/x']);
  });

  it('names them by frame id where the browser tells it (Firefox)', () => {
    document.body.innerHTML = '<iframe src="/a"></iframe><iframe src="/b"></iframe>';
    const ids = new Map([...document.querySelectorAll('iframe')].map((f, i) => [f, 40 + i]));
    vi.stubGlobal('browser', {
      runtime: { getFrameId: (frame: Element) => ids.get(frame as HTMLIFrameElement) },
    });
    expect(frameKeys(10)).toEqual(['40', '41']);
  });
});

describe('bringing a frame’s use into the top page’s view', () => {
  /** A frame whose box starts at `top` in the viewport (scrolling moves it), in a viewport 800 px high. */
  function frameAt(top: number) {
    document.body.innerHTML = '<iframe></iframe><iframe id="target"></iframe>';
    const frame = document.getElementById('target')!;
    let offset = top;
    vi.spyOn(frame, 'getBoundingClientRect').mockImplementation(() => ({ top: offset }) as DOMRect);
    const scrolled = vi.fn((options: ScrollIntoViewOptions) => {
      expect(options.block).toBe('center');
      offset = 300;
    });
    frame.scrollIntoView = scrolled as never;
    const scrollBy = vi.fn((options: ScrollToOptions) => (offset -= options.top ?? 0));
    vi.stubGlobal('scrollBy', scrollBy);
    vi.stubGlobal('innerHeight', 800);
    return { scrolled, scrollBy, offset: () => offset };
  }

  it('does nothing when the use shows already (the browser carried the frame’s scrolling up)', () => {
    const { scrolled, scrollBy } = frameAt(100);
    expect(revealFrame(1, 200, 20)).toBe(true);
    expect(scrolled).not.toHaveBeenCalled();
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('scrolls the frame into view when the use is off screen, and then to the use in a tall frame', () => {
    const short = frameAt(5000);
    expect(revealFrame(1, 100, 20)).toBe(true);
    expect(short.scrolled).toHaveBeenCalledOnce();
    expect(short.scrollBy).not.toHaveBeenCalled();

    // Use 1,500 px down a frame taller than the viewport: centring the frame is not enough.
    const tall = frameAt(5000);
    expect(revealFrame(1, 1500, 20)).toBe(true);
    expect(tall.scrolled).toHaveBeenCalledOnce();
    expect(tall.scrollBy).toHaveBeenCalledOnce();
    const at = tall.offset() + 1500;
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at + 20).toBeLessThanOrEqual(800);
  });

  it('says so when the top document has no such frame', () => {
    document.body.innerHTML = '<iframe></iframe>';
    expect(revealFrame(3, 0, 10)).toBe(false);
  });
});
