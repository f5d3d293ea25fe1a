import { describe, expect, it } from 'vitest';
import { originalUrl, shouldRedirectToReader } from '@/utils/pdf/redirect';

const reader = 'chrome-extension://abc/reader.html';

describe('shouldRedirectToReader', () => {
  it.each([
    'https://example.org/paper.pdf',
    'http://127.0.0.1:8080/files/Paper.PDF?download=1',
    'https://arxiv.org/pdf/2401.01234',
  ])('sends a top-level navigation to %s to the reader', (url) => {
    expect(shouldRedirectToReader({ frameId: 0, url }, reader)).toBe(true);
  });

  it('leaves frames alone', () => {
    expect(shouldRedirectToReader({ frameId: 3, url: 'https://example.org/paper.pdf' }, reader)).toBe(false);
  });

  it.each([
    ['a page that is not a PDF', 'https://example.org/paper.html'],
    ['the reader itself', `${reader}?file=${encodeURIComponent('https://example.org/paper.pdf')}`],
    ['another extension page', 'chrome-extension://abc/paper.pdf'],
    ['a local file', 'file:///home/me/paper.pdf'],
    ['a data URL', 'data:application/pdf;base64,JVBERi0='],
    ['something that is not an address', 'not a url.pdf'],
  ])('leaves %s alone', (_kind, url) => {
    expect(shouldRedirectToReader({ frameId: 0, url }, reader)).toBe(false);
  });
});

describe('the reader\'s "Open original"', () => {
  it('marks the address so that the option lets it through', () => {
    for (const source of ['https://example.org/paper.pdf', 'https://example.org/paper.pdf#page=3']) {
      const url = originalUrl(source);
      expect(url.startsWith(source)).toBe(true);
      expect(shouldRedirectToReader({ frameId: 0, url }, reader)).toBe(false);
      expect(shouldRedirectToReader({ frameId: 0, url: source }, reader)).toBe(true);
    }
    expect(originalUrl('https://example.org/paper.pdf#page=3')).toBe(
      'https://example.org/paper.pdf#page=3&immunolens=original',
    );
  });

  it('leaves something that is not an address as it is', () => {
    expect(originalUrl('not a url')).toBe('not a url');
  });
});
