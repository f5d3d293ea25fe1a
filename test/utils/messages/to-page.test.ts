import { describe, expect, it } from 'vitest';
import { MAX_ID_CHARS, MAX_SELECTION_CHARS } from '@/utils/limits';
import { parseExplainSelection, parsePing, parseShowTermUse, TO_PAGE } from '@/utils/messages/to-page';
import { TO_PANEL } from '@/utils/messages/to-panel';

describe('the request to explain a frame’s selection', () => {
  it('keeps the menu’s text, and the shortcut’s empty one', () => {
    expect(parseExplainSelection({ text: 'IL-12' })).toEqual({ text: 'IL-12' });
    expect(parseExplainSelection({ text: '' })).toEqual({ text: '' });
  });

  it('keeps whether it went to every frame of the tab (the shortcut)', () => {
    expect(parseExplainSelection({ text: '', everyFrame: true })).toEqual({ text: '', everyFrame: true });
    expect(parseExplainSelection({ text: 'IL-12', everyFrame: false })).toEqual({
      text: 'IL-12',
      everyFrame: false,
    });
  });

  it.each([
    ['no data', undefined],
    ['no text', {}],
    ['a number for text', { text: 12 }],
    ['a text past its limit', { text: 'x'.repeat(MAX_SELECTION_CHARS + 1) }],
    ['everyFrame that is not a boolean', { text: '', everyFrame: 'yes' }],
  ])('refuses %s', (_, data) => {
    expect(parseExplainSelection(data)).toBeNull();
  });
});

describe('ping', () => {
  it('takes an empty object and nothing else', () => {
    expect(parsePing({})).toEqual({});
    expect(parsePing(null)).toBeNull();
    expect(parsePing('ping')).toBeNull();
  });
});

describe('the side panel’s request for the page’s terms', () => {
  it('takes an empty object and nothing else', () => {
    expect(TO_PAGE.listPageTerms({})).toEqual({});
    expect(TO_PAGE.listPageTerms(undefined)).toBeNull();
    expect(TO_PAGE.listPageTerms([])).toBeNull();
  });
});

describe('the side panel’s request to show one use of a term', () => {
  it('keeps the term’s id and the use’s index', () => {
    expect(parseShowTermUse({ id: 'il-12', index: 0 })).toEqual({ id: 'il-12', index: 0 });
    expect(parseShowTermUse({ id: 'il-12', index: 41, extra: 'x' })).toEqual({ id: 'il-12', index: 41 });
  });

  it.each([
    ['no data', undefined],
    ['no id', { index: 0 }],
    ['no index', { id: 'il-12' }],
    ['a numeric id', { id: 12, index: 0 }],
    ['an id past its limit', { id: 'x'.repeat(MAX_ID_CHARS + 1), index: 0 }],
    ['a negative index', { id: 'il-12', index: -1 }],
    ['a fractional index', { id: 'il-12', index: 1.5 }],
    ['an index as text', { id: 'il-12', index: '1' }],
    ['an infinite index', { id: 'il-12', index: Infinity }],
    ['an index past the safe integers', { id: 'il-12', index: 2 ** 60 }],
  ])('refuses %s', (_, data) => {
    expect(parseShowTermUse(data)).toBeNull();
  });
});

it('lists every message a content script answers, ping included', () => {
  expect(Object.keys(TO_PAGE).sort()).toEqual([
    'callFrames',
    'explainSelection',
    'listPageTerms',
    'ping',
    'showTermUse',
    'startLens',
    'toggleLens',
  ]);
});

it('parses the side panel’s roll call of frames as a message without fields', () => {
  expect(TO_PAGE.callFrames({})).toEqual({});
  expect(TO_PAGE.callFrames({ frames: 10_000 })).toEqual({});
  expect(TO_PAGE.callFrames(null)).toBeNull();
  expect(TO_PAGE.callFrames('all')).toBeNull();
});

it('parses a frame’s roll call answer to the panel as a message without fields', () => {
  expect(TO_PANEL.frameHere({})).toEqual({});
  expect(TO_PANEL.frameHere([])).toBeNull();
  expect(Object.keys(TO_PANEL)).toEqual(['frameHere']);
});

it('parses the lens command’s toggle as a message without fields', () => {
  expect(TO_PAGE.toggleLens({})).toEqual({});
  expect(TO_PAGE.toggleLens(null)).toBeNull();
  expect(TO_PAGE.toggleLens('on')).toBeNull();
  expect(TO_PAGE.startLens({})).toEqual({});
  expect(TO_PAGE.startLens([])).toBeNull();
});
