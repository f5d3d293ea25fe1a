/**
 * `npm run readability`: the Flesch–Kincaid grade of every glossary summary, with the median, the share at
 * grade 10 or below and the hardest ten. The formula and the syllable rule are documented in
 * utils/knowledge/readability.ts; the knowledge data test enforces the limits (median ≤ 9, none above 14).
 * `--all` lists every entry, hardest first.
 */
import { readFileSync } from 'node:fs';
import type { GlossaryEntry } from '../utils/knowledge/types';
import { READABILITY_LIMITS, median, readability } from '../utils/knowledge/readability';

const file = new URL('../assets/knowledge/glossary.json', import.meta.url);
const glossary = JSON.parse(readFileSync(file, 'utf8')) as GlossaryEntry[];
const scored = glossary
  .map((e) => ({ id: e.id, summary: e.summary, ...readability(e.summary) }))
  .sort((a, b) => b.grade - a.grade);
const grades = scored.map((s) => s.grade);
const med = median(grades);
const easy = grades.filter((g) => g <= 10).length;
const over = scored.filter((s) => s.grade > READABILITY_LIMITS.maxGrade);

console.log(`summaries: ${scored.length}`);
console.log(`median Flesch–Kincaid grade: ${med.toFixed(1)} (limit ${READABILITY_LIMITS.medianGrade})`);
console.log(`at grade 10 or below: ${easy} (${((100 * easy) / scored.length).toFixed(0)} %)`);
console.log(`above grade ${READABILITY_LIMITS.maxGrade}: ${over.length}`);
const list = process.argv.includes('--all') ? scored : scored.slice(0, 10);
console.log(process.argv.includes('--all') ? '\nall, hardest first:' : '\nhardest ten:');
for (const s of list) console.log(`${s.grade.toFixed(1).padStart(5)}  ${s.id}: ${s.summary}`);
if (med > READABILITY_LIMITS.medianGrade || over.length > 0) process.exitCode = 1;
