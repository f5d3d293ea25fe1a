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
      section: 'questions',
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
    expect(screen.getAllByText('Term')).toHaveLength(1);
    // Every spelling of the matched name is marked, in titles and snippets.
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Interleukin-12',
      'IL-12',
      'interleukin 12',
      'IL-12',
    ]);
  });

  it('moves the active option with the arrow keys and opens it with Enter', () => {
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
