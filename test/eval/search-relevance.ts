/**
 * Search relevance report: runs every query in ./queries.ts through the popup's search index, built the same way
 * as `bundledIndexes()` does in the extension, and prints failures, success@1, success@3 and MRR.
 *
 *   npx tsx test/eval/search-relevance.ts      (npm run eval)
 *
 * It always exits 0 (it is a report), except with EVAL_STRICT=1 when the goals are not met.
 * The knowledge JSON is read with fs so that this runs in plain Node, without the bundler's JSON imports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createKnowledge } from '../../utils/knowledge/knowledge';
import type { GlossaryEntry, QaEntry } from '../../utils/knowledge/types';
import { buildSearchIndex, sourcesOf } from '../../utils/search/search-index';
import { buildTermIndex } from '../../utils/terms/term-index';
import { QUERIES } from './queries';

const GOAL_SUCCESS_AT_3 = 0.95;
const GOAL_MRR = 0.9;
/** Ranks beyond this count as a miss for MRR. */
const MRR_DEPTH = 10;

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')) as T;
}

const glossary = readJson<GlossaryEntry[]>('../../assets/knowledge/glossary.json');
const qa = readJson<QaEntry[]>('../../assets/knowledge/qa.json');
const knowledge = createKnowledge(glossary, qa);
const terms = buildTermIndex(knowledge.glossary);
const index = buildSearchIndex(sourcesOf(knowledge), terms);

const known = new Set([...glossary.map((e) => `term:${e.id}`), ...qa.map((q) => `qa:${q.id}`)]);

interface Failure {
  query: string;
  note: string;
  expected: string[];
  rank: number | undefined;
  top3: string[];
  corrected: string | undefined;
}

let at1 = 0;
let at3 = 0;
let reciprocal = 0;
const failures: Failure[] = [];
const badKeys: string[] = [];

for (const { query, expected, note } of QUERIES) {
  for (const key of expected)
    if (!known.has(key)) badKeys.push(`${JSON.stringify(query)} expects unknown ${key}`);
  const result = index.search(query);
  const keys = result.hits.map((h) => `${h.kind}:${h.id}`);
  const found = keys.slice(0, MRR_DEPTH).findIndex((k) => expected.includes(k));
  const rank = found === -1 ? undefined : found + 1;
  if (rank === 1) at1++;
  if (rank !== undefined && rank <= 3) at3++;
  if (rank !== undefined) reciprocal += 1 / rank;
  if (rank !== 1)
    failures.push({
      query,
      note: note ?? '',
      expected,
      rank,
      top3: keys.slice(0, 3),
      corrected: result.correctedQuery,
    });
}

const n = QUERIES.length;
const successAt1 = at1 / n;
const successAt3 = at3 / n;
const mrr = reciprocal / n;

if (badKeys.length > 0) {
  console.log('Expected keys missing from the knowledge files:');
  for (const line of badKeys) console.log(`  ${line}`);
  console.log();
}

console.log(`Queries not answered first (${failures.length}):`);
if (failures.length > 0) {
  console.table(
    failures.map((f) => ({
      query: f.query,
      expected: f.expected.join(', '),
      rank: f.rank ?? `>${MRR_DEPTH}`,
      'got top 3': f.top3.join(', ') || '(nothing)',
      corrected: f.corrected ?? '',
      group: f.note,
    })),
  );
}

const fmt = (x: number) => x.toFixed(3);
console.log();
console.log(`queries     ${n}`);
console.log(`success@1   ${fmt(successAt1)}  (${at1}/${n})`);
console.log(`success@3   ${fmt(successAt3)}  (${at3}/${n})  goal >= ${GOAL_SUCCESS_AT_3}`);
console.log(`MRR@${MRR_DEPTH}      ${fmt(mrr)}  goal >= ${GOAL_MRR}`);

const goalsMet = successAt3 >= GOAL_SUCCESS_AT_3 && mrr >= GOAL_MRR;
console.log(goalsMet ? 'Goals met.' : 'Goals NOT met.');
if (!goalsMet && process.env.EVAL_STRICT === '1') process.exitCode = 1;
