// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyboardHelp, KEYBOARD_PATHS } from '@/components/options/KeyboardHelp';
import { EXPLAIN_SHORTCUT } from '@/utils/a11y/bubble-announcement';

afterEach(cleanup);

describe('KeyboardHelp', () => {
  it('is a section named by its "Keyboard" heading, with a heading for each place', () => {
    render(<KeyboardHelp />);
    expect(screen.getByRole('region', { name: 'Keyboard' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'On a web page',
      'In the toolbar popup',
      'In the PDF reader',
    ]);
  });

  it('lists every keyboard path the issue asks for that exists, with its keys', () => {
    render(<KeyboardHelp />);
    const terms = [...document.querySelectorAll('dt')].map((dt) => dt.textContent);
    for (const action of [
      'Explain a selection',
      'Move into the bubble',
      'Leave the bubble',
      'Open an entry',
      'Save to the study list',
      'Go to a page',
      'Zoom in, out, fit width',
      'Find in the document',
      'Turn the lens on or off',
      'Move between marked terms',
      'Open the terms on this page',
    ])
      expect(terms).toContain(action);
    const save = KEYBOARD_PATHS[0]!.rows.find((r) => r.action === 'Save to the study list')!;
    expect(save.keys).toEqual(['S']);
    const into = KEYBOARD_PATHS[0]!.rows.find((r) => r.action === 'Move into the bubble')!;
    expect(into.keys).toEqual([EXPLAIN_SHORTCUT]);
    expect(document.querySelectorAll('kbd').length).toBeGreaterThan(12);
  });
});
