import { describe, expect, it } from 'vitest';
import { whyNoAnswer } from '@/utils/page-terms/page-access';

describe('why a tab gave the side panel no answer', () => {
  it.each([
    ['https://example.org/paper', 'reload'],
    ['http://127.0.0.1:8080/article.html', 'reload'],
    ['file:///home/reader/paper.html', 'reload'],
    ['chrome://extensions/', 'unreadable'],
    ['about:addons', 'unreadable'],
    ['about:blank', 'unreadable'],
    ['chrome-extension://abcdef/options.html', 'unreadable'],
    ['moz-extension://1234/popup.html', 'unreadable'],
    ['view-source:https://example.org/', 'unreadable'],
    ['https://chromewebstore.google.com/detail/x', 'unreadable'],
    ['https://addons.mozilla.org/en-US/firefox/', 'unreadable'],
    ['not a url', 'unreadable'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ])('%s: %s', (url, why) => {
    expect(whyNoAnswer(url)).toBe(why);
  });
});
