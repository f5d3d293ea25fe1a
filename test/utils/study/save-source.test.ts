import { describe, expect, it } from 'vitest';
import { saveSource } from '@/utils/study/save-source';

const BASE = 'chrome-extension://abc/';
const context = { before: 'Cells died. We gave ', text: 'IL-12', after: ' to mice. Then more.' };

describe('where a save came from', () => {
  it('a web page: its sentence, its tab’s title and its frame’s address', () => {
    expect(saveSource({ url: 'https://example.org/p', tab: { title: 'A paper' } }, BASE, context)).toEqual({
      sentence: 'We gave IL-12 to mice.',
      pageTitle: 'A paper',
      url: 'https://example.org/p',
    });
  });

  it('the PDF reader: its sentence, the document’s title and address (not the reader’s)', () => {
    const url = `${BASE}reader.html?file=${encodeURIComponent('https://journal.org/il12.pdf')}`;
    expect(
      saveSource({ url, tab: { title: 'IL-12 in tumours · ImmunoLens reader' } }, BASE, context),
    ).toEqual({
      sentence: 'We gave IL-12 to mice.',
      pageTitle: 'IL-12 in tumours',
      url: 'https://journal.org/il12.pdf',
    });
  });

  it('the reader with a local file keeps the sentence and title, with no address', () => {
    const source = saveSource(
      { url: `${BASE}reader.html`, tab: { title: 'x.pdf · ImmunoLens reader' } },
      BASE,
      context,
    );
    expect(source).toEqual({ sentence: 'We gave IL-12 to mice.', pageTitle: 'x.pdf', url: '' });
  });

  it('another extension page (a term’s view) or a sender without a tab: no sentence, no source', () => {
    const empty = { sentence: '', pageTitle: '', url: '' };
    expect(
      saveSource({ url: `${BASE}lookup.html#term/il-12`, tab: { title: 'ImmunoLens' } }, BASE, context),
    ).toEqual(empty);
    expect(saveSource({ url: 'https://example.org/' }, BASE, context)).toEqual(empty);
  });
});
