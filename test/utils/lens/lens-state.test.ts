import { describe, expect, it } from 'vitest';
import { lensOnFor, lensSiteChange } from '@/utils/lens/lens-state';
import { defaultSettings } from '@/utils/settings/settings';

describe('lensOnFor', () => {
  it('is off by default and for anything that is not a settings object', () => {
    expect(lensOnFor(defaultSettings(), 'example.org')).toBe(false);
    for (const stored of [undefined, null, 'on', 42, [true]])
      expect(lensOnFor(stored, 'example.org')).toBe(false);
  });

  it('is on everywhere with the option on, except on the sites switched off and their sub-domains', () => {
    const stored = { highlightTerms: true, lensOffSites: ['news.example.org'] };
    expect(lensOnFor(stored, 'example.org')).toBe(true);
    expect(lensOnFor(stored, 'news.example.org')).toBe(false);
    expect(lensOnFor(stored, 'a.news.example.org')).toBe(false);
  });

  it('is on only on the sites switched on with the option off', () => {
    const stored = { highlightTerms: false, lensOnSites: ['example.org'] };
    expect(lensOnFor(stored, 'www.example.org')).toBe(true);
    expect(lensOnFor(stored, 'other.org')).toBe(false);
  });

  it('is off where ImmunoLens itself is off', () => {
    expect(lensOnFor({ highlightTerms: true, disabledSites: ['example.org'] }, 'example.org')).toBe(false);
  });

  it('reads a corrupt value as off, and ignores lists that are not lists of strings', () => {
    expect(lensOnFor({ highlightTerms: 'yes' }, 'example.org')).toBe(false);
    expect(lensOnFor({ highlightTerms: true, lensOffSites: 'example.org' }, 'example.org')).toBe(true);
    expect(lensOnFor({ lensOnSites: [42, 'example.org'] }, 'example.org')).toBe(true);
  });
});

describe('lensSiteChange', () => {
  it('with the option off, switching a site on lists it and switching it off removes it', () => {
    const settings = { ...defaultSettings() };
    const on = lensSiteChange(settings, 'www.example.org', true);
    expect(on).toEqual({ lensOnSites: ['example.org'], lensOffSites: [] });
    expect(lensOnFor({ ...settings, ...on }, 'example.org')).toBe(true);
    expect(lensSiteChange({ ...settings, ...on }, 'example.org', false)).toEqual({
      lensOnSites: [],
      lensOffSites: [],
    });
  });

  it('with the option on, switching a site off lists it as an exception and switching it on removes it', () => {
    const settings = { ...defaultSettings(), highlightTerms: true };
    const off = lensSiteChange(settings, 'example.org', false);
    expect(off).toEqual({ lensOnSites: [], lensOffSites: ['example.org'] });
    expect(lensOnFor({ ...settings, ...off }, 'example.org')).toBe(false);
    expect(lensSiteChange({ ...settings, ...off }, 'example.org', true)).toEqual({
      lensOnSites: [],
      lensOffSites: [],
    });
  });
});
