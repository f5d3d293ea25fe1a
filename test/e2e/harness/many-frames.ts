/**
 * A page of many frames, for the lens's and the side panel's limits (issue #16 item 7, "10,000 iframes' worth of
 * frames"): frames added to a loaded page, each a document at an http address of the fixture server, so that the
 * content script runs in each. The first SHOWN_FRAMES are drawn (40 × 20 px); the rest are `display: none`, as
 * tracking frames are: neither browser lays out or paints them, which without the harness halved the time to load
 * 1,000 (Chromium 69 → 31 s, Firefox 11.4 → 5.6 s at a load average of 5–6). Frame documents cost the browser
 * the same whatever they hold (1,000 srcdoc frames loaded as slowly as 1,000 http ones in Chromium), and neither the
 * extension nor the harness's request filter is what makes many frames slow: 300 frames took 10–13 s with or
 * without either. docs/browser-quirks.md#chromium-holds-1000-frames-a-page.
 */
import { waitUntil, type BrowserDriver, type PageDriver } from './driver';

/** Blink creates at most this many frames in a page (`kMaxNumberOfFrames`); further frame elements stay empty. */
export const CHROMIUM_MAX_FRAMES = 1_000;
/** Frames drawn at the start of the page's frames; the rest are hidden. */
export const SHOWN_FRAMES = 20;

/** Frames added per task: one append of 10,000 frames held Firefox's page for minutes (no drawing, no script). */
const FRAMES_PER_TASK = 20;

/**
 * Starts adding `count` frames of `path` (`?i` appended, so each is its own document) at the end of the page's body,
 * FRAMES_PER_TASK at a time in tasks of their own, as a page that adds frames as it goes; resolves at once.
 */
export function addFrames(page: PageDriver, count: number, path: string): Promise<void> {
  return page.evaluate(
    ({ count, path, shown, perTask }) => {
      const box = document.createElement('div');
      document.body.append(box);
      let i = 0;
      const some = () => {
        for (const end = Math.min(count, i + perTask); i < end; i++) {
          const frame = document.createElement('iframe');
          frame.src = `${path}?${i}`;
          frame.width = '40';
          frame.height = '20';
          if (i >= shown) frame.style.display = 'none';
          box.append(frame);
        }
        if (i < count) setTimeout(some, 0);
      };
      some();
    },
    { count, path, shown: SHOWN_FRAMES, perTask: FRAMES_PER_TASK },
  );
}

/**
 * What a driver may do for a page of thousands of frames (the Firefox driver does, firefox-driver.ts): a tab and a
 * way of loading the frames in which the driver's own watchers do not cost each frame every other frame.
 * docs/browser-quirks.md#bidi-watchers-cost-every-frame
 */
interface FramesDriver {
  newFramesPage?(): Promise<PageDriver>;
  whileFramesLoad?<T>(loading: () => Promise<T>): Promise<T>;
}

/** A tab for the frames page: the driver's own kind where it has one (FramesDriver), else a new tab. */
export function newFramesPage(browser: BrowserDriver): Promise<PageDriver> {
  const frames = browser as BrowserDriver & FramesDriver;
  return frames.newFramesPage ? frames.newFramesPage() : browser.newPage();
}

/** Runs `loading` (adding frames and waiting for them) as the driver loads many frames (FramesDriver). */
export function whileFramesLoad<T>(browser: BrowserDriver, loading: () => Promise<T>): Promise<T> {
  const frames = browser as BrowserDriver & FramesDriver;
  return frames.whileFramesLoad ? frames.whileFramesLoad(loading) : loading();
}

/** The page's frame elements, and those whose document at `path` has loaded. */
export function loadedFrames(page: PageDriver, path: string): Promise<{ added: number; loaded: number }> {
  return page.evaluate((path) => {
    const frames = [...document.querySelectorAll('iframe')];
    const loaded = frames.filter(
      (f) => f.contentDocument?.readyState === 'complete' && f.contentDocument.location.pathname === path,
    );
    return { added: frames.length, loaded: loaded.length };
  }, path);
}

/** How many frames the page's browser creates at most: Blink's limit in Chromium, none known in Firefox. */
export async function frameLimit(page: PageDriver): Promise<number> {
  const chromium = await page.evaluate(() => navigator.userAgent.includes('Chrome/'), null);
  return chromium ? CHROMIUM_MAX_FRAMES : Infinity;
}

/**
 * Waits until all `count` frames are in the page and that many of `path` have loaded, or as many as the browser
 * creates (frameLimit), calling `each` once a second meanwhile (the scenarios check that the page goes on drawing).
 * Returns the number loaded.
 */
export async function waitForFrames(
  page: PageDriver,
  count: number,
  path: string,
  timeoutMs: number,
  each: () => Promise<void> = async () => {},
): Promise<number> {
  const expected = Math.min(count, await frameLimit(page));
  let loaded = 0;
  await waitUntil(
    async () => {
      await each();
      const frames = await loadedFrames(page, path);
      loaded = frames.loaded;
      return frames.added === count && loaded >= expected;
    },
    () => `${loaded} of ${expected} frames loaded`,
    { timeoutMs, everyMs: 1000 },
  );
  return loaded;
}
