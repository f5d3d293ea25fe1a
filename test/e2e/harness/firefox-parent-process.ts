/**
 * Functions that run in Firefox's parent process (the browser window, reached over WebDriver BiDi with
 * `--remote-allow-system-access`), or as process scripts in its content processes: what BiDi cannot see from a
 * web page (docs/browser-quirks.md#bidi-sees-web-pages-only). Each is serialised with `toString()`, so it refers
 * to nothing outside itself. They lean on Firefox internals (ExtensionParent, the remote agent's
 * NavigableManager) that hold in ESR 153; a later Firefox that moves them fails these calls loudly.
 */

// Just enough of the parent process's privileged globals to type the functions that run there.
interface Principal {
  addonId: string;
}
interface HttpChannel {
  channelId: number;
  URI: { spec: string };
  loadInfo: { triggeringPrincipal: Principal | null; loadingPrincipal: Principal | null };
}
interface QueryInterface {
  QueryInterface<T>(iid: unknown): T;
}
interface StackFrame {
  filename: string;
  caller: StackFrame | null;
  asyncCaller: StackFrame | null;
}
interface MessageManager {
  addMessageListener(name: string, listener: (message: { data: unknown }) => void): void;
  sendAsyncMessage(name: string, data: unknown): void;
  loadProcessScript(url: string, allowDelayedLoad: boolean): void;
}
interface BrowsingContext {
  currentWindowGlobal: { innerWindowId: number } | null;
}
interface ProxyContext {
  envType: string;
  unloaded: boolean;
  extension?: { id: string };
  uri?: { spec: string };
  browsingContext?: BrowsingContext;
  actor?: { manager?: { innerWindowId: number; isCurrentGlobal: boolean } };
}
interface SystemGlobals {
  ChromeUtils: { importESModule(url: string): Record<string, unknown> };
  WebExtensionPolicy: { getByID(id: string): { extension: { backgroundState: string } } | null };
  Services: {
    obs: { addObserver(observer: { observe(subject: unknown): void }, topic: string): void };
    ppmm: MessageManager;
    cpmm: MessageManager;
  };
  Ci: { nsIHttpChannel: unknown };
  Components: { stack: StackFrame };
}
interface ExtensionParentModule {
  ExtensionParent: {
    ParentAPIManager: { proxyContexts: Map<string, ProxyContext> };
    DebugUtils: { terminateBackgroundScript(id: string): Promise<void> };
  };
}
interface NavigableManagerModule {
  NavigableManager: { getIdForBrowsingContext(context: BrowsingContext): string };
}

/**
 * Runs as a process script in the content and extension processes: reports each HTTP channel opened while the
 * JavaScript on the stack runs through one of the extension's scripts. That is how a content script's request is
 * told from the page's: in MV3 it carries the page's principal
 * (docs/browser-quirks.md#firefox-content-script-requests-carry-the-page-principal).
 */
export function reportChannelsFromExtensionScripts({
  message,
  scriptPrefix,
}: {
  message: string;
  scriptPrefix: string;
}) {
  const { Services, Ci, Components } = globalThis as unknown as SystemGlobals;
  Services.obs.addObserver(
    {
      observe(subject) {
        const channel = (subject as QueryInterface).QueryInterface<HttpChannel>(Ci.nsIHttpChannel);
        for (
          let frame: StackFrame | null = Components.stack;
          frame;
          frame = frame.caller ?? frame.asyncCaller
        ) {
          if (!frame.filename.startsWith(scriptPrefix)) continue;
          Services.cpmm.sendAsyncMessage(message, { id: channel.channelId, url: channel.URI.spec });
          return;
        }
      },
    },
    'http-on-opening-request',
  );
}

/**
 * Runs in the browser window, so in the parent process, which sees every HTTP channel of every process: passes
 * on to `send`, once each, the requests with the extension's principal (its background and its pages) and those
 * that the process script above reports.
 */
export function collectExtensionRequests(
  send: (url: string) => void,
  { message, extensionId, processScript }: { message: string; extensionId: string; processScript: string },
): void {
  const { Services, Ci } = globalThis as unknown as SystemGlobals;
  const seen = new Set<number>();
  const record = (id: number, url: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    send(url);
  };
  Services.obs.addObserver(
    {
      observe(subject) {
        const channel = (subject as QueryInterface).QueryInterface<HttpChannel>(Ci.nsIHttpChannel);
        const { triggeringPrincipal, loadingPrincipal } = channel.loadInfo;
        if (triggeringPrincipal?.addonId === extensionId || loadingPrincipal?.addonId === extensionId)
          record(channel.channelId, channel.URI.spec);
      },
    },
    'http-on-modify-request',
  );
  Services.ppmm.addMessageListener(message, ({ data }) => {
    const { id, url } = data as { id: number; url: string };
    record(id, url);
  });
  Services.ppmm.loadProcessScript(`data:,${encodeURIComponent(processScript)}`, true);
}

/**
 * Runs in the browser window: whether the extension's content script has started in the current document of
 * the frame that BiDi calls `navigable`, at `url`. Its `runtime.onMessage` listener, added at start after the
 * page listeners, opens its context in the parent process.
 */
export function contentScriptStarted({
  extensionId,
  navigable,
  url,
}: {
  extensionId: string;
  navigable: string;
  url: string;
}): boolean {
  const { ChromeUtils } = globalThis as unknown as SystemGlobals;
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as unknown as ExtensionParentModule;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as unknown as NavigableManagerModule;
  for (const context of ExtensionParent.ParentAPIManager.proxyContexts.values()) {
    const frame = context.browsingContext;
    const window = context.actor?.manager;
    if (
      context.envType === 'content_parent' &&
      context.extension?.id === extensionId &&
      !context.unloaded &&
      context.uri?.spec === url &&
      frame &&
      NavigableManager.getIdForBrowsingContext(frame) === navigable &&
      window?.isCurrentGlobal &&
      window.innerWindowId === frame.currentWindowGlobal?.innerWindowId
    )
      return true;
  }
  return false;
}

/**
 * Runs in the browser window: asks a running background to stop as about:debugging's "Terminate background
 * script" does (which ignores attached DevTools), and reports its state: `running`, `suspending`, `stopped`...
 */
export async function terminateBackground(extensionId: string): Promise<string> {
  const { ChromeUtils, WebExtensionPolicy } = globalThis as unknown as SystemGlobals;
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as unknown as ExtensionParentModule;
  const extension = WebExtensionPolicy.getByID(extensionId)?.extension;
  if (!extension) throw new Error(`${extensionId} is not installed`);
  if (extension.backgroundState === 'running')
    await ExtensionParent.DebugUtils.terminateBackgroundScript(extensionId);
  return extension.backgroundState;
}
