// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchApp } from '@/components/SearchApp';
import { bundledIndexes } from '@/utils/knowledge/indexes';
import { explain } from '@/utils/lookup/explain';
import { suggestionsFor } from '@/utils/search/suggest';

const indexes = bundledIndexes();

/** The lookup page for `?q=text`: the same `explain` as the bubble, then the app. */
function openLookup(text: string) {
  const reply = explain(indexes.knowledge, indexes.terms, { text, explicit: true }, (q) =>
    suggestionsFor(indexes.search, q),
  );
  render(
    <SearchApp
      indexes={indexes}
      initialQuery={text}
      explanation={{ query: text, reply }}
      history={[]}
      historyEnabled={false}
      onClearHistory={vi.fn()}
      onOpened={vi.fn()}
      onEscapeEmpty={vi.fn()}
    />,
  );
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const box = () => screen.getByRole('combobox') as HTMLInputElement;

afterEach(cleanup);

describe('the lookup page explains a selection like the bubble', () => {
  it('opens the entry of a selection that is one term, its name the heading, the search box kept', () => {
    openLookup('interleukin 12');
    expect(heading()).toBe('Interleukin-12');
    expect(box().value).toBe('interleukin 12');
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('lists the terms of a passage in reading order, each expandable', () => {
    openLookup('IL-12 induces IFN-γ in NK cells');
    expect(heading()).toBe('3 terms in this selection');
    const names = [...document.querySelectorAll('.passage .term-name')].map((h) => h.textContent);
    expect(names).toEqual(['Interleukin-12', 'Interferon gamma', 'Natural killer cell']);
    expect(document.querySelectorAll('.passage details')).toHaveLength(3);
  });

  it('says "No entry for …" for text with no term, and shows search results', () => {
    openLookup('interleukine');
    expect(heading()).toBe('No entry for “interleukine”');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
  });

  it('searches again when the reader types a new query', () => {
    openLookup('interleukin 12');
    fireEvent.input(box(), { target: { value: 'is IL-12 safe' } });
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('What are the side effects of IL-12?');
    expect(screen.getAllByRole('group')[0]!.textContent).toMatch(/^Answer/);
  });
});
