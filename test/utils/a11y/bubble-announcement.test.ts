import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { bubbleAnnouncement, EXPLAIN_SHORTCUT } from '@/utils/a11y/bubble-announcement';

const term = (name: string) => ({ start: 0, end: 1, term: { name } as never });
const say = (names: string[], query = 'IL-12', focused = false) =>
  bubbleAnnouncement({ terms: names.map(term) }, { query, focused });

describe('bubbleAnnouncement', () => {
  it('names the one term and the shortcut that moves focus into the bubble', () => {
    expect(say(['Interleukin-12'])).toBe(
      'ImmunoLens: Interleukin-12. Press Alt+Shift+L to read it, Escape to close.',
    );
  });

  it('counts a passage’s terms and names the first three', () => {
    expect(say(['Interleukin-12', 'Interferon gamma'])).toBe(
      'ImmunoLens: 2 terms: Interleukin-12, Interferon gamma. Press Alt+Shift+L to read them, Escape to close.',
    );
    expect(say(['A', 'B', 'C', 'D', 'E'])).toBe(
      'ImmunoLens: 5 terms: A, B, C and 2 more. Press Alt+Shift+L to read them, Escape to close.',
    );
  });

  it('says "no entry" with the selection, cut to 60 characters', () => {
    expect(say([], 'weather')).toBe(
      'ImmunoLens: no entry for “weather”. Press Alt+Shift+L to read it, Escape to close.',
    );
    expect(say([], 'x'.repeat(100))).toBe(
      `ImmunoLens: no entry for “${'x'.repeat(60)}…”. Press Alt+Shift+L to read it, Escape to close.`,
    );
  });

  it('leaves out the shortcut when the bubble already has focus', () => {
    expect(say(['Interleukin-12'], 'IL-12', true)).toBe('ImmunoLens: Interleukin-12.');
  });

  it('names no shortcut where none reaches the bubble (the PDF reader)', () => {
    expect(
      bubbleAnnouncement(
        { terms: [term('Interleukin-12')] },
        { query: 'IL-12', focused: false, shortcut: false },
      ),
    ).toBe('ImmunoLens: Interleukin-12. Press Escape to close.');
  });

  it.each(['chrome', 'firefox'])('names the shortcut the %s manifest suggests', (browser) => {
    type ManifestFn = (env: { browser: string }) => {
      commands: Record<string, { suggested_key: { default: string } }>;
    };
    const manifest = (config.manifest as ManifestFn)({ browser });
    expect(manifest.commands['lookup-selection']!.suggested_key.default).toBe(EXPLAIN_SHORTCUT);
  });
});
