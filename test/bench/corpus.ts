/** Inputs for the benchmarks: the bundled knowledge, biomedical text made from it, and synthetic glossaries. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  return text.slice(0, bytes);
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
