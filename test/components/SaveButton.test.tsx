// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Bubble } from '@/components/Bubble';
import type { StudyClient } from '@/components/SaveButton';
import type { SaveReply } from '@/utils/messages/study';
import type { Explanation } from '@/utils/messages/to-background';

const reply: Explanation = {
  widened: { start: 0, end: 5 },
  terms: [
    {
      start: 0,
      end: 5,
      term: {
        id: 'il-12',
        name: 'Interleukin-12',
        category: 'Interleukin',
        summary: 'A cytokine.',
        questions: [],
      },
    },
  ],
  suggestions: [],
};

function client(isPrivate = false) {
  const saved = new Set<string>();
  return {
    status: vi.fn(async (id: string) => ({ saved: saved.has(id), private: isPrivate })),
    save: vi.fn(async (id: string, confirm: boolean): Promise<SaveReply> => {
      if (isPrivate && !confirm) return 'private: confirm first';
      saved.add(id);
      return 'saved';
    }),
    unsave: vi.fn(async (id: string) => saved.delete(id)),
  } satisfies StudyClient;
}

const passage: Explanation = {
  ...reply,
  terms: [
    ...reply.terms,
    {
      start: 10,
      end: 14,
      term: {
        id: 'tnf',
        name: 'Tumour necrosis factor',
        category: 'Cytokine',
        summary: 'A cytokine.',
        questions: [],
      },
    },
  ],
};

const show = (study: StudyClient, shown = reply) =>
  render(
    <Bubble
      reply={shown}
      query="IL-12"
      onOpenEntry={vi.fn()}
      onOpenQuestion={vi.fn()}
      onSearch={vi.fn()}
      onClose={vi.fn()}
      study={study}
    />,
  );

afterEach(cleanup);

describe('Save to study list in the bubble', () => {
  it('saves on press and shows itself pressed; a second press removes', async () => {
    const study = client();
    show(study);
    const button = screen.getByRole('button', { name: 'Save to study list' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(study.save).toHaveBeenCalledWith('il-12', false);
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    expect(study.unsave).toHaveBeenCalledWith('il-12');
  });

  it('saves on key S while focus is in the bubble', async () => {
    const study = client();
    show(study);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close' }), { key: 's' });
    await waitFor(() => expect(study.save).toHaveBeenCalledWith('il-12', false));
  });

  it('in a private window says why nothing is saved and saves only when the reader confirms', async () => {
    const study = client(true);
    show(study);
    await screen.findByText('Private window: nothing is saved unless you confirm.');
    const button = screen.getByRole('button', { name: 'Save to study list' });
    fireEvent.click(button);
    await screen.findByText('This is a private window: press again to save it anyway.');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(study.save).toHaveBeenLastCalledWith('il-12', true);
  });

  it('shows the private note from the first paint when the view knows it is private (nothing moves later)', () => {
    const study = { ...client(true), private: true };
    // Never answered: the note must not wait for the status.
    study.status = vi.fn(() => new Promise<never>(() => undefined));
    show(study);
    expect(screen.getByText('Private window: nothing is saved unless you confirm.')).toBeTruthy();
  });

  it('in a passage saves each term by its own button, named for its term', async () => {
    const study = client();
    show(study, passage);
    const tnf = screen.getByRole('button', { name: 'Save to study list: Tumour necrosis factor' });
    const il12 = screen.getByRole('button', { name: 'Save to study list: Interleukin-12' });
    fireEvent.click(tnf);
    await waitFor(() => expect(tnf.getAttribute('aria-pressed')).toBe('true'));
    expect(study.save).toHaveBeenCalledWith('tnf', false);
    expect(il12.getAttribute('aria-pressed')).toBe('false');
    await screen.findByText('Saved to your study list.');
  });

  it('in a passage, key S saves the term that holds the focus, and nothing when none does', async () => {
    const study = client();
    show(study, passage);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close' }), { key: 's' });
    fireEvent.keyDown(screen.getByText('More about Tumour necrosis factor'), { key: 'S' });
    await waitFor(() => expect(study.save).toHaveBeenCalledTimes(1));
    expect(study.save).toHaveBeenCalledWith('tnf', false);
  });
});
