/**
 * Search relevance report: runs every query in ./queries.ts (frozen 2026-11-27) and ./reader-queries.ts (frozen
 * 2026-12-01) through the popup's search index, built the same way
 * as `bundledIndexes()` does in the extension, and prints, for each set, its failures,
 * success@1, success@3 and MRR.
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
import { QUERIES, type EvalQuery } from './queries';
import { READER_QUERIES } from './reader-queries';

/** The frozen set must not regress from the 0.988 it had before the reader set. */
const GOAL_FROZEN_SUCCESS_AT_1 = 0.98;
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

interface Goals {
  successAt1?: number;
  successAt3?: number;
  mrr?: number;
}

const fmt = (x: number) => x.toFixed(3);
const goal = (x: number | undefined) => (x === undefined ? '' : `  goal >= ${x}`);

/** Runs one query set, prints its failures and figures, and says whether its goals are met. */
function evaluate(title: string, queries: ReadonlyArray<EvalQuery>, goals: Goals): boolean {
  let at1 = 0;
  let at3 = 0;
  let reciprocal = 0;
  const failures: Failure[] = [];
  const badKeys: string[] = [];

  for (const { query, expected, note } of queries) {
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

  const n = queries.length;
  const successAt1 = at1 / n;
  const successAt3 = at3 / n;
  const mrr = reciprocal / n;

  console.log(`\n=== ${title} ===`);
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
  console.log();
  console.log(`queries     ${n}`);
  console.log(`success@1   ${fmt(successAt1)}  (${at1}/${n})${goal(goals.successAt1)}`);
  console.log(`success@3   ${fmt(successAt3)}  (${at3}/${n})${goal(goals.successAt3)}`);
  console.log(`MRR@${MRR_DEPTH}      ${fmt(mrr)}${goal(goals.mrr)}`);
  const met =
    successAt1 >= (goals.successAt1 ?? 0) && successAt3 >= (goals.successAt3 ?? 0) && mrr >= (goals.mrr ?? 0);
  console.log(met ? 'Goals met.' : 'Goals NOT met.');
  return met;
}

const frozenMet = evaluate('frozen set (2026-11-27, names and plain questions)', QUERIES, {
  successAt1: GOAL_FROZEN_SUCCESS_AT_1,
  successAt3: GOAL_SUCCESS_AT_3,
  mrr: GOAL_MRR,
});
const readerMet = evaluate('reader set (2026-12-01, questions that want an answer)', READER_QUERIES, {
  successAt3: GOAL_SUCCESS_AT_3,
  mrr: GOAL_MRR,
});
if (!(frozenMet && readerMet) && process.env.EVAL_STRICT === '1') process.exitCode = 1;
