/**
 * Firefox's own user interface, driven from its parent process (the browser window, which BiDi's evaluation reaches
 * with `--remote-allow-system-access`): the keys of the browser window and the page's context menu. WebDriver
 * BiDi's key input stops at the page, so it never reaches an extension's shortcut, and its right-click opens the
 * real context menu but cannot click an item of it (docs/browser-quirks.md#bidi-key-input-skips-browser-shortcuts,
 * #bidi-cannot-click-the-context-menu). These functions do what a reader's hands do from there on: keys pressed in
 * the browser window, to the tab's focused page, and an item of the open menu activated. Firefox then runs its own
 * machinery (the add-on's `<key>` in browser.xhtml, ext-menus' `command` listener), so `commands.onCommand` and
 * `contextMenus.onClicked` reach the background with what a real press or click gives them (tab, frame,
 * selection text). Each function is serialised with `toString()` and refers to nothing outside itself.
 */

// Just enough of the parent process's privileged globals to type the functions that run there.
interface BrowsingContext {
  readonly id: number;
}
interface TabBrowser {
  readonly browsingContext: BrowsingContext;
  readonly currentURI: { spec: string };
  focus(): void;
}
interface Tab {
  readonly linkedBrowser: TabBrowser;
}
interface BrowserWindow extends Window {
  browsingContext: BrowsingContext;
  gBrowser: { tabs: Iterable<Tab>; selectedTab: Tab };
  KeyboardEvent: typeof KeyboardEvent;
}
interface TextInputProcessor {
  beginInputTransactionForTests(window: Window): boolean;
  keydown(event: KeyboardEvent): number;
  keyup(event: KeyboardEvent): boolean;
}
interface Popup extends Element {
  readonly state: 'closed' | 'showing' | 'open' | 'hiding';
  activateItem(item: Element): void;
  hidePopup(): void;
}
interface ParentGlobals {
  ChromeUtils: { importESModule(url: string): unknown };
  Services: {
    wm: { getEnumerator(type: string): Iterable<BrowserWindow> };
    focus: { activeWindow: Window | null };
  };
  PrivateBrowsingUtils?: { isWindowPrivate(window: Window): boolean };
  Cc: Record<string, { createInstance(iid: unknown): TextInputProcessor }>;
  Ci: { nsITextInputProcessor: unknown };
}
interface NavigableManagerModule {
  NavigableManager: { getIdForBrowsingContext(context: BrowsingContext): string };
}

/** A tab of any browser window, as the parent process sees it. */
export interface BrowserTab {
  /** BiDi's id of the tab's top-level navigable (what puppeteer keeps as its main frame's `_id`). */
  navigable: string;
  url: string;
  /** Whether its window is a private one. */
  private: boolean;
  /** Its window's id (the browser window's browsing context): tabs of one window share it. */
  window: number;
  /** Whether its window is a popup window (no toolbars), as `windows.create({ type: 'popup' })` opens. */
  popup: boolean;
}

/** Runs in the browser window: every tab of every browser window (a popup window's too). */
export function browserTabs(): BrowserTab[] {
  const { ChromeUtils, Services } = globalThis as unknown as ParentGlobals;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as NavigableManagerModule;
  const { PrivateBrowsingUtils } = ChromeUtils.importESModule(
    'resource://gre/modules/PrivateBrowsingUtils.sys.mjs',
  ) as Required<Pick<ParentGlobals, 'PrivateBrowsingUtils'>>;
  const tabs: BrowserTab[] = [];
  for (const window of Services.wm.getEnumerator('navigator:browser'))
    for (const tab of window.gBrowser.tabs)
      tabs.push({
        navigable: NavigableManager.getIdForBrowsingContext(tab.linkedBrowser.browsingContext),
        url: tab.linkedBrowser.currentURI.spec,
        private: PrivateBrowsingUtils.isWindowPrivate(window),
        window: window.browsingContext.id,
        popup: !window.toolbar.visible,
      });
  return tabs;
}

/**
 * Runs in the browser window: presses `shortcut` (`Alt+Shift+L`: modifiers, then one letter or digit) in the window
 * that holds the tab `navigable`, with that tab selected and its page focused, as a reader's keyboard does. The
 * keys go through Firefox's own input path (nsITextInputProcessor, what its tests' synthesizeKey uses): to the
 * page first, then to the window's `<key>` elements, where the add-on's shortcut is one. Returns the keys pressed.
 */
export function pressShortcutInTab({
  navigable,
  shortcut,
}: {
  navigable: string;
  shortcut: string;
}): string[] {
  const { ChromeUtils, Services, Cc, Ci } = globalThis as unknown as ParentGlobals;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as NavigableManagerModule;
  const MODIFIERS: Record<string, { code: string; keyCode: number }> = {
    Alt: { code: 'AltLeft', keyCode: 18 },
    Shift: { code: 'ShiftLeft', keyCode: 16 },
    Control: { code: 'ControlLeft', keyCode: 17 },
    Meta: { code: 'MetaLeft', keyCode: 91 },
  };
  const parts = shortcut.split('+');
  const last = parts.pop() ?? '';
  if (!/^[A-Z0-9]$/.test(last) || parts.some((p) => !(p in MODIFIERS)))
    throw new Error(`cannot press ${shortcut}: modifiers and one letter or digit only`);
  for (const window of Services.wm.getEnumerator('navigator:browser')) {
    const tab = [...window.gBrowser.tabs].find(
      (t) => NavigableManager.getIdForBrowsingContext(t.linkedBrowser.browsingContext) === navigable,
    );
    if (!tab) continue;
    // Where a reader's keys would go: the window in front, the tab selected, its page focused.
    if (Services.focus.activeWindow !== window) window.focus();
    if (window.gBrowser.selectedTab !== tab) window.gBrowser.selectedTab = tab;
    if (window.document.activeElement !== (tab.linkedBrowser as unknown as Element))
      tab.linkedBrowser.focus();
    const input = Cc['@mozilla.org/text-input-processor;1']!.createInstance(Ci.nsITextInputProcessor);
    if (!input.beginInputTransactionForTests(window))
      throw new Error('another input transaction holds the browser window');
    const key = (name: string) => {
      const modifier = MODIFIERS[name];
      if (modifier) return new window.KeyboardEvent('', { key: name, ...modifier });
      const code = /\d/.test(name) ? `Digit${name}` : `Key${name}`;
      return new window.KeyboardEvent('', { key: name, code, keyCode: name.charCodeAt(0) });
    };
    const keys = [...parts, last].map(key);
    for (const k of keys) input.keydown(k);
    for (const k of keys.reverse()) input.keyup(k);
    return [...parts, last];
  }
  throw new Error(`no tab shows the navigable ${navigable}`);
}

/** A menu of the browser window's menu bar (File, Edit, … Help): its id, its access key, whether it is open. */
export interface MenuBarMenu {
  id: string;
  accessKey: string;
  open: boolean;
}

/**
 * Runs in the browser window: the shown menus of the first browser window's menu bar, with the access keys this
 * Firefox's locale gives them. Alt with one of those letters opens the menu, and Alt+Shift with it too, before an
 * add-on's shortcut is looked at (docs/browser-quirks.md#firefox-alt-shift-letters-open-menus).
 */
export function menuBarMenus(): MenuBarMenu[] {
  const { Services } = globalThis as unknown as ParentGlobals;
  for (const window of Services.wm.getEnumerator('navigator:browser'))
    return [...window.document.querySelectorAll('#main-menubar > menu')]
      .filter((menu) => !(menu as HTMLElement).hidden)
      .map((menu) => {
        const popup = menu.querySelector(':scope > menupopup') as Popup | null;
        return {
          id: menu.id,
          accessKey: menu.getAttribute('accesskey') ?? '',
          open: popup !== null && popup.state !== 'closed',
        };
      });
  return [];
}

/** Runs in the browser window: closes every open menu of every browser window's menu bar. */
export function closeMenuBarMenus(): number {
  const { Services } = globalThis as unknown as ParentGlobals;
  let closed = 0;
  for (const window of Services.wm.getEnumerator('navigator:browser'))
    for (const popup of window.document.querySelectorAll('#main-menubar > menu > menupopup'))
      if ((popup as Popup).state !== 'closed') {
        (popup as Popup).hidePopup();
        closed++;
      }
  return closed;
}

/**
 * Runs in the browser window: waits for the page context menu (`contentAreaContextMenu`) of the window holding the
 * tab `navigable` to open, then activates its item `itemId` as a click on it does (the menu closes, the item's
 * `command` fires). Returns the item's label. Fails, closing the menu, when it does not open or lacks the item.
 */
export async function activateContextMenuItem({
  navigable,
  itemId,
  timeoutMs,
}: {
  navigable: string;
  itemId: string;
  timeoutMs: number;
}): Promise<string> {
  const { ChromeUtils, Services } = globalThis as unknown as ParentGlobals;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as NavigableManagerModule;
  const window = [...Services.wm.getEnumerator('navigator:browser')].find((w) =>
    [...w.gBrowser.tabs].some(
      (t) => NavigableManager.getIdForBrowsingContext(t.linkedBrowser.browsingContext) === navigable,
    ),
  );
  if (!window) throw new Error(`no tab shows the navigable ${navigable}`);
  const menu = window.document.getElementById('contentAreaContextMenu') as Popup | null;
  if (!menu) throw new Error('the browser window has no contentAreaContextMenu');
  const deadline = Date.now() + timeoutMs;
  while (menu.state !== 'open') {
    if (Date.now() > deadline) throw new Error(`the context menu did not open (it is ${menu.state})`);
    await new Promise((ok) => window.setTimeout(ok, 25));
  }
  const item = window.document.getElementById(itemId);
  if (!item || item.parentElement !== (menu as Element) || item.hidden) {
    const shown = [...menu.children]
      .filter((c) => c.localName === 'menuitem' && !(c as HTMLElement).hidden)
      .map((c) => c.id || c.getAttribute('label'));
    menu.hidePopup();
    throw new Error(`the context menu has no ${itemId}; it shows ${JSON.stringify(shown)}`);
  }
  const label = item.getAttribute('label') ?? '';
  menu.activateItem(item);
  return label;
}

/**
 * The id of the element ext-menus makes for the extension's context menu item `menuId`: the add-on's "widget id"
 * (its id, lower case, every character but letters, digits, `_` and `-` made `_`), `-menuitem-_`, the item's id.
 */
export function contextMenuElementId(extensionId: string, menuId: string): string {
  return `${extensionId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-menuitem-_${menuId}`;
}
