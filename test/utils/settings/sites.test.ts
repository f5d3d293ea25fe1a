import { describe, expect, it } from 'vitest';
import { MAX_DISABLED_SITES } from '@/utils/limits';
import { addSite, switchSite } from '@/utils/settings/sites';

const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.example`);

describe('adding a site to the disabled list', () => {
  it('adds the host name of what was typed or pasted', () => {
    expect(addSite(['a.org'], ' https://www.Example.org/paper ')).toEqual({
      sites: ['a.org', 'example.org'],
    });
  });

  it('leaves the list as it is when the site is already on it', () => {
    expect(addSite(['example.org'], 'www.example.org')).toEqual({ sites: ['example.org'] });
  });

  it('refuses what is not a site name, saying so', () => {
    expect(addSite([], 'not a site')).toEqual({
      error: '“not a site” is not a site name such as example.org.',
    });
  });

  it(`refuses a site beyond ${MAX_DISABLED_SITES} with a message, instead of a list that would drop it`, () => {
    expect(addSite(full, 'new.example')).toEqual({
      error: `The list is full: ImmunoLens keeps at most ${MAX_DISABLED_SITES} sites. Remove one before adding new.example.`,
    });
    expect(addSite(full.slice(1), 'new.example')).toEqual({ sites: [...full.slice(1), 'new.example'] });
    // A site already listed is no addition, full or not.
    expect(addSite(full, full[3]!)).toEqual({ sites: full });
  });
});

describe("the popup's switch on a full list", () => {
  it(`refuses to switch a ${MAX_DISABLED_SITES + 1}st site off with a message, instead of a list that would drop it`, () => {
    expect(switchSite(full, 'www.new.example', true)).toEqual({
      error: `The list is full: ImmunoLens keeps at most ${MAX_DISABLED_SITES} sites. Remove one in Options before changing new.example.`,
    });
    expect(switchSite(full.slice(1), 'new.example', true)).toEqual({
      sites: [...full.slice(1), 'new.example'],
    });
  });

  it('switches a listed site off again or back on, full or not', () => {
    expect(switchSite(full, full[3]!, true)).toEqual({
      sites: [...full.slice(0, 3), ...full.slice(4), full[3]],
    });
    expect(switchSite(full, full[3]!, false)).toEqual({
      sites: full.filter((s) => s !== full[3]),
    });
    // A sub-domain switched on removes its listed parent.
    expect(switchSite([...full.slice(1), 'example.org'], 'news.example.org', false)).toEqual({
      sites: full.slice(1),
    });
  });
});
