/**
 * The page object of the side panel ("terms on this page"), on either browser's driver. Neither headless browser
 * lets a test open the real side panel or sidebar (Chrome's `sidePanel.open` and Firefox's `sidebarAction.open` want
 * a user action in the browser's own UI, which no driver reaches), so the panel's page is opened as a tab with
 * `?tabId=N`, as Firefox for Android opens it: the same app, listing tab N and following tab switches in N's window.
 */
import { expect } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';

/** What one row of the list shows. */
export interface PanelRow {
  name: string;
  uses: string;
  button: string;
}

/** The extension's API in an extension page, in either browser. */
declare const chrome: typeof import('wxt/browser').browser;

/** The id of the tab showing `url` (unique among the browser's tabs), asked from an extension page. */
export async function tabIdOf(browser: BrowserDriver, url: string): Promise<number> {
  const page = await browser.openExtensionPage('options.html');
  try {
    const tabs = await page.evaluate(
      async () => (await chrome.tabs.query({})).map((t) => ({ id: t.id, url: t.url ?? '' })),
      null,
    );
    const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
    if (ids.length === 1) return ids[0]!;
    // Chromium shows no web page's URL to an extension without the "tabs" permission: the page is then the newest
    // tab whose URL is hidden (tab ids only grow, and the scenario opened its page just before this).
    const hidden = tabs.filter((t) => t.url === '').map((t) => t.id!);
    if (ids.length === 0 && hidden.length > 0) return Math.max(...hidden);
    throw new Error(`${ids.length} tabs show ${url}: ${JSON.stringify(tabs)}`);
  } finally {
    await page.close();
  }
}

export class SidePanelPage {
  constructor(readonly page: PageDriver) {}

  /** Each listed term, in the order shown. */
  rows(): Promise<PanelRow[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('.page-term-list > li')].map((li) => ({
          name: li.querySelector('h2')?.textContent ?? '',
          uses: li.querySelector('.term-uses .muted')?.textContent ?? '',
          button: li.querySelector('button.show-use')?.textContent ?? '',
        })),
      null,
    );
  }

  async names(): Promise<string[]> {
    return (await this.rows()).map((r) => r.name);
  }

  /** The polite status line (counts, or what the last button did). */
  status(): Promise<string> {
    return this.page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '', null);
  }

  /** The panel's notes: empty states, the long-page note. */
  notes(): Promise<string> {
    return this.page.evaluate(
      () => [...document.querySelectorAll('.panel-note')].map((n) => n.textContent ?? '').join(' '),
      null,
    );
  }

  /** Waits until the list shows these names, in this order. */
  async expectNames(names: string[], timeout = 10_000): Promise<void> {
    await expect.poll(() => this.names(), { timeout }).toEqual(names);
  }

  /** Types into the filter box, key by key, replacing what it held. */
  async filter(text: string): Promise<void> {
    await this.page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
      box.focus();
      box.select();
    }, null);
    if (text === '') await this.page.keyboard.press('Backspace');
    else await this.page.keyboard.type(text);
  }

  /** Picks the order by its label: "Reading order" or "Most used first". */
  order(label: string): Promise<void> {
    return this.page.evaluate((wanted) => {
      const choice = [...document.querySelectorAll('label.choice')].find((l) => l.textContent === wanted);
      choice?.querySelector('input')?.click();
    }, label);
  }

  /**
   * Presses the term's "Show use" button: with `key`, by the keyboard (focus, Enter), as a keyboard reader does;
   * else by a click from script, since the panel as a tab brings the page's tab forward to show the use, and
   * Firefox sends no key to a tab in the background.
   */
  async showUse(name: string, { key = false } = {}): Promise<void> {
    const found = await this.page.evaluate(
      ({ wanted, key }) => {
        const li = [...document.querySelectorAll('.page-term-list > li')].find(
          (l) => l.querySelector('h2')?.textContent === wanted,
        );
        const button = li?.querySelector<HTMLButtonElement>('button.show-use');
        if (!button) return false;
        button.focus();
        if (!key) button.click();
        return true;
      },
      { wanted: name, key },
    );
    if (!found) throw new Error(`no term ${name} in the panel`);
    if (key) await this.page.keyboard.press('Enter');
  }

  /** Presses the panel's Refresh button. */
  refresh(): Promise<void> {
    return this.page.evaluate(() => {
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Refresh')?.click();
    }, null);
  }

  /** Opens a tab in the listed tab's window and makes it active, as a reader switching tabs. */
  openTabBeside(tabId: number, url: string): Promise<number> {
    return this.page.evaluate(
      async ({ tabId, url }) => {
        const { windowId } = await chrome.tabs.get(tabId);
        return (await chrome.tabs.create({ windowId, url, active: true })).id!;
      },
      { tabId, url },
    );
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** The side panel's page in a tab, listing the terms of the tab that shows `url`. */
export async function openSidePanelFor(browser: BrowserDriver, url: string): Promise<SidePanelPage> {
  const tabId = await tabIdOf(browser, url);
  return new SidePanelPage(await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`));
}
