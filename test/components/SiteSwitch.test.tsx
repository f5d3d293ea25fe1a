// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '@/components/SiteSwitch';
import { MAX_DISABLED_SITES } from '@/utils/limits';

afterEach(cleanup);

const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.example`);

describe('SiteSwitch', () => {
  it('switches the site off and on, reporting the new list', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <SiteSwitch host="example.org" disabledSites={['a.org']} onChange={onChange} />,
    );
    const toggle = screen.getByRole('switch', { name: 'ImmunoLens on example.org' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(['a.org', 'example.org']);
    rerender(<SiteSwitch host="example.org" disabledSites={['a.org', 'example.org']} onChange={onChange} />);
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(['a.org']);
  });

  it(`says the list is full at ${MAX_DISABLED_SITES} sites and stays on, instead of dropping the site`, () => {
    const onChange = vi.fn();
    render(<SiteSwitch host="new.example" disabledSites={full} onChange={onChange} />);
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    fireEvent.click(toggle);
    expect(onChange).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      `The list is full: ImmunoLens keeps at most ${MAX_DISABLED_SITES} sites. Remove one in Options before changing new.example.`,
    );
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('switches a site on again from a full list', () => {
    const onChange = vi.fn();
    render(<SiteSwitch host={full[7]!} disabledSites={full} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenCalledWith(full.filter((s) => s !== full[7]));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it cannot read selections where there is no site', () => {
    const { container } = render(<SiteSwitch host={null} disabledSites={[]} onChange={() => {}} />);
    expect(container.textContent).toBe('ImmunoLens cannot read selections on this page; search works here.');
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
