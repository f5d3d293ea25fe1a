/**
 * The background's memory after 50,000 hostile lookups stays within 10 MB of where it started: nothing a page sends
 * (huge, random, odd Unicode, HTML, emoji, RTL, not text at all) is kept beyond the bounded caches and the
 * 20-item history. The background runs on WXT's fake browser, as the browser would start it; the heap is measured
 * after forced collections (vitest.config.ts passes --expose-gc to the test workers).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import { MAX_SELECTION_CHARS } from '@/utils/limits';

const LOOKUPS = 50_000;
const WARM_UP = 3_000;
const MAX_GROWTH_BYTES = 10 * 1024 * 1024;

/** Deterministic random numbers (an LCG), so every run sends the same lookups. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chars = (length: number, from: number, span: number) =>
    Array.from({ length }, () => String.fromCodePoint(from + int(span))).join('');
  return { int, pick, chars };
}

const EMOJI = ['🧬', '🦠', '👩🏽‍🔬', '🏳️‍🌈', '🇫🇷', '❤️', '🧑‍🤝‍🧑', '\u{1F9EA}\u{FE0F}'];
const HTML = [
  '<img src=x onerror=alert(1)>',
  '<script>document.cookie</script>',
  '</b><svg onload=alert(1)>',
  '&lt;IL-12&gt;',
  '"><iframe src=javascript:alert(1)>',
];
const TERMS = ['IL-12', 'IFN-γ', 'cytokines', 'PD-1', 'CAR T cells', 'TNF-α', 'interleukin 2'];

/** One hostile explain request's data, or something that is not one at all. */
function hostile(r: ReturnType<typeof random>, n: number): unknown {
  const length = 1 + r.int(MAX_SELECTION_CHARS);
  // Four in ten: the flood a word cache without a character cap keeps (distinct words of up to a selection's
  // length, kept folded and as typed).
  if (n % 10 < 4) {
    const words: string[] = [];
    for (let left = length; left > 0;) {
      const word = r.chars(Math.min(left, 65 + r.int(1000)), 97, 26);
      words.push(word);
      left -= word.length + 1;
    }
    return { text: words.join(' ').slice(0, MAX_SELECTION_CHARS), explicit: r.int(2) === 0 };
  }
  switch (n % 10) {
    case 0: // (the flood above)
    case 1: // odd Unicode: combining marks, zero-width and bidi controls, astral, CJK, private use
      return {
        text: Array.from({ length: 1 + r.int(200) }, () =>
          r.pick([
            r.chars(3, 0x300, 0x70),
            '\u200b\u200d\ufeff',
            '\u202e\u2066',
            r.chars(2, 0x20000, 0x100),
            r.chars(4, 0x4e00, 0x5000),
            r.chars(2, 0xe000, 0x1000),
            '\ud800',
          ]),
        ).join(''),
        explicit: true,
      };
    case 2: // HTML and a term inside it
      return {
        text: `${r.pick(HTML)}${r.pick(TERMS)}${r.pick(HTML)}`,
        before: r.pick(HTML),
        after: r.pick(HTML),
      };
    case 3: // emoji
      return { text: Array.from({ length: 1 + r.int(100) }, () => r.pick(EMOJI)).join(' ') + r.pick(TERMS) };
    case 4: // right to left, with a term
      return {
        text: `${r.chars(20 + r.int(300), 0x600, 0x100)} ${r.pick(TERMS)} ${r.chars(40, 0x5d0, 0x1b)}`,
      };
    case 5: // just too long, and far too long: refused by the parser
      return { text: 'IL-12 '.repeat(MAX_SELECTION_CHARS / 6 + 1 + r.int(10)) };
    case 6: // not a request
      return r.pick([
        null,
        42,
        'IL-12',
        [{ text: 'IL-12' }],
        { text: 12 },
        { text: 'IL-12', explicit: 'yes' },
        { text: 'x', before: {} },
      ]);
    case 7: // a real term with context (written to history)
      return {
        text: r.pick(TERMS),
        before: r.chars(1 + r.int(300), 97, 26),
        after: ' rose sharply',
        explicit: false,
      };
    case 8: // a passage of random words and terms
      return {
        text: Array.from({ length: 1 + r.int(150) }, () =>
          r.int(5) === 0 ? r.pick(TERMS) : r.chars(1 + r.int(12), 97, 26),
        )
          .join(' ')
          .slice(0, MAX_SELECTION_CHARS),
        explicit: r.int(4) === 0,
      };
    default: // random code points anywhere in the BMP and the astral planes
      return {
        text: r.chars(1 + r.int(500), 1, 0x2ffff).replace(/[\ud800-\udfff]/g, '?'),
        explicit: r.int(3) === 0,
      };
  }
}

function sender(r: ReturnType<typeof random>): Browser.runtime.MessageSender {
  const id = 1 + r.int(30);
  return {
    id: fakeBrowser.runtime.id,
    url: `https://hostile${id}.example/${r.chars(8, 97, 26)}`,
    tab: { id, index: 0, windowId: 1, incognito: id % 7 === 0 } as Browser.tabs.Tab,
    frameId: 0,
  };
}

async function send(type: string, data: unknown, from: Browser.runtime.MessageSender): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ immunolens: type, data }, from, resolve);
  });
}

async function collect(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts execArgv)');
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((ok) => setImmediate(ok));
  }
  return process.memoryUsage().heapUsed;
}

describe('the background under a flood of hostile lookups', () => {
  beforeAll(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    // The fake browser implements neither menu clicks nor commands.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockReturnValue(undefined);
    background.main();
  });

  it(`keeps its heap within 10 MB of the start after ${LOOKUPS.toLocaleString('en')} lookups`, async () => {
    const r = random(15);
    const run = async (count: number) => {
      const replies = { value: 0, error: 0 };
      for (let n = 0; n < count; n++) {
        const from = sender(r);
        const reply = (await (n % 500 === 499
          ? send('openFullView', { target: { kind: 'query', text: r.chars(50, 97, 26) } }, from)
          : send('explain', hostile(r, n), from))) as { value?: unknown; error?: string };
        // Every request gets an answer: a value, or an error saying why (never silence, never a throw).
        if ('value' in reply) replies.value++;
        else if (typeof reply.error === 'string') replies.error++;
        else throw new Error(`no answer to lookup ${n}`);
      }
      return replies;
    };
    // Warm up: the indexes are built, the code is compiled, the caches and history hold their steady share.
    await run(WARM_UP);
    const start = await collect();
    const replies = await run(LOOKUPS);
    const end = await collect();
    const growth = end - start;
    console.log(
      `background heap: ${(start / 2 ** 20).toFixed(1)} MB after warm-up, ${(end / 2 ** 20).toFixed(1)} MB after ${LOOKUPS} hostile lookups (${growth >= 0 ? '+' : ''}${(growth / 2 ** 20).toFixed(2)} MB); ${replies.value} answered, ${replies.error} refused`,
    );
    expect(replies.value).toBeGreaterThan(LOOKUPS / 2);
    expect(replies.error).toBeGreaterThan(LOOKUPS / 10);
    expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
  }, 120_000);
});
