// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageTermsPanel, type PanelState } from '@/components/PageTermsPanel';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';

const knowledge = bundledKnowledge();
const LISTED: PanelState = {
  kind: 'listed',
  terms: [
    { id: 'il-12', count: 2, first: 0 },
    { id: 'ifn-gamma', count: 1, first: 1 },
    { id: 'nk-cell', count: 4, first: 2 },
  ],
  truncated: false,
  title: 'IL-12 in tumours',
};

function open(state: PanelState, onShowUse = vi.fn(async (): Promise<'shown' | 'nothing'> => 'shown')) {
  const props = { onRefresh: vi.fn(), onReload: vi.fn(), onOpen: vi.fn(), onShowUse };
  render(<PageTermsPanel knowledge={knowledge} state={state} {...props} />);
  return props;
}

const names = () => [...document.querySelectorAll('.page-term-list h2')].map((h) => h.textContent);
const status = () => screen.getByRole('status').textContent;
const notes = () => [...document.querySelectorAll('.frames-note')].map((n) => n.textContent);
const useButton = (name: string) =>
  screen.getByRole('button', { name: new RegExp(`^Show use .* of ${name}$`) });

afterEach(cleanup);

describe('the side panel', () => {
  it('lists the page’s terms under a heading, with the page’s title, summaries, uses and a polite count', () => {
    open(LISTED);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Terms on this page');
    expect(screen.getByText('IL-12 in tumours')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Terms' })).toBeTruthy();
    expect(names()).toEqual(['Interleukin-12', 'Interferon gamma', 'Natural killer cell']);
    expect(screen.getByText(knowledge.termById.get('il-12')!.summary)).toBeTruthy();
    expect([...document.querySelectorAll('.term-uses .muted')].map((n) => n.textContent)).toEqual([
      '2 uses',
      '1 use',
      '4 uses',
    ]);
    expect(status()).toBe('3 terms, 7 uses');
  });

  it('orders by count, and filters by any name, saying how many of the terms show', () => {
    open(LISTED);
    fireEvent.click(screen.getByRole('radio', { name: 'Most used first' }));
    expect(names()).toEqual(['Natural killer cell', 'Interleukin-12', 'Interferon gamma']);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: 'interferon' } });
    expect(names()).toEqual(['Interferon gamma']);
    expect(status()).toBe('1 of 3 terms');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: 'zebrafish' } });
    expect(names()).toEqual([]);
    expect(screen.getByText('No term on this page matches “zebrafish”.')).toBeTruthy();
  });

  it('steps a term’s button through its uses and back to the first, and says which it showed', async () => {
    const props = open(LISTED);
    for (const label of ['Show use 1 of 2', 'Show use 2 of 2', 'Show use 1 of 2']) {
      expect(useButton('Interleukin-12').textContent).toBe(`${label} of Interleukin-12`);
      fireEvent.click(useButton('Interleukin-12'));
      await waitFor(() => expect(status()).toMatch(/^Showing use/));
    }
    expect(props.onShowUse.mock.calls).toEqual([
      ['il-12', 0],
      ['il-12', 1],
      ['il-12', 0],
    ]);
  });

  it('reads the page again when a use is no longer there', async () => {
    const props = open(
      LISTED,
      vi.fn(async () => 'nothing' as const),
    );
    fireEvent.click(useButton('Natural killer cell'));
    await waitFor(() => expect(props.onRefresh).toHaveBeenCalledTimes(1));
    expect(status()).toBe('Natural killer cell: that use is no longer on the page. Reading the page again.');
  });

  it('opens a term’s entry and its related questions on the lookup page', () => {
    const props = open(LISTED);
    fireEvent.click(screen.getAllByRole('button', { name: 'Open full entry' })[0]!);
    expect(props.onOpen).toHaveBeenCalledWith({ kind: 'term', id: 'il-12' });
    const question = knowledge.qaById.get(knowledge.termById.get('il-12')!.qa[0]!)!;
    fireEvent.click(screen.getAllByRole('button', { name: question.question })[0]!);
    expect(props.onOpen).toHaveBeenCalledWith({ kind: 'qa', id: question.id });
  });

  it.each([
    [{ kind: 'loading' }, 'Reading the page…'],
    [{ kind: 'no-answer', why: 'unreadable' }, "ImmunoLens can't read this page."],
    [{ kind: 'no-answer', why: 'unknown' }, "ImmunoLens can't read this page."],
    [{ kind: 'no-answer', why: 'reload' }, 'reload it to list its terms'],
    [{ kind: 'failed' }, 'The page did not answer.'],
    [{ kind: 'listed', terms: [], truncated: false }, 'No known terms found on this page.'],
  ] as [PanelState, string][])('says so calmly: %j', (state, text) => {
    open(state);
    expect(document.body.textContent).toContain(text);
    expect(document.querySelector('.page-term-list')).toBeNull();
  });

  it('offers a reload for a page open since before ImmunoLens started', () => {
    const props = open({ kind: 'no-answer', why: 'reload' });
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(props.onReload).toHaveBeenCalledTimes(1);
  });

  it('says when the page was too long to read whole', () => {
    open({ ...LISTED, truncated: true } as PanelState);
    expect(document.body.textContent).toContain('This page is too long to read whole');
    expect(names()).toHaveLength(3);
  });

  it('says when the lens stopped marking part-way', () => {
    open({ ...LISTED, lensTruncated: true, frames: 3 } as PanelState);
    expect(document.body.textContent).toContain('The highlighting stopped part-way');
    expect(document.body.textContent).toContain('3,000 terms');
    expect(document.body.textContent).not.toContain('too long to read whole');
  });

  it('says which frames the list leaves out, and while it reads them', () => {
    open({ ...LISTED, frames: 2, framesPending: true } as PanelState);
    expect(notes()).toEqual(['Reading the frames inside this page…']);
    cleanup();
    open({
      ...LISTED,
      frames: 10_000,
      framesRead: 16,
      framesLeftOut: 9_984,
      framesClosed: 1,
      framesCut: 2,
    } as PanelState);
    expect(notes()).toEqual([
      '9,984 frames of this page were left out: the list covers the page and at most 16 of its frames, each ' +
        'read within 5 seconds.',
      '1 frame inside this page is closed to ImmunoLens (blank or sandboxed frames): not read.',
      '2 frames are too long to read whole: the list covers the first 100,000 characters of each.',
    ]);
    // The list and its count are the merged ones the panel was given.
    expect(names()).toHaveLength(3);
  });

  it('says nothing of frames or bounds on a page without them, or whose frames were all read', () => {
    open({ ...LISTED, frames: 0 } as PanelState);
    expect(document.querySelector('.frames-note, .truncated-note')).toBeNull();
    cleanup();
    open({
      ...LISTED,
      frames: 2,
      framesRead: 2,
      framesLeftOut: 0,
      framesClosed: 0,
      framesCut: 0,
    } as PanelState);
    expect(document.querySelector('.frames-note, .truncated-note')).toBeNull();
  });
});
