// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '@/components/OptionsForm';
import { MAX_DISABLED_SITES } from '@/utils/limits';
import { defaultSettings } from '@/utils/settings/settings';

afterEach(cleanup);

function renderForm(disabledSites: string[]) {
  const onChange = vi.fn();
  render(
    <OptionsForm
      settings={{ ...defaultSettings(), disabledSites }}
      onChange={onChange}
      onClearHistory={() => {}}
    />,
  );
  const input = screen.getByLabelText('Add a site') as HTMLInputElement;
  const add = (text: string) => {
    fireEvent.input(input, { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  };
  return { onChange, input, add };
}

describe('the options form’s disabled sites', () => {
  it('adds a site typed in', () => {
    const { onChange, add } = renderForm(['a.org']);
    add('www.example.org');
    expect(onChange).toHaveBeenCalledWith({ disabledSites: ['a.org', 'example.org'] });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it(`refuses a site beyond ${MAX_DISABLED_SITES} with a clear message and keeps what was typed`, () => {
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.example`);
    const { onChange, input, add } = renderForm(full);
    add('new.example');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      `The list is full: ImmunoLens keeps at most ${MAX_DISABLED_SITES} sites. Remove one before adding new.example.`,
    );
    expect(input.value).toBe('new.example');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('add-site-error');
  });
});

describe('the options form’s private windows section', () => {
  it('says what happens in private windows: no history, the study list asks, the text is handed over', () => {
    renderForm([]);
    const section = screen.getByRole('group', { name: 'Private windows' });
    expect(section.textContent).toMatch(/not added to the lookup history/);
    expect(section.textContent).toMatch(/study list .* asks you first/);
    expect(section.textContent).toMatch(/not in its address/);
  });
});
