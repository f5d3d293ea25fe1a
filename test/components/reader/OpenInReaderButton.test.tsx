// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { OpenInReaderButton } from '@/components/reader/OpenInReaderButton';

const activeTab = (url: string) => [{ id: 2, index: 1, url } as Browser.tabs.Tab];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(cleanup);

describe('the popup\'s "Open in ImmunoLens reader"', () => {
  it("opens the tab's PDF in the reader beside it", async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue(activeTab('https://example.org/paper.pdf') as never);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<OpenInReaderButton />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open in ImmunoLens reader' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        url: `${browser.runtime.getURL('/reader.html')}?file=${encodeURIComponent('https://example.org/paper.pdf')}`,
        index: 2,
      }),
    );
  });

  it('is not offered on a tab that is not a PDF', async () => {
    const query = vi
      .spyOn(browser.tabs, 'query')
      .mockResolvedValue(activeTab('https://example.org/article') as never);
    render(<OpenInReaderButton />);
    await waitFor(() => expect(query).toHaveBeenCalled());
    expect(screen.queryByRole('button')).toBeNull();
  });
});
