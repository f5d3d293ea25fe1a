import { describe, expect, it } from 'vitest';
import { MAX_SELECTION_CHARS } from '@/utils/limits';
import { parseExplainSelection, parsePing, TO_PAGE } from '@/utils/messages/to-page';

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

it('lists every message a content script answers, ping included', () => {
  expect(Object.keys(TO_PAGE).sort()).toEqual(['explainSelection', 'ping']);
});
