import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { settingsItem } from '@/utils/settings/settings-item';

const pdf = 'http://127.0.0.1:8080/files/paper.pdf';
const navigation = (url: string, frameId = 0) => ({
  tabId: 5,
  frameId,
  parentFrameId: -1,
  url,
  timeStamp: Date.now(),
  processId: 1,
  documentLifecycle: 'active',
  frameType: 'outermost_frame',
});

let granted = true;
let update: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  granted = true;
  // fakeBrowser implements neither menu clicks, commands nor permissions.
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
  vi.spyOn(browser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => granted);
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockReturnValue(undefined);
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockReturnValue(undefined);
  update = vi.fn(async () => ({}) as never);
  vi.spyOn(browser.tabs, 'update').mockImplementation(update as never);
});

const readerFor = (url: string) =>
  `${fakeBrowser.runtime.getURL('/reader.html')}?file=${encodeURIComponent(url)}`;

async function start() {
  background.main();
  // Let the first settings read and permission check settle.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('"Open PDFs in the ImmunoLens reader"', () => {
  it('sends a top-level PDF navigation to the reader when on and the permission is held', async () => {
    await settingsItem.setValue({ openPdfsInReader: true });
    await start();
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation(pdf) as never);
    expect(update).toHaveBeenCalledWith(5, { url: readerFor(pdf) });
  });

  it('leaves frames, pages that are not PDFs and the reader itself alone', async () => {
    await settingsItem.setValue({ openPdfsInReader: true });
    await start();
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation(pdf, 2) as never);
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation('https://example.org/') as never);
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation(readerFor(pdf)) as never);
    expect(update).not.toHaveBeenCalled();
  });

  it('does nothing when off (the default)', async () => {
    await start();
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation(pdf) as never);
    expect(update).not.toHaveBeenCalled();
    expect(fakeBrowser.webNavigation.onBeforeNavigate.hasListeners()).toBe(false);
  });

  it('does nothing when on but the permission was not granted', async () => {
    granted = false;
    await settingsItem.setValue({ openPdfsInReader: true });
    await start();
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation(pdf) as never);
    expect(update).not.toHaveBeenCalled();
  });

  it('starts and stops listening as the setting changes', async () => {
    await start();
    await settingsItem.setValue({ openPdfsInReader: true });
    await vi.waitFor(() => expect(fakeBrowser.webNavigation.onBeforeNavigate.hasListeners()).toBe(true));
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation(pdf) as never);
    expect(update).toHaveBeenCalledTimes(1);
    await settingsItem.setValue({ openPdfsInReader: false });
    await vi.waitFor(() => expect(fakeBrowser.webNavigation.onBeforeNavigate.hasListeners()).toBe(false));
    await fakeBrowser.webNavigation.onBeforeNavigate.trigger(navigation(pdf) as never);
    expect(update).toHaveBeenCalledTimes(1);
  });
});
