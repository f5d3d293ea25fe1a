// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Bubble } from '@/components/Bubble';
import type { Explanation, TermCard } from '@/utils/messages/to-background';

const il12: TermCard = {
  id: 'il-12',
  name: 'Interleukin-12',
  short: 'IL-12',
  category: 'Interleukin',
  summary: 'A cytokine that powers NK and killer T cells.',
  inCancer: 'Shrinks tumours in mice; toxic when given into the bloodstream.',
  questions: [{ id: 'role-of-il-12', question: 'What is the role of interleukin 12?' }],
};
const ifng: TermCard = {
  id: 'ifn-gamma',
  name: 'Interferon gamma',
  short: 'IFN-γ',
  category: 'Interferon',
  summary: 'A type II interferon.',
  questions: [],
};
const reply = (terms: TermCard[], suggestions: Explanation['suggestions'] = []): Explanation => ({
  widened: { start: 0, end: 5 },
  terms: terms.map((term, i) => ({ start: i * 10, end: i * 10 + 5, term })),
  suggestions,
});

function renderBubble(r: Explanation, query = 'IL-12') {
  const actions = { onOpenEntry: vi.fn(), onOpenQuestion: vi.fn(), onSearch: vi.fn(), onClose: vi.fn() };
  render(<Bubble reply={r} query={query} {...actions} />);
  return actions;
}

afterEach(cleanup);

describe('Bubble', () => {
  it('shows one term in full with its name as a heading', () => {
    const actions = renderBubble(reply([il12]));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Interleukin-12');
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('ImmunoLens: Interleukin-12');
    expect(screen.getByText('IL-12')).toBeTruthy();
    expect(screen.getByText(il12.inCancer!)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'What is the role of interleukin 12?' }));
    expect(actions.onOpenQuestion).toHaveBeenCalledWith('role-of-il-12');
    fireEvent.click(screen.getByRole('button', { name: 'Open full entry' }));
    expect(actions.onOpenEntry).toHaveBeenCalledWith('il-12');
  });

  it('lists every term of a passage as headings in reading order, details folded', () => {
    renderBubble(reply([il12, ifng]));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Interleukin-12',
      'Interferon gamma',
    ]);
    expect(screen.getByText('2 terms in this selection')).toBeTruthy();
    const details = document.querySelectorAll('details');
    expect(details).toHaveLength(2);
    expect([...details].every((d) => !d.open)).toBe(true);
  });

  it('says "no entry" with suggestions for an explicit request, showing the query as text', () => {
    const actions = renderBubble(
      reply([], [{ kind: 'term', id: 'cytokine', title: 'Cytokine' }]),
      '<img src=x onerror=alert(1)>',
    );
    expect(screen.getByRole('heading').textContent).toBe('No entry for “<img src=x onerror=alert(1)>”');
    expect(document.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cytokine' }));
    expect(actions.onOpenEntry).toHaveBeenCalledWith('cytokine');
  });

  it('closes from its close button', () => {
    const actions = renderBubble(reply([il12]));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(actions.onClose).toHaveBeenCalled();
  });
});
