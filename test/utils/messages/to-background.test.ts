import { describe, expect, it } from 'vitest';
import {
  CONTEXT_WINDOW_CHARS,
  MAX_ID_CHARS,
  MAX_PAGE_CHUNK_CHARS,
  MAX_SELECTION_CHARS,
} from '@/utils/limits';
import {
  parseExplainRequest,
  parseOpenFullView,
  parseRecognizePageText,
  TO_BACKGROUND,
} from '@/utils/messages/to-background';

describe('the explain request from a page', () => {
  it('keeps the selection, its context and whether the reader asked explicitly', () => {
    expect(parseExplainRequest({ text: '12', before: 'IL-', after: ' levels', explicit: true })).toEqual({
      text: '12',
      before: 'IL-',
      after: ' levels',
      explicit: true,
    });
  });

  it('treats a missing context as none and a missing explicit flag as an automatic trigger', () => {
    expect(parseExplainRequest({ text: 'IL-12' })).toEqual({
      text: 'IL-12',
      before: undefined,
      after: undefined,
      explicit: false,
    });
  });

  it.each([
    ['no data', undefined],
    ['a bare string', 'IL-12'],
    ['an array', ['IL-12']],
    ['no text', { before: 'IL-' }],
    ['a number for text', { text: 12 }],
    ['an object for before', { text: '12', before: { length: 3 } }],
    ['a number for after', { text: '12', after: 5 }],
    ['a string for explicit', { text: '12', explicit: 'true' }],
  ])('refuses %s', (_, data) => {
    expect(parseExplainRequest(data)).toBeNull();
  });

  it('refuses a selection or context longer than its limit, and accepts one exactly at it', () => {
    expect(parseExplainRequest({ text: 'x'.repeat(MAX_SELECTION_CHARS) })).not.toBeNull();
    expect(parseExplainRequest({ text: 'x'.repeat(MAX_SELECTION_CHARS + 1) })).toBeNull();
    const context = 'y'.repeat(CONTEXT_WINDOW_CHARS);
    expect(parseExplainRequest({ text: 'x', before: context, after: context })).not.toBeNull();
    expect(parseExplainRequest({ text: 'x', before: context + 'y' })).toBeNull();
    expect(parseExplainRequest({ text: 'x', after: context + 'y' })).toBeNull();
  });
});

describe('the request to open the full view page', () => {
  it.each([
    [{ kind: 'term', id: 'il-12' }],
    [{ kind: 'qa', id: 'role-of-il-12' }],
    [{ kind: 'query', text: 'IFN-γ' }],
  ])('opens %o', (target) => {
    expect(parseOpenFullView({ target })).toEqual({ target });
  });

  it('keeps only the fields of the target', () => {
    expect(parseOpenFullView({ target: { kind: 'term', id: 'il-12', url: 'https://x' } })).toEqual({
      target: { kind: 'term', id: 'il-12' },
    });
  });

  it.each([
    ['no target', {}],
    ['a string target', { target: 'term/il-12' }],
    ['an unknown kind', { target: { kind: 'url', id: 'x' } }],
    ['a term without id', { target: { kind: 'term' } }],
    ['a query without text', { target: { kind: 'query', id: 'x' } }],
    ['a numeric id', { target: { kind: 'qa', id: 7 } }],
    ['an id past its limit', { target: { kind: 'term', id: 'x'.repeat(MAX_ID_CHARS + 1) } }],
    ['a query past its limit', { target: { kind: 'query', text: 'x'.repeat(MAX_SELECTION_CHARS + 1) } }],
  ])('refuses %s', (_, data) => {
    expect(parseOpenFullView(data)).toBeNull();
  });
});

describe('a chunk of page text to recognise', () => {
  it('keeps the text, empty or up to its limit', () => {
    expect(parseRecognizePageText({ text: 'IL-12 and IFN-γ' })).toEqual({ text: 'IL-12 and IFN-γ' });
    expect(parseRecognizePageText({ text: '' })).toEqual({ text: '' });
    const full = 'x'.repeat(MAX_PAGE_CHUNK_CHARS);
    expect(parseRecognizePageText({ text: full })).toEqual({ text: full });
  });

  it.each([
    ['no data', undefined],
    ['no text', {}],
    ['an array for text', { text: ['IL-12'] }],
    ['a text past its limit', { text: 'x'.repeat(MAX_PAGE_CHUNK_CHARS + 1) }],
  ])('refuses %s', (_, data) => {
    expect(parseRecognizePageText(data)).toBeNull();
  });
});

it('has a parser for every page → background message', () => {
  expect(Object.keys(TO_BACKGROUND).sort()).toEqual(['explain', 'openFullView', 'recognizePageText']);
});
