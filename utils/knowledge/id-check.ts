/**
 * Checks the glossary's gene and protein identifiers against a vendored public table
 * (test/fixtures/reference/human-genes.tsv: NCBI Entrez Gene's human protein-coding genes with their official
 * symbols and UniProt accessions, from Bioconductor org.Hs.eg.db; see scripts/make-gene-table.py).
 *
 * Checked: every HGNC symbol is a current official symbol; every UniProt accession belongs to the entry's gene
 * (to the gene at the same place in the list when the entry names several). Not checkable offline, so only
 * counted: HGNC ids (no public table of them was obtainable; when given, one per symbol, and a symbol must
 * carry the same id in every entry that names it), MeSH ids and NCIt
 * codes (their formats are enforced by the data test).
 */
import type { GlossaryEntry } from './types';

export interface GeneTable {
  /** Official symbol → UniProt accessions mapped to that gene. */
  readonly uniprotBySymbol: ReadonlyMap<string, ReadonlySet<string>>;
  /** UniProt accession → the symbols of the genes it is mapped to. */
  readonly symbolsByUniprot: ReadonlyMap<string, readonly string[]>;
  readonly source: string;
}

export interface IdCheck {
  checked: { hgncSymbol: number; uniprot: number };
  declaredUnchecked: { hgncId: number; mesh: number; ncit: number };
  problems: string[];
}

export function parseGeneTable(tsv: string): GeneTable {
  const uniprotBySymbol = new Map<string, Set<string>>();
  const symbolsByUniprot = new Map<string, string[]>();
  const source: string[] = [];
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#')) {
      source.push(line.slice(1).trim());
      continue;
    }
    const [entrez, symbol, uniprot] = line.split('\t');
    if (!symbol || entrez === 'entrez') continue;
    const accs = new Set((uniprot ?? '').split(',').filter(Boolean));
    uniprotBySymbol.set(symbol, accs);
    for (const acc of accs) symbolsByUniprot.set(acc, [...(symbolsByUniprot.get(acc) ?? []), symbol]);
  }
  return { uniprotBySymbol, symbolsByUniprot, source: source.join(' ') };
}

const list = (value: string | undefined): string[] =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export function checkIds(glossary: readonly GlossaryEntry[], table: GeneTable): IdCheck {
  const result: IdCheck = {
    checked: { hgncSymbol: 0, uniprot: 0 },
    declaredUnchecked: { hgncId: 0, mesh: 0, ncit: 0 },
    problems: [],
  };
  // HGNC ids cannot be looked up offline, but one symbol must carry one id wherever it appears.
  const idBySymbol = new Map<string, string>();
  const symbolById = new Map<string, string>();
  for (const e of glossary) {
    const symbols = list(e.refs.hgncSymbol);
    const hgncIds = list(e.refs.hgncId);
    const accs = list(e.refs.uniprot);
    for (const symbol of symbols) {
      result.checked.hgncSymbol++;
      if (!table.uniprotBySymbol.has(symbol))
        result.problems.push(`${e.id}: ${symbol} is not an official human gene symbol`);
    }
    if (hgncIds.length > 0 && hgncIds.length !== symbols.length)
      result.problems.push(`${e.id}: ${hgncIds.length} HGNC ids for ${symbols.length} symbols`);
    accs.forEach((acc, i) => {
      result.checked.uniprot++;
      const owners = table.symbolsByUniprot.get(acc);
      if (!owners) {
        result.problems.push(`${e.id}: UniProt ${acc} is mapped to no human protein-coding gene`);
        return;
      }
      const expected = symbols.length === accs.length ? [symbols[i]!] : symbols;
      if (expected.length > 0 && !owners.some((s) => expected.includes(s)))
        result.problems.push(
          `${e.id}: UniProt ${acc} belongs to ${owners.join('/')}, not ${expected.join('/')}`,
        );
    });
    symbols.forEach((symbol, i) => {
      const id = hgncIds[i];
      if (!id) return;
      const seenId = idBySymbol.get(symbol);
      const seenSymbol = symbolById.get(id);
      if (seenId && seenId !== id)
        result.problems.push(`${e.id}: ${symbol} is ${id} here but ${seenId} elsewhere`);
      if (seenSymbol && seenSymbol !== symbol)
        result.problems.push(`${e.id}: ${id} is ${symbol} here but ${seenSymbol} elsewhere`);
      idBySymbol.set(symbol, id);
      symbolById.set(id, symbol);
    });
    result.declaredUnchecked.hgncId += hgncIds.length;
    if (e.refs.mesh) result.declaredUnchecked.mesh++;
    if (e.refs.ncit) result.declaredUnchecked.ncit++;
  }
  return result;
}
