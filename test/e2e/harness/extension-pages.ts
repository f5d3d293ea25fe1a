/**
 * Page objects for the extension's own pages, on either browser's `PageDriver`: the popup and the lookup page
 * (the same search app, as a page) and the options page. They read the DOM through `evaluate`, so a scenario
 * reads the same in Chromium and Firefox.
 */
import { expect } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';

/** The popup or the lookup page: a search box (a combobox), its options, and the entry an option opens. */
export class SearchPage {
  constructor(readonly page: PageDriver) {}

  /** Waits until the search box shows. */
  async ready(): Promise<this> {
    await expect
      .poll(() =>
        this.page.evaluate(
          () => document.querySelector<HTMLElement>('[role=combobox]')?.checkVisibility() ?? false,
          null,
        ),
      )
      .toBe(true);
    return this;
  }

  /** Types into the search box, key by key, as a reader who clicked into it. */
  async type(text: string): Promise<void> {
    await this.page.evaluate(() => document.querySelector<HTMLElement>('[role=combobox]')?.focus(), null);
    await this.page.keyboard.type(text);
  }

  press(key: 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape'): Promise<void> {
    return this.page.keyboard.press(key);
  }

  /** The text of each listed result, in order. */
  options(): Promise<string[]> {
    return this.page.evaluate(
      () => [...document.querySelectorAll('[role=option]')].map((o) => o.textContent ?? ''),
      null,
    );
  }

  /** The text of the first listed result, or '' while there is none. */
  async firstOption(): Promise<string> {
    return (await this.options())[0] ?? '';
  }

  /** The id of the option the arrow keys made active, or null. */
  activeOption(): Promise<string | null> {
    return this.page.evaluate(
      () => document.querySelector('[role=combobox]')?.getAttribute('aria-activedescendant') ?? null,
      null,
    );
  }

  /** What the search box holds. */
  query(): Promise<string | undefined> {
    return this.page.evaluate(() => document.querySelector<HTMLInputElement>('[role=combobox]')?.value, null);
  }

  /** The open entry's title (the page's h1), or '' when none is open. */
  title(): Promise<string> {
    return pageHeading(this.page);
  }

  disclaimer(): Promise<string> {
    return this.page.evaluate(() => document.querySelector('.disclaimer')?.textContent ?? '', null);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** The toolbar popup's page, opened in a tab (the real popup, from the toolbar button, is action-popup.ts). */
export async function openPopupPage(browser: BrowserDriver): Promise<SearchPage> {
  return new SearchPage(await browser.openExtensionPage('popup.html')).ready();
}

/** The full-size lookup page, with `?q=` when a query is given. */
export async function openLookupPage(browser: BrowserDriver, query?: string): Promise<SearchPage> {
  const path = query === undefined ? 'lookup.html' : `lookup.html?q=${encodeURIComponent(query)}`;
  return new SearchPage(await browser.openExtensionPage(path));
}

/** The options page. */
export async function openOptionsPage(browser: BrowserDriver): Promise<PageDriver> {
  return browser.openExtensionPage('options.html');
}

/** A page's h1, or '' while it has none. */
export function pageHeading(page: PageDriver): Promise<string> {
  return page.evaluate(() => document.querySelector('h1')?.textContent ?? '', null);
}
