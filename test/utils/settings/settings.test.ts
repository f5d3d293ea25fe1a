import { describe, expect, it } from 'vitest';
import { sanitizeSettings } from '@/utils/settings/sanitize';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { isSiteDisabled, normalizeSite, toggleSite } from '@/utils/settings/sites';

describe('sanitizeSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(sanitizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps a valid stored value as it is', () => {
    const stored = {
      trigger: 'alt',
      disabledSites: ['example.org'],
      theme: 'dark',
      fontSize: 130,
      history: false,
      editableFields: true,
      openPdfsInReader: true,
      highlightTerms: true,
      lensOnSites: ['example.com'],
      lensOffSites: ['news.example.org'],
    };
    expect(sanitizeSettings(stored)).toEqual({ settings: stored, problems: [] });
  });

  it('falls back field by field, keeping what is valid, and says what was wrong', () => {
    const { settings, problems } = sanitizeSettings({
      trigger: 'hover',
      theme: 'dark',
      fontSize: '12px',
      history: 1,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(problems).toEqual(['trigger', 'fontSize', 'history']);
  });

  it('keeps "Open PDFs in the reader" off when it is missing or not a boolean', () => {
    expect(sanitizeSettings({ trigger: 'alt' }).settings.openPdfsInReader).toBe(false);
    const { settings, problems } = sanitizeSettings({ openPdfsInReader: 'yes' });
    expect(settings.openPdfsInReader).toBe(false);
    expect(problems).toEqual(['openPdfsInReader']);
  });

  it('keeps the lens off when it is missing or not a boolean, and cleans its site lists', () => {
    expect(sanitizeSettings({ trigger: 'alt' }).settings.highlightTerms).toBe(false);
    const { settings, problems } = sanitizeSettings({
      highlightTerms: 1,
      lensOnSites: ['https://www.Example.org/a', 7],
      lensOffSites: 'example.org',
    });
    expect(settings.highlightTerms).toBe(false);
    expect(settings.lensOnSites).toEqual(['example.org']);
    expect(settings.lensOffSites).toEqual([]);
    expect(problems.sort()).toEqual([
      'highlightTerms',
      'lensOffSites',
      'lensOnSites had entries that are not sites',
    ]);
  });

  it.each([
    ['a string', 'corrupt'],
    ['a number', 42],
    ['a list', ['selection']],
  ])('treats %s as corrupt and uses the defaults', (_kind, stored) => {
    const { settings, problems } = sanitizeSettings(stored);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['settings']);
  });

  it('drops disabled sites that are not host names and repeats', () => {
    const { settings } = sanitizeSettings({
      disabledSites: ['https://www.Example.org/path', 'example.org', 42, 'not a site', ''],
    });
    expect(settings.disabledSites).toEqual(['example.org']);
  });

  it('ignores fields it does not know, such as ones from a newer version', () => {
    expect(sanitizeSettings({ trigger: 'off', futureOption: true }).settings).toEqual({
      ...DEFAULT_SETTINGS,
      trigger: 'off',
    });
  });
});

describe('sites', () => {
  it.each([
    ['example.org', 'example.org'],
    ['WWW.Example.ORG', 'example.org'],
    ['https://news.example.org:8443/a/b?c', 'news.example.org'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['', null],
    ['not a site', null],
    ['javascript:alert(1)', null],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it('disables a site and its sub-domains, not look-alikes', () => {
    expect(isSiteDisabled('example.org', ['example.org'])).toBe(true);
    expect(isSiteDisabled('news.example.org', ['example.org'])).toBe(true);
    expect(isSiteDisabled('badexample.org', ['example.org'])).toBe(false);
  });

  it('toggles a site on and off without duplicates', () => {
    const off = toggleSite(['a.org'], 'www.b.org', true);
    expect(off).toEqual(['a.org', 'b.org']);
    expect(toggleSite(off, 'b.org', true)).toEqual(['a.org', 'b.org']);
    expect(toggleSite(off, 'b.org', false)).toEqual(['a.org']);
  });

  it('turns a sub-domain back on when its parent domain is the one switched off', () => {
    const on = toggleSite(['a.org', 'example.org'], 'news.example.org', false);
    expect(isSiteDisabled('news.example.org', on)).toBe(false);
    expect(on).toEqual(['a.org']);
  });
});
