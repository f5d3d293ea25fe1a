/**
 * What the Chromium (Playwright) and Firefox (Puppeteer) drivers share in making a `PageDriver` of a library page:
 * the two libraries agree on most calls, so each driver passes only where they differ.
 */
/// <reference types="chrome" />
import { iframeOrigin, type DocumentDriver, type PageDriver, type Point } from './driver';

/** The mouse and keyboard of a Playwright or a Puppeteer page: the two libraries agree on these calls. */
export interface LibraryInput {
  mouse: {
    move(x: number, y: number, options: { steps: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: {
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
  };
}

/** A library page's input as the scenarios' `mouse` and `keyboard`; the libraries differ on a double click. */
export function inputOf(
  page: LibraryInput,
  dblclick: (x: number, y: number) => Promise<void>,
): Pick<PageDriver, 'mouse' | 'keyboard'> {
  return {
    mouse: {
      move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      click: (x, y) => page.mouse.click(x, y),
      dblclick,
    },
    keyboard: {
      down: (key) => page.keyboard.down(key),
      up: (key) => page.keyboard.up(key),
      press: (key) => page.keyboard.press(key),
      type: (text) => page.keyboard.type(text),
    },
  };
}

/**
 * A library page or frame as a `DocumentDriver`. Both libraries type `evaluate`'s argument through their handle
 * unboxing; the scenarios' functions take plain data, so one cast here serves both.
 */
export function documentOf(
  evaluate: (fn: (arg: unknown) => unknown, arg: unknown) => Promise<unknown>,
  origin: Point,
): DocumentDriver {
  return {
    origin,
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>,
  };
}

/** How a driver reaches one library page: what `pageDriverOf` needs to make a `PageDriver` of it. */
export interface LibraryPage<F> {
  document: DocumentDriver;
  input: Pick<PageDriver, 'mouse' | 'keyboard'>;
  /** Navigates and waits for the load event. */
  load(url: string): Promise<void>;
  /** The frame inside the iframe that `selector` finds, or null. */
  frameOf(selector: string): Promise<F | null>;
  frameDocument(frame: F, origin: Point): DocumentDriver;
  /** Resolves once the extension's content script runs in `frame` (null: the page's own document). */
  contentScriptRuns(frame: F | null, what: string): Promise<void>;
  pageErrors: string[];
  close(): Promise<void>;
}

/** A tab as the scenarios see it, whichever library drives it: `goto` and `frame` wait for the content script. */
export function pageDriverOf<F>(page: LibraryPage<F>): PageDriver {
  const driver: PageDriver = {
    ...page.document,
    ...page.input,
    async goto(url) {
      await page.load(url);
      await page.contentScriptRuns(null, url);
    },
    async frame(selector) {
      const frame = await page.frameOf(selector);
      if (!frame) throw new Error(`no frame in ${selector}`);
      await page.contentScriptRuns(frame, selector);
      return page.frameDocument(frame, await iframeOrigin(driver, selector));
    },
    pageErrors: page.pageErrors,
    close: () => page.close(),
  };
  return driver;
}

/**
 * Runs in an extension context (Chromium's service worker, a Firefox extension page), serialised: writes the
 * stored settings as the options page would, or removes them for null. Then waits for the background to register
 * the lens's start script by them (background/lens-script.ts; its e2e-build hook), so that a page loaded next
 * sees the new choice, as a reader's would a moment later.
 */
export async function writeStoredSettings(value: Record<string, unknown> | null): Promise<void> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  await (value === null ? api.storage.local.remove('settings') : api.storage.local.set({ settings: value }));
  type Hooks = { immunolens?: { lensScriptSynced?: () => Promise<void> } };
  const here = (globalThis as Hooks).immunolens;
  const background =
    here ??
    (
      (await (api.runtime.getBackgroundPage?.() as Promise<unknown> | undefined)?.catch(() => null)) as
        Hooks | null | undefined
    )?.immunolens;
  await background?.lensScriptSynced?.();
}
