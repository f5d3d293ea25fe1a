import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import {
  EXPLAIN_SELECTION_COMMAND,
  handleCommand,
  TOGGLE_LENS_COMMAND,
} from '@/entrypoints/background/commands';
import { createContextMenu, handleContextMenuClick, MENU_ID } from '@/entrypoints/background/context-menu';

const tab = { id: 7, index: 0, url: 'https://example.org/paper' } as Browser.tabs.Tab;
const click = (selectionText: string, frameId = 0) =>
  ({
    menuItemId: MENU_ID,
    selectionText,
    frameId,
    editable: false,
    pageUrl: tab.url,
  }) as Browser.contextMenus.OnClickData;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('context menu', () => {
  it('creates one entry for selections, replacing any left from an earlier version', async () => {
    // fakeBrowser does not implement contextMenus, so the calls are spied on.
    const removeAll = vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(browser.contextMenus, 'create').mockReturnValue(MENU_ID);
    await createContextMenu();
    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Look up "%s" in ImmunoLens',
      contexts: ['selection'],
    });
  });

  it('asks the content script in the clicked frame to explain the selection', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ value: 'shown' } as never);
    const open = vi.spyOn(browser.windows, 'create');
    await handleContextMenuClick(click('IL-12', 3), tab);
    expect(send).toHaveBeenCalledWith(
      7,
      { immunolens: 'explainSelection', data: { text: 'IL-12' } },
      { frameId: 3 },
    );
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the lookup page with the text where no content script answers (PDF viewer, browser pages)', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const open = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await handleContextMenuClick(click('IFN-γ'), tab);
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: expect.stringMatching(/\/lookup\.html\?q=IFN-%CE%B3$/) }),
    );
  });

  it('opens the lookup page when the frame answers nothing instead of showing a bubble', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ value: 'nothing' } as never);
    const open = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await handleContextMenuClick(click('IL-12'), tab);
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('q=IL-12') }));
  });

  it('opens no lookup page when the frame declined (a password field): its text is not sent anywhere', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ value: 'declined' } as never);
    const open = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await handleContextMenuClick(click('hunter2'), tab);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the lookup page when the click comes from no tab at all', async () => {
    const open = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await handleContextMenuClick(click('cytokines'), undefined);
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringContaining('q=cytokines') }),
    );
  });

  it('ignores clicks on other menu entries', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    await handleContextMenuClick({ ...click('x'), menuItemId: 'other' }, tab);
    expect(send).not.toHaveBeenCalled();
  });

  it('caps the text it passes on', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ value: 'shown' } as never);
    await handleContextMenuClick(click('x'.repeat(10_000)), tab);
    expect((send.mock.calls[0]![1] as { data: { text: string } }).data.text).toHaveLength(2000);
  });
});

describe('keyboard command', () => {
  /**
   * A tab of three frames, each with a content script, as tabs.sendMessage without a frameId reaches them: every
   * frame gets the message and the first that answers gives the reply; none answering rejects, as Chromium does.
   */
  function tabOfFrames(answers: ('shown' | 'declined' | 'nothing' | 'silent')[]) {
    return vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (
      _tabId: number,
      _message: unknown,
      options?: { frameId?: number },
    ) => {
      const frames = options?.frameId === undefined ? answers : [answers[options.frameId]!];
      const answer = frames.find((a) => a !== 'silent');
      if (answer === undefined) throw new Error('The message port closed before a response was received.');
      return { value: answer };
    }) as never);
  }

  it('asks every frame of the active tab, each of which reads its own selection', async () => {
    const send = tabOfFrames(['silent', 'shown', 'silent']);
    const open = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await handleCommand(EXPLAIN_SELECTION_COMMAND, tab);
    expect(send).toHaveBeenCalledWith(7, {
      immunolens: 'explainSelection',
      data: { text: '', everyFrame: true },
    });
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the lookup page when no frame has the reader (all keep quiet)', async () => {
    tabOfFrames(['silent', 'silent', 'silent']);
    const open = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await handleCommand(EXPLAIN_SELECTION_COMMAND, tab);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens no lookup page when the frame with the focus declined (a password field in an iframe)', async () => {
    tabOfFrames(['silent', 'silent', 'declined']);
    const open = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await handleCommand(EXPLAIN_SELECTION_COMMAND, tab);
    expect(open).not.toHaveBeenCalled();
  });

  it('toggles the lens in the tab’s top frame, and stays quiet where no content script answers', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ value: 'on' } as never);
    await handleCommand(TOGGLE_LENS_COMMAND, tab);
    expect(send).toHaveBeenCalledWith(7, { immunolens: 'toggleLens', data: {} }, { frameId: 0 });
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(handleCommand(TOGGLE_LENS_COMMAND, tab)).resolves.toBeUndefined();
    await expect(handleCommand(TOGGLE_LENS_COMMAND, undefined)).resolves.toBeUndefined();
  });

  it('does nothing for other commands', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    await handleCommand('_execute_action', tab);
    expect(send).not.toHaveBeenCalled();
  });
});
