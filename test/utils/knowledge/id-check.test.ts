import { describe, expect, it } from 'vitest';
import { checkIds, parseGeneTable } from '@/utils/knowledge/id-check';
import type { GlossaryEntry } from '@/utils/knowledge/types';

const table = parseGeneTable(
  [
    '# test table',
    'entrez\tsymbol\tuniprot',
    '3558\tIL2\tP60568,Q0GK43',
    '3592\tIL12A\tP29459',
    '3593\tIL12B\tP29460',
    '6774\tSTAT3\tP40763',
  ].join('\n'),
);

function entry(id: string, refs: GlossaryEntry['refs']): GlossaryEntry {
  return {
    id,
    name: id,
    aliases: [],
    category: 'molecule',
    summary: '',
    explanation: '',
    related: [],
    qa: [],
    refs,
  };
}

describe('identifier check', () => {
  it('accepts symbols and accessions that the table pairs, one by one for a two-gene entry', () => {
    const result = checkIds(
      [
        entry('il-2', { hgncSymbol: 'IL2', hgncId: 'HGNC:6001', uniprot: 'P60568' }),
        entry('il-12', {
          hgncSymbol: 'IL12A, IL12B',
          hgncId: 'HGNC:5969, HGNC:5970',
          uniprot: 'P29459, P29460',
        }),
        entry('interleukin', { mesh: 'D007378' }),
      ],
      table,
    );
    expect(result.problems).toEqual([]);
    expect(result.checked).toEqual({ hgncSymbol: 3, uniprot: 3 });
    expect(result.declaredUnchecked).toEqual({ hgncId: 3, mesh: 1, ncit: 0 });
  });

  it('reports an unknown symbol, an accession of another gene, swapped accessions and unpaired ids', () => {
    const { problems } = checkIds(
      [
        entry('a', { hgncSymbol: 'IL1F10', hgncId: 'HGNC:15552' }),
        entry('b', { hgncSymbol: 'IL2', hgncId: 'HGNC:6001', uniprot: 'P40763' }),
        entry('c', { hgncSymbol: 'IL12A, IL12B', hgncId: 'HGNC:5969, HGNC:5970', uniprot: 'P29460, P29459' }),
        entry('d', { hgncSymbol: 'STAT3, IL2', hgncId: 'HGNC:11364', uniprot: 'P40763' }),
        entry('e', { uniprot: 'Q99999' }),
      ],
      table,
    );
    expect(problems).toEqual([
      'a: IL1F10 is not an official human gene symbol',
      'b: UniProt P40763 belongs to STAT3, not IL2',
      'c: UniProt P29460 belongs to IL12B, not IL12A',
      'c: UniProt P29459 belongs to IL12A, not IL12B',
      'd: 1 HGNC ids for 2 symbols',
      'e: UniProt Q99999 is mapped to no human protein-coding gene',
    ]);
  });

  it('accepts a symbol without an HGNC id (left empty rather than guessed)', () => {
    expect(checkIds([entry('stat3', { hgncSymbol: 'STAT3', uniprot: 'P40763' })], table).problems).toEqual(
      [],
    );
  });

  it('reports a symbol that carries two HGNC ids across entries', () => {
    const { problems } = checkIds(
      [
        entry('il-12', { hgncSymbol: 'IL12B', hgncId: 'HGNC:5970' }),
        entry('il-23', { hgncSymbol: 'IL12B', hgncId: 'HGNC:5971' }),
      ],
      table,
    );
    expect(problems).toEqual(['il-23: IL12B is HGNC:5971 here but HGNC:5970 elsewhere']);
  });
});
