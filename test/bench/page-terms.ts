/**
 * `npx tsx test/bench/page-terms.ts [--list]`: what the recogniser finds in the full text of each saved page in
 * ../shared/pages (news, blogs, docs: none of them about cancer immunology), so that every hit can be reviewed.
 * Prints one row per page with the number of spans an automatic request would name; `--list` prints each hit.
 * Before the context rules (commit 63e4fd9) it counted plain `recognize`: 5 hits on 32 pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { recognizeSupported } from '../../utils/terms/context-support';
import { recognize } from '../../utils/terms/recognize';
import { buildTermIndex } from '../../utils/terms/term-index';
import { knowledge } from './corpus';

const PAGES = process.env.PAGES_DIR ?? '/work/shared/pages';
const index = buildTermIndex(knowledge.glossary);
// `--plain`: every span `recognize` finds, context aside (what the recogniser named before context rules).
const find = process.argv.includes('--plain') ? recognize : recognizeSupported;

function pageText(html: string): string {
  const window = new Window();
  window.document.write(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ''));
  const text = window.document.body?.textContent ?? '';
  void window.happyDOM.close();
  return text;
}

const list = process.argv.includes('--list');
let total = 0;
const rows: { page: string; chars: number; hits: number }[] = [];
for (const file of readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const text = pageText(readFileSync(join(PAGES, file), 'utf8'));
  const spans = find(index, text);
  total += spans.length;
  rows.push({ page: file, chars: text.length, hits: spans.length });
  if (list)
    for (const s of spans) {
      const around = text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\s+/g, ' ');
      console.log(`${file}\t${text.slice(s.start, s.end)}\t${s.ids.join(',')}\t…${around}…`);
    }
}
console.table(rows);
console.log(
  `${find === recognize ? 'recognize' : 'with context rules'}: ${total} hits on ${rows.length} pages`,
);
