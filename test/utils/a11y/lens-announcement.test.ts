import { describe, expect, it } from 'vitest';
import { lensAnnouncement } from '@/utils/a11y/lens-announcement';

describe('lensAnnouncement', () => {
  it('says how many terms were marked and the keys that move between them', () => {
    expect(lensAnnouncement({ marks: 12, truncated: false })).toBe(
      'ImmunoLens marked 12 terms on this page. Press Alt+N and Alt+P to move between them, then N and P; ' +
        'Escape to leave.',
    );
  });

  it('speaks of one term in the singular and of thousands with a separator', () => {
    expect(lensAnnouncement({ marks: 1, truncated: false })).toBe(
      'ImmunoLens marked 1 term on this page. Press Alt+N to go to it, Escape to leave.',
    );
    expect(lensAnnouncement({ marks: 3000, truncated: true })).toMatch(
      /^ImmunoLens marked 3,000 terms on this page\..* It read only the first part of this long page\.$/,
    );
  });

  it('groups the digits of a count by threes, as English does, without building a locale format', () => {
    const counts = [2, 999, 1000, 12_345, 100_000, 1_234_567];
    expect(counts.map((marks) => lensAnnouncement({ marks, truncated: false })!.split(' ')[2])).toEqual(
      counts.map((marks) => marks.toLocaleString('en')),
    );
  });

  it('says so when nothing was marked, with no keys to press', () => {
    expect(lensAnnouncement({ marks: 0, truncated: false })).toBe(
      'ImmunoLens: no known terms marked on this page.',
    );
  });

  it('says nothing for a page without terms when the lens came on with the page, and the count when it marked any', () => {
    expect(lensAnnouncement({ marks: 0, truncated: false, withPage: true })).toBeNull();
    expect(lensAnnouncement({ marks: 0, truncated: true, withPage: true })).toBeNull();
    expect(lensAnnouncement({ marks: 2, truncated: false, withPage: true })).toMatch(
      /^ImmunoLens marked 2 terms on this page\. /,
    );
    // At the reader's word (the command, a switch), the answer is said either way.
    expect(lensAnnouncement({ marks: 0, truncated: false, withPage: false })).toBe(
      'ImmunoLens: no known terms marked on this page.',
    );
  });
});
