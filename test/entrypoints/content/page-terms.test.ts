// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageTerms, type Recognize } from '@/entrypoints/content/page-terms';
import { bundledIndexes } from '@/utils/knowledge/indexes';
import {
  MAX_PAGE_CHUNK_CHARS,
  MAX_PAGE_TERM_USES,
  MAX_PAGE_TERMS_CHARS,
  MAX_PAGE_TITLE_CHARS,
} from '@/utils/limits';
import { MAX_FRAME_TERMS_CHARS } from '@/utils/page-terms/frame-terms';
import { pageTermUses } from '@/utils/page-terms/page-term-uses';

const { knowledge, terms } = bundledIndexes();
/** What the background answers, without the message. */
const recognize: Recognize = async (text) => pageTermUses(knowledge, terms, text);

/** A responder whose marks are recorded: the text of each range it was asked to show. */
function responder(recognizer = recognize) {
  const shown: string[] = [];
  const mark = { show: vi.fn((range: Range) => (shown.push(range.toString()), true)) };
  return { pageTerms: createPageTerms({ recognize: recognizer, mark }), shown, mark };
}

const ARTICLE = `
  <h1>IL-12 in tumours</h1>
  <p>Interleukin-12 (<b>IL</b>-12) induces IFN-γ in NK cells.</p>
  <pre>IL-12 in code is not prose</pre>
  <p hidden>IL-12 hidden</p>
  <p>NK cells make IFN-γ; IL-12 again.</p>`;

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
  document.title = '';
});

describe('listing the terms of a page', () => {
  it('counts each term’s uses in the visible text, in the order of first use, and gives the page’s title', async () => {
    document.title = 'IL-12 in tumours: a review';
    const { pageTerms } = responder();
    expect(await pageTerms.list()).toEqual({
      terms: [
        { id: 'il-12', count: 4, first: 0 },
        { id: 'tumour', count: 1, first: 1 },
        { id: 'ifn-gamma', count: 2, first: 4 },
        { id: 'nk-cell', count: 2, first: 5 },
      ],
      truncated: false,
      title: 'IL-12 in tumours: a review',
    });
  });

  it('adds, removes and changes nothing in the page', async () => {
    const before = document.body.innerHTML;
    const { pageTerms } = responder();
    await pageTerms.list();
    await pageTerms.show({ id: 'il-12', index: 1 });
    expect(document.body.innerHTML).toBe(before);
  });

  it('counts the frames it does not read, for the panel to say so', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<iframe srcdoc="<p>IL-12</p>"></iframe><div><iframe></iframe></div>',
    );
    const listed = await responder().pageTerms.list();
    expect(listed.frames).toBe(2);
    // The frames' text is not in the counts.
    expect(listed.terms.find((t) => t.id === 'il-12')?.count).toBe(4);
  });

  it('in a frame, reads less of the text and says where in its viewport it showed a use', async () => {
    // This document as a frame's: its window is not the top one.
    const inFrame = new Proxy(document, {
      get: (target, key) => {
        if (key === 'defaultView') return { top: {} };
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const mark = { show: vi.fn(() => true) };
    const frame = createPageTerms({ recognize, mark, doc: inFrame });
    const top = createPageTerms({ recognize, mark });
    expect(await frame.show({ id: 'nk-cell', index: 1 })).toEqual({
      y: expect.any(Number),
      height: expect.any(Number),
    });
    expect(await top.show({ id: 'nk-cell', index: 1 })).toBe('shown');
    expect(await frame.show({ id: 'nk-cell', index: 2 })).toBe('nothing');

    const words = 'IL-12 in a long frame. '.repeat(Math.ceil((MAX_FRAME_TERMS_CHARS * 1.5) / 23));
    document.body.innerHTML = `<p>${words}</p>`;
    expect((await frame.list()).truncated).toBe(true);
    expect((await top.list()).truncated).toBe(false);
  });

  it('cuts a title stuffed past its limit', async () => {
    document.title = 'IL-12 '.repeat(1000);
    expect((await responder().pageTerms.list()).title).toHaveLength(MAX_PAGE_TITLE_CHARS);
  });

  it('lists nothing, calmly, on an empty page or one without a body', async () => {
    document.body.innerHTML = '';
    expect(await responder().pageTerms.list()).toEqual({ terms: [], truncated: false, title: '' });
    document.documentElement.removeChild(document.body);
    expect(await responder().pageTerms.list()).toEqual({ terms: [], truncated: false, title: '' });
    document.documentElement.append(document.createElement('body'));
  });

  it('sends the text in chunks no longer than the limit, and says when the page was too long to read whole', async () => {
    const paragraph = `<p>${'IL-12 and IFN-γ in tumours. '.repeat(400)}</p>`;
    document.body.innerHTML = paragraph.repeat(Math.ceil(MAX_PAGE_TERMS_CHARS / 11_000) + 2);
    const sizes: number[] = [];
    const { pageTerms } = responder(async (text) => {
      sizes.push(text.length);
      return [];
    });
    expect(await pageTerms.list()).toEqual({ terms: [], truncated: true, title: '' });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_PAGE_CHUNK_CHARS);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_PAGE_TERMS_CHARS + sizes.length);
  });

  it('keeps at most MAX_PAGE_TERM_USES uses, and says it cut the list', async () => {
    document.body.innerHTML = `<p>${'IL-12 '.repeat(MAX_PAGE_TERM_USES + 10)}</p>`;
    const { pageTerms } = responder();
    expect(await pageTerms.list()).toEqual({
      terms: [{ id: 'il-12', count: MAX_PAGE_TERM_USES, first: 0 }],
      truncated: true,
      title: '',
    });
  });

  it('answers two requests at once with one reading of the page', async () => {
    const spy = vi.fn(recognize);
    const { pageTerms } = responder(spy);
    const [a, b] = await Promise.all([pageTerms.list(), pageTerms.list()]);
    expect(a).toEqual(b);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('reads again after a failed reading', async () => {
    let fail = true;
    const { pageTerms } = responder(async (text) => {
      if (fail) throw new Error('the background stopped');
      return recognize(text);
    });
    await expect(pageTerms.list()).rejects.toThrow('the background stopped');
    fail = false;
    expect((await pageTerms.list()).terms.length).toBe(4);
  });
});

describe('showing one use of a term', () => {
  it('marks the nth use in reading order, across an element boundary too', async () => {
    const { pageTerms, shown } = responder();
    await pageTerms.list();
    for (let index = 0; index < 4; index++)
      expect(await pageTerms.show({ id: 'il-12', index })).toBe('shown');
    expect(shown).toEqual(['IL-12', 'Interleukin-12', 'IL-12', 'IL-12']);
    const marked = responder();
    await marked.pageTerms.list();
    await marked.pageTerms.show({ id: 'il-12', index: 2 });
    const range = marked.mark.show.mock.calls[0]![0];
    expect(range.startContainer.textContent).toBe('IL');
    expect(range.startContainer.parentElement?.localName).toBe('b');
  });

  it('reads the page first when it was not listed in this frame (the page reloaded)', async () => {
    const { pageTerms, shown } = responder();
    expect(await pageTerms.show({ id: 'nk-cell', index: 1 })).toBe('shown');
    expect(shown).toEqual(['NK cells']);
  });

  it('answers nothing for an unknown term or a use past the last one', async () => {
    const { pageTerms, shown } = responder();
    await pageTerms.list();
    expect(await pageTerms.show({ id: 'cd8', index: 0 })).toBe('nothing');
    expect(await pageTerms.show({ id: 'il-12', index: 4 })).toBe('nothing');
    expect(shown).toEqual([]);
  });

  it('reads the page again when its text changed since the list', async () => {
    const { pageTerms, shown } = responder();
    await pageTerms.list();
    document.querySelector('h1')!.textContent = 'A new heading';
    // Use 0 was the heading's IL-12: the fresh reading's use 0 is the paragraph's Interleukin-12.
    expect(await pageTerms.show({ id: 'il-12', index: 0 })).toBe('shown');
    expect(shown).toEqual(['Interleukin-12']);
    document.body.innerHTML = '<p>No terms now.</p>';
    expect(await pageTerms.show({ id: 'il-12', index: 0 })).toBe('nothing');
  });

  it('answers nothing when the use no longer shows on the page', async () => {
    const pageTerms = createPageTerms({ recognize, mark: { show: () => false } });
    await pageTerms.list();
    expect(await pageTerms.show({ id: 'il-12', index: 0 })).toBe('nothing');
  });
});
