// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LensSwitch } from '@/components/LensSwitch';
import { LensOptions } from '@/components/options/LensOptions';
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
