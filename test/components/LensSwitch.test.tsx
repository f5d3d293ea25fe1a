// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LensSwitch } from '@/components/LensSwitch';
import { LensOptions } from '@/components/options/LensOptions';
import { MAX_DISABLED_SITES } from '@/utils/limits';
import { defaultSettings } from '@/utils/settings/settings';

afterEach(cleanup);

describe('LensSwitch', () => {
  it('shows the lens off for a site by default, and switching it on lists the site', () => {
    const onChange = vi.fn();
    render(<LensSwitch host="example.org" settings={defaultSettings()} onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: 'Highlight terms on example.org' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith({ lensOnSites: ['example.org'], lensOffSites: [] });
  });

  it('shows the lens on where the option is on, and switching it off excepts the site', () => {
    const onChange = vi.fn();
    const settings = { ...defaultSettings(), highlightTerms: true };
    render(<LensSwitch host="example.org" settings={settings} onChange={onChange} />);
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith({ lensOnSites: [], lensOffSites: ['example.org'] });
  });

  it('is not shown where ImmunoLens is off or cannot run', () => {
    const settings = { ...defaultSettings(), disabledSites: ['example.org'] };
    const { container } = render(<LensSwitch host="example.org" settings={settings} onChange={() => {}} />);
    expect(container.textContent).toBe('');
    cleanup();
    const none = render(<LensSwitch host={null} settings={defaultSettings()} onChange={() => {}} />);
    expect(none.container.textContent).toBe('');
  });
});

describe('LensSwitch on a full list', () => {
  const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.example`);
  const message = `The list is full: ImmunoLens keeps at most ${MAX_DISABLED_SITES} sites. Return one of them to the choice of “Highlight known terms on pages” before changing new.example.`;

  it.each([
    ['on, where the option is off', { highlightTerms: false, lensOnSites: full }, false],
    ['off, where the option is on', { highlightTerms: true, lensOffSites: full }, true],
  ])('says so instead of switching the lens %s, and the switch stays', (_, lists, wasOn) => {
    const onChange = vi.fn();
    render(
      <LensSwitch host="new.example" settings={{ ...defaultSettings(), ...lists }} onChange={onChange} />,
    );
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(wasOn);
    fireEvent.click(toggle);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(toggle.checked).toBe(wasOn);
  });

  it('still switches a listed site back to the option’s choice', () => {
    const onChange = vi.fn();
    const settings = { ...defaultSettings(), lensOnSites: full };
    render(<LensSwitch host={full[0]!} settings={settings} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenCalledWith({ lensOnSites: full.slice(1), lensOffSites: [] });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('LensOptions', () => {
  it('has the option off by default and reports turning it on', () => {
    const onChange = vi.fn();
    render(<LensOptions settings={defaultSettings()} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Highlight known terms on pages' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith({ highlightTerms: true });
  });
});
