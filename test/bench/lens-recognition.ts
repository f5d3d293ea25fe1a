/**
 * `npx tsx test/bench/lens-recognition.ts`: where the lens should recognise terms (decision 0010). Over the visible
 * text of the 32 saved pages (read with the lens's own walker, utils/page-text/visible-text.ts, in happy-dom), in
 * chunks of LENS_CHUNK_CHARS:
 * - A, chunks to the background: the page's main thread only copies each request and reply (structured clone, what
 *   extension messaging does at least); recognition (pageTermUses) runs in the background's thread;
 * - B, a compact term index shipped to the page: the page parses the index's names, builds the index, and
 *   recognises on its own main thread.
 * Each figure is the median of 5 runs (medianMs), in Node on this machine: ratios matter, not absolute times.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { LENS_CHUNK_CHARS, MAX_PAGE_TERMS_CHARS } from '../../utils/limits';
import { readVisibleText } from '../../utils/page-text/visible-text';
import { pageTermUses } from '../../utils/page-terms/page-term-uses';
import { recognizeSupported } from '../../utils/terms/context-support';
import { buildTermIndex, type NamedEntry } from '../../utils/terms/term-index';
import { knowledge } from './corpus';
import { fmt, medianMs, table } from './stats';

const PAGES = process.env.PAGES_DIR ?? '/work/shared/pages';
const index = buildTermIndex(knowledge.glossary);

function chunksOf(html: string): string[] {
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  g.Node = window.Node;
  g.NodeFilter = window.NodeFilter;
  window.document.write(html.replace(/<script[\s\S]*?<\/script>/gi, ''));
  const { chunks } = readVisibleText(window.document.body as unknown as Node, {
    maxChars: MAX_PAGE_TERMS_CHARS,
    maxChunkChars: LENS_CHUNK_CHARS,
    checkStyle: false,
  });
  const texts = chunks.map((c) => c.text);
  void window.happyDOM.close();
  return texts;
}

// What B ships: each entry's names and alias rules, nothing else of the glossary.
const compact: NamedEntry[] = knowledge.glossary.map(({ id, name, short, aliases, rules }) => ({
  id,
  name,
  short,
  aliases,
  rules,
}));
const compactJson = JSON.stringify(compact);
const buildInPage = medianMs(() => buildTermIndex(JSON.parse(compactJson) as NamedEntry[]), 5);

const rows: Record<string, string | number>[] = [];
const totals = { chars: 0, aCopy: 0, aBackground: 0, bRecognise: 0 };
for (const file of readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const chunks = chunksOf(readFileSync(join(PAGES, file), 'utf8'));
  const chars = chunks.reduce((n, c) => n + c.length, 0);
  const replies = chunks.map((text) => ({ uses: pageTermUses(knowledge, index, text) }));
  const aCopy = medianMs(() => {
    for (const [i, text] of chunks.entries()) {
      structuredClone({ immunolens: 'recognizePageText', data: { text } });
      structuredClone({ value: replies[i] });
    }
  });
  const aBackground = medianMs(() => {
    for (const text of chunks) pageTermUses(knowledge, index, text);
  });
  const bRecognise = medianMs(() => {
    for (const text of chunks) recognizeSupported(index, text);
  });
  totals.chars += chars;
  totals.aCopy += aCopy;
  totals.aBackground += aBackground;
  totals.bRecognise += bRecognise;
  rows.push({
    page: file,
    'visible chars': chars,
    chunks: chunks.length,
    uses: replies.reduce((n, r) => n + r.uses.length, 0),
    'A: page copies, ms': fmt(aCopy, 2),
    'A: background recognises, ms': fmt(aBackground, 2),
    'B: page recognises, ms': fmt(bRecognise, 2),
  });
}
table('per page', rows);
table('A (chunks to the background) vs B (index shipped to the page), 32 pages', [
  {
    'visible text': `${fmt(totals.chars / 1e6, 2)} M chars`,
    'A: page main thread (copies)': `${fmt(totals.aCopy, 1)} ms`,
    'A: background (recognition)': `${fmt(totals.aBackground, 1)} ms`,
    'B: page main thread (recognition)': `${fmt(totals.bRecognise, 1)} ms`,
    'B: index to ship, once per page load': `${fmt(compactJson.length / 1024, 0)} KB JSON`,
    'B: parse + build it in the page, per load': `${fmt(buildInPage, 1)} ms`,
  },
]);
