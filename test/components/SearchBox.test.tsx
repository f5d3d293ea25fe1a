// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '@/components/SearchBox';
import type { SearchResult } from '@/utils/search/search-index';

const result: SearchResult = {
  words: ['il12'],
  hits: [
    {
      kind: 'term',
      id: 'il-12',
      title: 'Interleukin-12',
      snippet: 'IL-12 powers NK cells.',
      nameMatch: true,
      section: 'term',
    },
    {
      kind: 'qa',
      id: 'role-of-il-12',
      title: 'What is the role of interleukin 12?',
      snippet: 'IL-12 is a cytokine.',
      nameMatch: true,
      section: 'linked',
    },
  ],
};

function Harness({ onOpen, onEscapeEmpty }: { onOpen: (i: number) => void; onEscapeEmpty: () => void }) {
  const [query, setQuery] = useState('il12');
  const [active, setActive] = useState(-1);
  return (
    <SearchBox
      query={query}
      result={query ? result : { hits: [], words: [] }}
      active={active}
      onQuery={setQuery}
      onActive={setActive}
      onOpen={onOpen}
      onEscapeEmpty={onEscapeEmpty}
    />
  );
}

afterEach(cleanup);

describe('SearchBox', () => {
  it('is an ARIA combobox controlling a listbox of options', () => {
    render(<Harness onOpen={vi.fn()} onEscapeEmpty={vi.fn()} />);
    const box = screen.getByRole('combobox');
    expect(box.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    // Each run of one kind is a group named by its label.
    const groups = screen.getAllByRole('group');
    expect(
      groups.map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual(['Term', 'Questions about Interleukin-12']);
    expect(groups.map((g) => g.querySelectorAll('[role=option]').length)).toEqual([1, 1]);
    // Every spelling of the matched name is marked, in titles and snippets.
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Interleukin-12',
      'IL-12',
      'interleukin 12',
      'IL-12',
    ]);
  });

  it('shows an answer first with the opening of its answer, as text', () => {
    const answer: SearchResult = {
      words: [],
      hits: [
        {
          kind: 'qa',
          id: 'il-12-side-effects',
          title: 'What are the side effects of IL-12?',
          snippet: '<b>Anaemia</b> and more. '.repeat(30),
          nameMatch: false,
          section: 'answer',
        },
        {
          kind: 'term',
          id: 'il-12',
          title: 'Interleukin-12',
          snippet: 'A cytokine.',
          nameMatch: true,
          section: 'terms',
        },
      ],
    };
    render(
      <SearchBox
        query="is IL-12 safe"
        result={answer}
        active={-1}
        onQuery={vi.fn()}
        onActive={vi.fn()}
        onOpen={vi.fn()}
        onEscapeEmpty={vi.fn()}
      />,
    );
    const [first] = screen.getAllByRole('option');
    expect(first!.closest('[role=group]')?.textContent).toMatch(/^Answer/);
    const snippet = first!.querySelector('.result-snippet')!.textContent!;
    expect(snippet.startsWith('<b>Anaemia</b> and more.')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(280);
    expect(first!.querySelector('b')).toBeNull();
    // A screen reader hears the answer's question as the list changes.
    expect(screen.getByRole('status').textContent).toBe(
      'Answer: What are the side effects of IL-12? 2 results',
    );
  });

  it('says "No results" for a query with none', () => {
    render(
      <SearchBox
        query="what is the"
        result={{ hits: [], words: [] }}
        active={-1}
        onQuery={vi.fn()}
        onActive={vi.fn()}
        onOpen={vi.fn()}
        onEscapeEmpty={vi.fn()}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('No results for “what is the”.');
  });

  it('moves the active option with the arrow keys across groups and opens it with Enter', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} onEscapeEmpty={vi.fn()} />);
    const box = screen.getByRole('combobox');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('il-result-0');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('il-result-1');
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('il-result-0');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(1);
  });

  it('clears on the first Escape and closes on the second', () => {
    const onEscapeEmpty = vi.fn();
    render(<Harness onOpen={vi.fn()} onEscapeEmpty={onEscapeEmpty} />);
    const box = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    expect(onEscapeEmpty).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onEscapeEmpty).toHaveBeenCalled();
  });
});
