import { describe, expect, it } from 'vitest';
import {
  HAND_OVER_TTL_MS,
  handOverKey,
  handOverPath,
  handOverToken,
  parseHandOver,
  staleHandOverKeys,
} from '@/utils/lookup/hand-over';

const token = '0f8fad5b-d9cb-469f-a165-70867728950e';
const now = 1_800_000_000_000;

describe('the private window hand-over', () => {
  it('puts only the token in the page’s URL', () => {
    expect(handOverPath(token)).toBe(`/lookup.html?handover=${token}`);
    expect(handOverKey(token)).toBe(`handover:${token}`);
  });

  it('reads the token back from the URL, and nothing else as one', () => {
    expect(handOverToken(`?handover=${token}`)).toBe(token);
    expect(handOverToken('?q=IL-12')).toBeNull();
    expect(handOverToken('?handover=../settings')).toBeNull();
    expect(handOverToken(`?handover=${token.toUpperCase()}x`)).toBeNull();
  });

  it('gives back the stored target while it is fresh', () => {
    const target = { kind: 'query', text: 'IL-12 in tumours' };
    expect(parseHandOver({ target, at: now - 1000 }, now)).toEqual(target);
    expect(parseHandOver({ target: { kind: 'term', id: 'il-12' }, at: now }, now)).toEqual({
      kind: 'term',
      id: 'il-12',
    });
  });

  it('refuses a stale, future, malformed or oversized hand-over', () => {
    const target = { kind: 'query', text: 'IL-12' };
    expect(parseHandOver({ target, at: now - HAND_OVER_TTL_MS }, now)).toBeNull();
    expect(parseHandOver({ target, at: now + 5 }, now)).toBeNull();
    expect(parseHandOver({ target }, now)).toBeNull();
    expect(parseHandOver({ target: { kind: 'query', text: 'x'.repeat(2001) }, at: now }, now)).toBeNull();
    expect(parseHandOver('IL-12', now)).toBeNull();
    expect(parseHandOver(null, now)).toBeNull();
  });

  it('finds the hand-overs past their time, leaving other keys alone', () => {
    const target = { kind: 'query', text: 'IL-12' };
    expect(
      staleHandOverKeys(
        {
          [handOverKey('a')]: { target, at: now - HAND_OVER_TTL_MS - 1 },
          [handOverKey('b')]: { target, at: now - 10 },
          [handOverKey('c')]: 'junk',
          other: { at: 0 },
        },
        now,
      ),
    ).toEqual([handOverKey('a'), handOverKey('c')]);
  });
});
