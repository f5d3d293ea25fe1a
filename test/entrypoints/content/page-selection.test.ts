// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MAX_SELECTION_CHARS } from '@/utils/limits';
import { readSelection, widenRange } from '@/entrypoints/content/page-selection';

/** Selects `length` characters from `start` in the text node at `path` under #root, and reads the selection. */
function select(
  html: string,
  node: (root: HTMLElement) => Node,
  start: number,
  length: number,
  context?: number,
) {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const text = node(document.getElementById('root')!);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return readSelection(selection, context);
}

describe('readSelection', () => {
  it('reads the selected text with the text either side of it', () => {
    const read = select('<p>Levels of IL-12 rose.</p>', (r) => r.querySelector('p')!.firstChild!, 10, 5);
    expect(read).toMatchObject({ text: 'IL-12', before: 'Levels of ', after: ' rose.' });
  });

  it('reaches into neighbouring text nodes of the same paragraph, but not past it', () => {
    const read = select(
      '<p>Before.</p><p>The <b>IL</b>-12 <i>family</i> grew</p><p>After.</p>',
      (r) => r.querySelectorAll('p')[1]!.childNodes[2]!,
      1,
      2,
    );
    expect(read).toMatchObject({ text: '12', before: 'The IL-', after: ' family grew' });
  });

  it('reads at most the context window either side', () => {
    const long = 'a'.repeat(50) + 'IL-12' + 'b'.repeat(50);
    const read = select(`<p>${long}</p>`, (r) => r.querySelector('p')!.firstChild!, 50, 5, 8);
    expect(read).toMatchObject({ text: 'IL-12', before: 'a'.repeat(8), after: 'b'.repeat(8) });
  });

  it('reads nothing for a collapsed or blank selection', () => {
    expect(select('<p>IL-12</p>', (r) => r.querySelector('p')!.firstChild!, 2, 0)).toBeNull();
    expect(select('<p>a   b</p>', (r) => r.querySelector('p')!.firstChild!, 1, 3)).toBeNull();
  });
});

describe('widenRange', () => {
  it('grows a double-click on "12" to the whole of "IL-12" within its text node', () => {
    const read = select('<p>Levels of IL-12 rose.</p>', (r) => r.querySelector('p')!.firstChild!, 13, 2)!;
    expect(widenRange(read, { start: -3, end: 2 }).toString()).toBe('IL-12');
  });

  it('leaves the range as it was where the term began in another text node', () => {
    const read = select('<p><b>IL</b>-12 rose</p>', (r) => r.querySelector('p')!.childNodes[1]!, 1, 2)!;
    expect(widenRange(read, { start: -3, end: 2 }).toString()).toBe('12');
  });
});

describe('reading a huge selection', () => {
  /** Ctrl+A on a long page: every paragraph of the body selected. */
  function selectAll(paragraphs: number) {
    document.body.innerHTML = Array.from(
      { length: paragraphs },
      (_, i) => `<p>Paragraph ${i} on IL-12.</p>`,
    ).join('');
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(document.body);
    selection.addRange(range);
    return selection;
  }

  it('walks the selection only up to the cap instead of serialising all of it', () => {
    const selection = selectAll(2_000);
    const serialised = vi.spyOn(selection, 'toString');
    const rangeText = vi.spyOn(Range.prototype, 'toString');
    const read = readSelection(selection)!;
    expect(serialised).not.toHaveBeenCalled();
    expect(rangeText).not.toHaveBeenCalled();
    expect(read.text).toHaveLength(MAX_SELECTION_CHARS);
    expect(read.text.startsWith('Paragraph 0 on IL-12.\nParagraph 1 on IL-12.\n')).toBe(true);
  });

  it('reads a selection under the cap as the browser gives it', () => {
    const selection = selectAll(3);
    expect(readSelection(selection)!.text).toBe(selection.toString());
  });
});
