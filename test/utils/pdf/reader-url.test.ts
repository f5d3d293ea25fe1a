import { describe, expect, it } from 'vitest';
import { documentName, fileToOpen, looksLikePdfUrl, readerUrl } from '@/utils/pdf/reader-url';

describe('reader addresses', () => {
  it('opens the encoded file of reader.html?file=', () => {
    const page = 'chrome-extension://abc/reader.html';
    const url = readerUrl(page, 'http://127.0.0.1:8080/a b.pdf?x=1&y=2');
    expect(fileToOpen(new URL(url).search)?.href).toBe('http://127.0.0.1:8080/a%20b.pdf?x=1&y=2');
  });

  it.each(['', '?file=', '?file=javascript:alert(1)', '?file=chrome://settings', '?file=not a url'])(
    'opens nothing for %j',
    (search) => expect(fileToOpen(search)).toBeNull(),
  );

  it.each([
    ['https://example.org/paper.PDF', true],
    ['https://arxiv.org/pdf/2401.01234', true],
    ['file:///home/a/paper.pdf', true],
    ['https://example.org/paper.pdf.html', false],
    ['https://example.org/', false],
    ['chrome://pdf/x.pdf', false],
    [undefined, false],
  ])('%s names a PDF: %s', (url, expected) => expect(looksLikePdfUrl(url)).toBe(expected));

  it('names a document by its title, else by its file name', () => {
    expect(documentName(new URL('http://h/dir/My%20paper.pdf'), '  ')).toBe('My paper.pdf');
    expect(documentName(null, 'IL-12 in cancer')).toBe('IL-12 in cancer');
    expect(documentName(new URL('http://h/'), undefined)).toBe('document.pdf');
  });
});
