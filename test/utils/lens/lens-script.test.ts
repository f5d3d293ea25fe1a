import { describe, expect, it } from 'vitest';
import { lensScriptMatches, sitePatterns } from '@/utils/lens/lens-script';

describe('sitePatterns', () => {
  it('names a host and its sub-domains, an IPv4 address alone', () => {
    expect(sitePatterns('example.org')).toEqual(['*://*.example.org/*']);
    expect(sitePatterns('localhost')).toEqual(['*://*.localhost/*']);
    expect(sitePatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });

  it.each([['[::1]'], [''], ['a b'], ['*.example.org'], ['example.org/path'], [42], [null]])(
    'has no pattern for %j',
    (site) => {
      expect(sitePatterns(site)).toBeNull();
    },
  );
});

describe('lensScriptMatches', () => {
  it('registers nothing while the lens is off everywhere (the default, and any stored value not as written)', () => {
    for (const stored of [
      undefined,
      null,
      'on',
      42,
      {},
      { highlightTerms: false },
      { highlightTerms: 'true' },
      { lensOnSites: [] },
      { lensOnSites: 'example.org' },
      { lensOffSites: ['example.org'] },
    ])
      expect(lensScriptMatches(stored)).toBeNull();
  });

  it('takes in every page with the option on, but the sites excepted and the sites ImmunoLens is off on', () => {
    expect(
      lensScriptMatches({
        highlightTerms: true,
        lensOffSites: ['news.example.org', '127.0.0.1'],
        disabledSites: ['bank.example', 'news.example.org'],
      }),
    ).toEqual({
      matches: ['<all_urls>'],
      excludeMatches: ['*://*.bank.example/*', '*://*.news.example.org/*', '*://127.0.0.1/*'],
    });
  });

  it('takes in only the sites listed with the option off, less the sites ImmunoLens is off on', () => {
    expect(
      lensScriptMatches({ lensOnSites: ['example.org', '127.0.0.1'], disabledSites: ['a.example.org'] }),
    ).toEqual({
      matches: ['*://*.example.org/*', '*://127.0.0.1/*'],
      excludeMatches: ['*://*.a.example.org/*'],
    });
  });

  it('widens to every page rather than lose a listed site no pattern can name', () => {
    expect(lensScriptMatches({ lensOnSites: ['example.org', '[::1]'] })).toEqual({
      matches: ['<all_urls>'],
      excludeMatches: [],
    });
  });

  it('never excludes more than the lists say: an entry without a pattern is not excluded', () => {
    expect(lensScriptMatches({ highlightTerms: true, lensOffSites: ['[::1]', 7] })).toEqual({
      matches: ['<all_urls>'],
      excludeMatches: [],
    });
  });
});
