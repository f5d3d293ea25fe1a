import { describe, expect, it } from 'vitest';
import { MAX_ID_CHARS } from '@/utils/limits';
import {
  FROM_EXTENSION_PAGE,
  parseSettingsChange,
  parseViewedItem,
} from '@/utils/messages/from-extension-page';

describe('the record of an entry or question the reader opened', () => {
  it('keeps its kind, id and title, and nothing else', () => {
    expect(parseViewedItem({ kind: 'term', id: 'il-12', title: 'Interleukin-12', at: 5 })).toEqual({
      kind: 'term',
      id: 'il-12',
      title: 'Interleukin-12',
    });
    expect(parseViewedItem({ kind: 'qa', id: 'q', title: 'What is IL-12?' })).toMatchObject({ kind: 'qa' });
  });

  it.each([
    ['no data', undefined],
    ['no title', { kind: 'term', id: 'il-12' }],
    ['no id', { kind: 'term', title: 'x' }],
    ['an unknown kind', { kind: 'query', id: 'x', title: 'x' }],
    ['a numeric title', { kind: 'term', id: 'x', title: 1 }],
    ['an id past its limit', { kind: 'term', id: 'x'.repeat(MAX_ID_CHARS + 1), title: 'x' }],
    ['a title past its limit', { kind: 'term', id: 'x', title: 'x'.repeat(301) }],
  ])('refuses %s', (_, data) => {
    expect(parseViewedItem(data)).toBeNull();
  });
});

it('has a parser for every extension page → background message', () => {
  expect(Object.keys(FROM_EXTENSION_PAGE)).toEqual(['rememberViewed', 'changeSettings', 'clearHistory']);
});

describe('a settings change from an extension page', () => {
  it('keeps exactly the fields it names, normalised', () => {
    expect(parseSettingsChange({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(parseSettingsChange({ disabledSites: ['WWW.Example.org'] })).toEqual({
      disabledSites: ['example.org'],
    });
  });

  it.each([
    ['no fields', {}],
    ['an unknown field', { theme: 'dark', sidebar: true }],
    ['an invalid value', { fontSize: 3 }],
    ['a list that is not sites', { disabledSites: ['not a site'] }],
  ])('refuses %s', (_, data) => {
    expect(parseSettingsChange(data)).toBeNull();
  });
});
