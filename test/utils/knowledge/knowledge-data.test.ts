import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerText, bundledKnowledge } from '@/utils/knowledge/knowledge';
import { checkIds, parseGeneTable } from '@/utils/knowledge/id-check';
import { READABILITY_LIMITS, median, readability } from '@/utils/knowledge/readability';
import { CATEGORIES } from '@/utils/knowledge/types';
import { normalize } from '@/utils/terms/normalize';
import { recognize } from '@/utils/terms/recognize';
import { buildTermIndex, lettersAndDigits, lookup, namesOf } from '@/utils/terms/term-index';

const { glossary, qa, termById, qaById } = bundledKnowledge();
const index = buildTermIndex(glossary);

/** Names that several entries answer to on purpose: a family name for its members. */
const SHARED_NAMES: Record<string, readonly string[]> = {
  'IL-28': ['il-28a', 'il-28b'],
  'IL-36': ['il-36-alpha', 'il-36-beta', 'il-36-gamma'],
};

/** What the glossary must cover, as the knowledge issue lists it. */
const COVERAGE = {
  'terms in the Q&A answers': [
    'il-2',
    'il-12',
    'ifn-gamma',
    'th1-cell',
    'nk-cell',
    'cytotoxic-t-lymphocyte',
    'innate-immunity',
    'adaptive-immunity',
    'cytokine',
    'chemokine',
    'autocrine',
    'paracrine',
    'chronic-inflammation',
    'apoptosis',
    'metastasis',
    'circulating-tumour-cell',
    'nfat',
    'retroviral-vector',
    't-cell-receptor',
    'heterodimer',
    'cachexia',
    'anaemia',
    'lymphopenia',
    'neutropenia',
    'hypoproteinaemia',
    'hypophosphataemia',
    'hypocalcaemia',
    'hepatotoxicity',
  ],
  'the IL-1 family': [
    'interleukin',
    'il-1-alpha',
    'il-1-beta',
    'il-1ra',
    'il-18',
    'il-33',
    'il-36-alpha',
    'il-36-beta',
    'il-36-gamma',
    'il-36ra',
    'il-37',
    'il-38',
  ],
  'IL-17A to F': ['il-17a', 'il-17b', 'il-17c', 'il-17d', 'il-25', 'il-17f'],
  'interferons and other cytokines': [
    'ifn-alpha',
    'ifn-beta',
    'ifn-gamma',
    'ifn-lambda',
    'tnf',
    'lymphotoxin',
    'trail',
    'tgf-beta',
    'g-csf',
    'gm-csf',
    'm-csf',
  ],
  'chemokines and receptors in tumours': [
    'ccl2',
    'ccl5',
    'ccl16',
    'ccl22',
    'cxcl9',
    'cxcl10',
    'cxcl12',
    'cxcr4',
  ],
  'immune cells and states': [
    'cd4-t-cell',
    'cd8-t-cell',
    'th1-cell',
    'th2-cell',
    'th17-cell',
    'regulatory-t-cell',
    'nk-cell',
    'macrophage',
    'tumour-associated-macrophage',
    'dendritic-cell',
    'mdsc',
    'b-cell',
    'neutrophil',
  ],
  processes: [
    'inflammation',
    'immunosurveillance',
    'immune-evasion',
    'angiogenesis',
    'tumour-microenvironment',
    'jak-stat-signalling',
  ],
  'therapies and their toxicities': [
    'aldesleukin',
    'high-dose-il-2',
    'interferon-alfa-therapy',
    'immune-checkpoint-inhibitor',
    'pd-1',
    'pd-l1',
    'ctla-4',
    'car-t-cell-therapy',
    'til-therapy',
    'cancer-vaccine',
    'oncolytic-virus',
    'cytokine-release-syndrome',
    'capillary-leak-syndrome',
  ],
  // Issue 13: what readers of cancer-immunology papers meet.
  'immune cells as papers write them (issue 13)': [
    't-cell',
    'b-cell',
    'lymphocyte',
    'white-blood-cell',
    'pbmc',
    'thymocyte',
    'granulocyte',
    'platelet',
    'haematopoietic-stem-cell',
    'plasma-cell',
    'mast-cell',
    'basophil',
    'eosinophil',
    'nkt-cell',
    'gamma-delta-t-cell',
    'memory-t-cell',
    'naive-t-cell',
    'exhausted-t-cell',
    'tumour-infiltrating-lymphocyte',
    'follicular-helper-t-cell',
    'th9-cell',
    'th22-cell',
    'm1-macrophage',
    'm2-macrophage',
    'plasmacytoid-dendritic-cell',
    'cdc1',
    'cdc2',
    'innate-lymphoid-cell',
    'ilc1',
    'ilc2',
    'ilc3',
  ],
  'markers and receptors (issue 13)': [
    'cd3',
    'cd4',
    'cd8',
    'cd11b',
    'cd14',
    'cd16',
    'cd19',
    'cd20',
    'cd28',
    'cd33',
    'cd38',
    'cd40',
    'cd45',
    'cd47',
    'cd56',
    'cd69',
    'b7',
    '4-1bb',
    'ox40',
    'gitr',
    'icos',
    'foxp3',
    'pd-l2',
    'vista',
    'b7-h3',
    'b7-h4',
    'sirp-alpha',
    'nkg2d',
    'kir',
    'mhc',
    'beta-2-microglobulin',
    't-cell-receptor',
    'tcr-alpha-chain',
    'tcr-beta-chain',
    'cd3-zeta',
    'b-cell-receptor',
    'cd79a',
    'cd79b',
  ],
  'innate sensing and effector molecules (issue 13)': [
    'sting',
    'cgas',
    'toll-like-receptor',
    'tlr1',
    'tlr2',
    'tlr3',
    'tlr4',
    'tlr5',
    'tlr6',
    'tlr7',
    'tlr8',
    'tlr9',
    'tlr10',
    'rig-i',
    'mda5',
    'inflammasome',
    'nlrp3',
    'complement-system',
    'perforin',
    'granzyme',
    'adcc',
    'adcp',
    'complement-dependent-cytotoxicity',
  ],
  'suppressive pathways (issue 13)': [
    'adenosine',
    'cd39',
    'cd73',
    'a2a-receptor',
    'arginase-1',
    'ido1',
    'tdo',
    'prostaglandin-e2',
    'galectin',
  ],
  'signalling (issue 13)': [
    'jak1',
    'jak2',
    'jak3',
    'tyk2',
    'stat1',
    'stat2',
    'stat3',
    'stat4',
    'stat5',
    'stat6',
    'nf-kb',
    'mapk',
    'pi3k',
    'mtor',
    'socs',
  ],
  'growth factors read beside cytokines (issue 13)': [
    'tgf-alpha',
    'egf',
    'vegf',
    'fgf2',
    'pdgf',
    'hgf',
    'igf-1',
    'colony-stimulating-factor',
    'g-csf',
    'gm-csf',
    'm-csf',
  ],
  'biomarkers and response (issue 13)': [
    'tumour-mutational-burden',
    'msi-high',
    'mismatch-repair-deficiency',
    'tumour-proportion-score',
    'combined-positive-score',
    'recist',
    'irecist',
    'pseudoprogression',
    'hyperprogression',
    'objective-response-rate',
    'progression-free-survival',
    'overall-survival',
    'complete-response',
    'partial-response',
  ],
  'therapies by generic and brand name (issue 13)': [
    'pembrolizumab',
    'nivolumab',
    'cemiplimab',
    'dostarlimab',
    'retifanlimab',
    'toripalimab',
    'tislelizumab',
    'atezolizumab',
    'durvalumab',
    'avelumab',
    'cosibelimab',
    'ipilimumab',
    'tremelimumab',
    'relatlimab',
    'blinatumomab',
    'teclistamab',
    'tarlatamab',
    'tebentafusp',
    'tisagenlecleucel',
    'axicabtagene-ciloleucel',
    'brexucabtagene-autoleucel',
    'lisocabtagene-maraleucel',
    'idecabtagene-vicleucel',
    'ciltacabtagene-autoleucel',
    'obecabtagene-autoleucel',
    'car-nk-cell-therapy',
    'tcr-t-cell-therapy',
    'til-therapy',
    'oncolytic-virus',
    'cancer-vaccine',
    'interferon-alfa-therapy',
    'high-dose-il-2',
    'jak-inhibitor',
  ],
  'toxicities (issue 13)': [
    'hlh',
    'immune-related-colitis',
    'immune-related-pneumonitis',
    'immune-mediated-hepatitis',
    'immune-related-myocarditis',
    'immune-related-endocrinopathy',
    'icans',
    'cytokine-release-syndrome',
  ],
  'methods readers meet (issue 13)': [
    'flow-cytometry',
    'elisa',
    'elispot',
    'multiplex-immunoassay',
    'single-cell-rna-seq',
    'immunohistochemistry',
    'multiplex-immunofluorescence',
    'mass-cytometry',
  ],
  // end of issue 13
} as const;

// UniProt's documented accession format.
const UNIPROT_ACCESSION = /^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$/;

describe('bundled glossary', () => {
  it('has at least 600 entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(600);
  });

  it('uses each id once', () => {
    const seen = new Set<string>();
    const repeated = glossary
      .filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false)))
      .map((e) => e.id);
    expect(repeated).toEqual([]);
  });

  it.each(glossary.map((e) => [e.id, e] as const))('%s has every required field filled in', (_id, e) => {
    expect(e.name.trim(), 'name').not.toBe('');
    expect(e.summary.trim(), 'summary').not.toBe('');
    expect(e.explanation.trim(), 'explanation').not.toBe('');
    expect(Object.keys(CATEGORIES), 'category').toContain(e.category);
    expect(Array.isArray(e.aliases) && Array.isArray(e.related) && Array.isArray(e.qa), 'lists').toBe(true);
    expect(typeof e.refs, 'refs').toBe('object');
    expect(
      e.aliases.every((a) => a.trim() !== ''),
      'no empty alias',
    ).toBe(true);
  });

  it('gives every entry a one-sentence summary and a short explanation', () => {
    const long = glossary
      .filter((e) => e.summary.length > 240 || e.explanation.length > 1200)
      .map((e) => e.id);
    expect(long).toEqual([]);
  });

  it('writes summaries a patient can read (Flesch–Kincaid: median ≤ 9, none above 14)', () => {
    const grades = glossary.map((e) => ({ id: e.id, grade: readability(e.summary).grade }));
    expect(median(grades.map((g) => g.grade))).toBeLessThanOrEqual(READABILITY_LIMITS.medianGrade);
    expect(grades.filter((g) => g.grade > READABILITY_LIMITS.maxGrade)).toEqual([]);
  });

  it('writes identifiers in their registries’ formats', () => {
    const bad: string[] = [];
    for (const e of glossary) {
      const { hgncId, uniprot, ncit, mesh } = e.refs;
      if (hgncId && !/^HGNC:\d+(, HGNC:\d+)*$/.test(hgncId)) bad.push(`${e.id} hgncId ${hgncId}`);
      if (uniprot && !uniprot.split(', ').every((acc) => UNIPROT_ACCESSION.test(acc)))
        bad.push(`${e.id} uniprot ${uniprot}`);
      if (ncit && !/^C\d+$/.test(ncit)) bad.push(`${e.id} ncit ${ncit}`);
      if (mesh && !/^[DC]\d{6,9}$/.test(mesh)) bad.push(`${e.id} mesh ${mesh}`);
    }
    expect(bad).toEqual([]);
  });

  it('names genes and proteins as the vendored public gene table does (npm run check:ids)', () => {
    const table = parseGeneTable(readFileSync('test/fixtures/reference/human-genes.tsv', 'utf8'));
    const { checked, problems } = checkIds(glossary, table);
    expect(problems).toEqual([]);
    expect(checked.hgncSymbol).toBeGreaterThan(100);
  });

  it('resolves every related entry and related question', () => {
    const broken = glossary.flatMap((e) => [
      ...e.related.filter((id) => !termById.has(id) || id === e.id).map((id) => `${e.id} → term ${id}`),
      ...e.qa.filter((id) => !qaById.has(id)).map((id) => `${e.id} → qa ${id}`),
    ]);
    expect(broken).toEqual([]);
  });

  it('lets no name or alias belong to two entries, except the deliberately shared ones', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of glossary)
      for (const name of namesOf(e)) {
        const key = normalize(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    const shared = new Map(
      Object.entries(SHARED_NAMES).map(([name, ids]) => [normalize(name), [...ids].sort()]),
    );
    const clashes = [...owners]
      .filter(
        ([key, ids]) => ids.size > 1 && JSON.stringify([...ids].sort()) !== JSON.stringify(shared.get(key)),
      )
      .map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('declares rules only for its own names, each with a case', () => {
    const bad = glossary.flatMap((e) =>
      Object.entries(e.rules ?? {})
        .filter(([name, rule]) => !namesOf(e).includes(name) || !['exact', 'any'].includes(rule.case))
        .map(([name]) => `${e.id}: ${name}`),
    );
    expect(bad).toEqual([]);
  });

  it.each(Object.entries(SHARED_NAMES))('answers the shared name %s with all its members', (name, ids) => {
    expect([...lookup(index, name)].sort()).toEqual([...ids].sort());
  });

  it.each(Object.entries(COVERAGE))('covers %s', (_group, ids) => {
    expect(ids.filter((id) => !termById.has(id))).toEqual([]);
  });

  it.each(Array.from({ length: 40 }, (_, i) => `IL-${i + 2}`))('has an entry for %s', (name) => {
    expect(lookup(index, name).length).toBeGreaterThan(0);
  });

  it('gives every name of 4 letters and digits or fewer a case rule (contract 1)', () => {
    const missing = glossary.flatMap((e) =>
      namesOf(e)
        .filter((name) => lettersAndDigits(name).length <= 4 && !e.rules?.[name])
        .map((name) => `${e.id}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('keys every rule by a name the entry has, as written', () => {
    const stray = glossary.flatMap((e) =>
      Object.keys(e.rules ?? {})
        .filter((name) => !namesOf(e).includes(name))
        .map((name) => `${e.id}: ${name}`),
    );
    expect(stray).toEqual([]);
  });

  it('writes each rule as { case: "exact" | "any", context?: boolean }', () => {
    const bad = glossary.flatMap((e) =>
      Object.entries(e.rules ?? {})
        .filter(
          ([, r]) =>
            !['exact', 'any'].includes(r.case) ||
            (r.context !== undefined && typeof r.context !== 'boolean') ||
            Object.keys(r).some((k) => k !== 'case' && k !== 'context'),
        )
        .map(([name]) => `${e.id}: ${name}`),
    );
    expect(bad).toEqual([]);
  });

  it('files IL-8 under CXCL8 too', () => {
    expect(lookup(index, 'CXCL8')).toEqual(lookup(index, 'IL-8'));
  });
});

describe('bundled Q&A', () => {
  it('holds the 12 questions of the seed, each once', () => {
    expect(qa).toHaveLength(12);
    expect(new Set(qa.map((q) => q.id)).size).toBe(12);
    expect(new Set(qa.map((q) => q.question)).size).toBe(12);
  });

  it('keeps the structure of the seed: the IL-2 list and the table with its header row', () => {
    const il2 = qaById.get('how-interleukins-work')!;
    expect(il2.answer.find((b) => b.type === 'list')).toMatchObject({
      items: expect.arrayContaining([expect.any(String)]),
    });
    const table = qaById.get('cancers-release-cytokines')!.answer.find((b) => b.type === 'table');
    expect(table).toMatchObject({ header: ['Cancer type', 'Sample', '% Elevated'] });
    expect(table && table.type === 'table' ? table.rows : []).toHaveLength(4);
  });

  it('drops the page chrome, dangling figures and citation marks of the capture', () => {
    const all = qa.map((q) => q.question + ' ' + answerText(q)).join('\n');
    expect(all).not.toMatch(/Begin typing|Back To Top|Fig\. 1|\[\d+\]/);
  });

  it('marks the answer the source cut off as an excerpt', () => {
    expect(qaById.get('can-cytokines-cause-cancer')!.excerpt).toBe(true);
  });

  it('resolves every term a Q&A lists', () => {
    expect(
      qa.flatMap((q) => q.terms.filter((id) => !termById.has(id)).map((id) => `${q.id} → ${id}`)),
    ).toEqual([]);
  });

  it.each(qa.map((q) => [q.id, q] as const))('%s lists every glossary term its text uses', (_id, q) => {
    const text = q.question + '\n' + answerText(q);
    const used = new Set(recognize(index, text).flatMap((span) => span.ids));
    expect([...used].filter((id) => !q.terms.includes(id))).toEqual([]);
  });
});
