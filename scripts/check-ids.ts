/**
 * `npm run check:ids`: checks every HGNC symbol and UniProt accession in the glossary against the vendored
 * gene table (test/fixtures/reference/human-genes.tsv, made by scripts/make-gene-table.py), prints how many
 * ids were checked and which kinds could not be, and fails on any mismatch. The rules: utils/knowledge/id-check.ts.
 */
import { readFileSync } from 'node:fs';
import type { GlossaryEntry } from '../utils/knowledge/types';
import { checkIds, parseGeneTable } from '../utils/knowledge/id-check';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const glossary = JSON.parse(read('../assets/knowledge/glossary.json')) as GlossaryEntry[];
const table = parseGeneTable(read('../test/fixtures/reference/human-genes.tsv'));
const { checked, declaredUnchecked, problems } = checkIds(glossary, table);

console.log(`reference: ${table.source}`);
console.log(`entries: ${glossary.length}`);
console.log(`checked: ${checked.hgncSymbol} HGNC symbols, ${checked.uniprot} UniProt accessions`);
console.log(
  `declared but not checkable offline (format only): ${declaredUnchecked.hgncId} HGNC ids, ` +
    `${declaredUnchecked.mesh} MeSH ids, ${declaredUnchecked.ncit} NCIt codes`,
);
console.log(problems.length ? `\n${problems.length} mismatches:\n${problems.join('\n')}` : 'no mismatches');
if (problems.length) process.exitCode = 1;
