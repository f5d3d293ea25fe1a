/** Inputs for the benchmarks: the bundled knowledge, biomedical text made from it, and synthetic glossaries. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { answerText, createKnowledge, type Knowledge } from '../../utils/knowledge/knowledge';
import type { GlossaryEntry, QaEntry } from '../../utils/knowledge/types';
import { seededRandom } from '../support/seeded-random';

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')) as T;
}

export const knowledge: Knowledge = createKnowledge(
  readJson<GlossaryEntry[]>('../../assets/knowledge/glossary.json'),
  readJson<QaEntry[]>('../../assets/knowledge/qa.json'),
);

/**
 * A string as a message delivers it: the lens and the side panel send page text to the background, and the clone
 * on arrival is one flat string. Text built here by `+=` and `slice` would otherwise be a slice of a longer string,
 * whose every character V8 reads through the slice (about 5 % more CPU for `recognize` on 1 MB of bench text, docs/decisions/0013).
 */
export function asDelivered(text: string): string {
  return structuredClone(text);
}

/** Biomedical prose: every explanation and answer we ship, repeated to `bytes` characters. */
export function biomedicalText(bytes: number): string {
  const paragraphs = [
    ...knowledge.glossary.map(
      (e) => `${e.name} (${e.short ?? e.name}). ${e.explanation} ${e.inCancer ?? ''}`,
    ),
    ...knowledge.qa.map((q) => `${q.question} ${answerText(q)}`),
  ];
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += paragraphs[i % paragraphs.length] + '\n\n';
  return asDelivered(text.slice(0, bytes));
}

/** `count` made-up entries with names, symbols and sentences built from the real glossary's words. */
export function syntheticGlossary(count: number): GlossaryEntry[] {
  const random = seededRandom(42);
  const words = [
    ...new Set(knowledge.glossary.flatMap((e) => e.explanation.toLowerCase().match(/[a-z]{4,}/g) ?? [])),
  ];
  const pick = () => words[Math.floor(random() * words.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ') + '.';
  return Array.from({ length: count }, (_, i) => {
    const stem = pick();
    return {
      id: `synthetic-${i}`,
      name: `${stem[0]!.toUpperCase()}${stem.slice(1)} ${pick()} factor ${i}`,
      short: `SF-${i}`,
      aliases: [`${stem.slice(0, 3).toUpperCase()}${i}`, `${pick()} ${pick()} protein ${i}`],
      category: 'molecule',
      summary: sentence(12),
      explanation: sentence(40),
      inCancer: sentence(20),
      related: [],
      qa: [],
      refs: {},
    };
  });
}

/** The team's saved real pages (/work/shared/pages beside the repository), or where SHARED_PAGES_DIR says. */
export const SHARED_PAGES_DIR =
  process.env.SHARED_PAGES_DIR ?? fileURLToPath(new URL('../../../shared/pages', import.meta.url));

/**
 * The text of the 32 shared pages (news, blogs, docs, two right-to-left), each page's body text without its
 * scripts and styles, joined by blank lines in file-name order; null when the pages are not there.
 */
export function sharedPagesText(dir = SHARED_PAGES_DIR): string | null {
  if (!existsSync(dir)) return null;
  const window = new Window();
  let text = '';
  try {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const html = readFileSync(join(dir, file), 'utf8');
      window.document.body.innerHTML = html.replace(
        /<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi,
        '',
      );
      text += (window.document.body.textContent ?? '') + '\n\n';
    }
  } finally {
    void window.happyDOM.close();
  }
  return asDelivered(text);
}
