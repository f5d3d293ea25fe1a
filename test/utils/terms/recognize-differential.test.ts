/**
 * The recogniser's fast path (utils/terms/piece-table.ts: pieces as typed columns, a memo of words looked up by
 * their characters, a name met as one word read once) against the recogniser before it, kept frozen in ./reference:
 * the same spans, ids and context marks over the bench's biomedical text, the text of the 32 shared pages, and
 * text made to reach every branch of the scanner (Greek letters in context, soft hyphens, plurals of numbers,
 * spaced letters, long and colliding words, other scripts). docs/decisions/0013-recognition-fast-path.md.
 */
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { canonAt, scanTable, releaseTable } from '@/utils/terms/piece-table';
import { scanPieces } from '@/utils/terms/pieces';
import { isWholeTokens, recognize, recognizeByWindows } from '@/utils/terms/recognize';
import { buildTermIndex, namesOf, restoreTermIndex, serializeTermIndex } from '@/utils/terms/term-index';
import { biomedicalText, SHARED_PAGES_DIR, sharedPagesText } from '../../bench/corpus';
import { seededRandom } from '../../support/seeded-random';
import { isWholeTokens as referenceIsWholeTokens, recognize as reference } from './reference/recognize';
import { scanPieces as referenceScanPieces } from './reference/pieces';

const glossary = bundledKnowledge().glossary;
const index = buildTermIndex(glossary);

/** The first span where the two recognisers part, or null: a readable failure instead of a 25,000-row diff. */
function firstDifference(text: string, withNotTerms: boolean): string | null {
  const ours = recognize(index, text, withNotTerms);
  const theirs = reference(index, text, withNotTerms);
  const n = Math.max(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const a = JSON.stringify(ours[i]);
    const b = JSON.stringify(theirs[i]);
    if (a !== b) {
      const at = (ours[i] ?? theirs[i])!.start;
      return `span ${i}: fast ${a}, reference ${b}, near ${JSON.stringify(text.slice(at - 40, at + 40))}`;
    }
  }
  return null;
}

function expectSame(text: string): void {
  expect(firstDifference(text, false)).toBeNull();
  expect(firstDifference(text, true)).toBeNull();
  // Deep equality too: the same object shape (no needsContext key where the reference has none).
  expect(recognize(index, text, true)).toStrictEqual(reference(index, text, true));
}

/** The fast scanner's columns for `sample`, as the object scanner's pieces. */
function tablePieces(sample: string) {
  const t = scanTable(sample, index.trie);
  const pieces = Array.from({ length: t.count }, (_, i) => ({
    start: t.start[i],
    end: t.end[i],
    kind: t.kind[i],
    join: t.join[i],
    canon: canonAt(t, i),
  }));
  releaseTable(t);
  return pieces;
}

/** Text that exercises the scanner's context rules, many times over in varied surroundings. */
const TRICKY = [
  'IFN-g and IFNg, TNFa, TGF-b1, TGFb, IL-1b, IL-1a, IL-36a/b/g, IL-1l, NF-kB, NF-k B, NFkB, nf kb, NF-κB.',
  'ILC2s, CD8s, Th17s, CD4hi, CD8lo, PD-1high, IL-10KO, IL-6mRNA, IFN-α2b, IL-2-induced, CD8-positive T cells.',
  'I L 1 2, IL 12, IL12, IL-12, interleukin 12, Interleukin-12 (IL-12), IL‑12, IL–12, IL—12, IL\u221212, IL\uFF0D12.',
  'Inter\u00ADleukin-6, inter\u200Bferon gamma, INTRON® A, Keytruda™, PGE₂, CD8⁺ T cells, ɣδ T cells, TGF-ß.',
  'PD-1–PD-L1 axis, CCL2-CCR2, IL-6–STAT3, CCR4-NOT, TRAIL-R2, B7-H3, HLA-DR, CTLA-4-Ig, MIG-6, IL6R, IL6ST.',
  'signal transduction, Tropic of Cancer, Ilyushin Il-28, TAM receptor tyrosine kinase, hay fever, DC Comics.',
  'tumours, haematopoietic, oedema, polarisation, leucocytes, metastases, interleukins, interferons, viruses.',
  'ＩＬ－１２ and ｉｆｎ γ, Ω, µ, ΑΒΓ, Ιl-2, IL-2 كذلك, 白细胞介素-2, IL-2 😀 IL-12, e\u0301, \uD83D, \uDC00 IL-2.',
  'IL-6- and IL-8-producing, IFN-γ-ELISpot, IL-12-and IL-18-stimulated, anti-IL-6 receptor, high-dose IL-2.',
  'CAR T-cell therapy, CAR-T, NK cells, DCs, TCRs, CTLs, ICIs, TILs, CRS, ICANS, BiTEs, mAbs, MDSCs, Tregs.',
  'the cells    secrete IL-2 --- IL-2 -- x, IL-2\n\nIL-2\tIL-2, (IL-2), [12] IL-2, IL-2.IL-2;IL-2/IL-15.',
];

describe('the fast recogniser against the reference', () => {
  it('reads pieces exactly as the object scanner does', () => {
    const text = [...TRICKY, biomedicalText(50_000)].join(' ');
    for (const sample of [text, ...TRICKY, 'x'.repeat(40) + ' IL-2 ' + 'y'.repeat(33), '', ' ', 's', '2s']) {
      const pieces = tablePieces(sample);
      expect(pieces).toEqual(referenceScanPieces(sample));
      expect(pieces).toEqual(scanPieces(sample));
    }
  });

  it('reads a word of any length as the object scanner does, whatever ends it (the scanner reads ASCII letters apart)', () => {
    const ends = [
      '',
      ' ',
      '-',
      '.',
      '1',
      '12s',
      'é',
      'éa',
      '\u00AD',
      '\u00ADcd',
      '\u200Bcd',
      'γ',
      'ж',
      'Ж',
      '😀',
      '\uD83D',
    ];
    for (let length = 1; length <= 34; length++) {
      const word = 'InterleukinsCytokineTumourHaemaXyz'.slice(0, length);
      for (const end of ends)
        for (const sample of [
          word + end,
          'IL ' + word + end + ' cells',
          end + word,
          'é' + word + end + 'T',
        ]) {
          expect(tablePieces(sample), JSON.stringify(sample)).toEqual(scanPieces(sample));
          expect(recognize(index, sample, true)).toStrictEqual(reference(index, sample, true));
        }
    }
  });

  it('finds the same spans in the bench text (1 MB of glossary explanations and answers)', () => {
    expectSame(biomedicalText(1_000_000));
  });

  it('finds the same spans in the text of the 32 shared pages', () => {
    const pages = sharedPagesText();
    if (pages === null) throw new Error(`no shared pages at ${SHARED_PAGES_DIR}: set SHARED_PAGES_DIR`);
    expect(pages.length).toBeGreaterThan(500_000);
    expectSame(pages);
  });

  it('finds the same spans in text made to reach every branch of the scanner', () => {
    const random = seededRandom(0x5eed);
    const names = glossary.flatMap(namesOf);
    const words = [
      ...TRICKY.join(' ').split(/(\s+)/),
      ...names,
      '-',
      '–',
      ' ',
      '  ',
      '(',
      ')',
      ',',
      's',
      'a',
      'b',
    ];
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 400);
      for (let i = 0; i < length; i++) {
        const w = words[Math.floor(random() * words.length)]!;
        const r = random();
        // Same words in other cases and joins: the memo must not hand one spelling's reading to another.
        text += r < 0.15 ? w.toUpperCase() : r < 0.3 ? w.toLowerCase() : w;
        text += random() < 0.5 ? ' ' : random() < 0.5 ? '-' : '';
      }
      expectSame(text);
    }
  });

  it('stays exact when a flood of distinct words overwrites the word memo', () => {
    const random = seededRandom(99);
    const letters = () =>
      Array.from({ length: 2 + Math.floor(random() * 30) }, () =>
        String.fromCharCode(97 + Math.floor(random() * 26)),
      ).join('');
    // 200,000 distinct words (far more than the memo's slots), then real text: stale slots must never match.
    const flood = Array.from({ length: 200_000 }, letters).join(' ');
    expectSame(flood.slice(0, 300_000));
    expectSame(flood + ' ' + biomedicalText(100_000));
    expectSame(TRICKY.join(' '));
  });

  it('stays exact when made-up spellings of names of a few words overwrite the remembered readings', () => {
    const random = seededRandom(0xca5e);
    // Names of two to four pieces (T cells, IL-12, PD-L1, CD8+ T cells), each letter's case drawn at random: far
    // more distinct runs of words than the places that remember how a run reads, so places are taken over.
    const names = glossary
      .flatMap(namesOf)
      .filter((n) => /^\S+([ -]\S+){1,3}$/.test(n) || /[a-z]-?\d/i.test(n));
    expect(names.length).toBeGreaterThan(200);
    const spell = (name: string) =>
      Array.from(name, (c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
    const flood = Array.from({ length: 30_000 }, () =>
      spell(names[Math.floor(random() * names.length)]!),
    ).join('. ');
    expectSame(flood);
    expectSame(flood + ' ' + biomedicalText(100_000));
  });

  it('finds the same spans whatever the size of the window it reads the text in', () => {
    // recognize reads a window of pieces at a time and slides it to the last hard join; small windows put a window's
    // edge at every kind of place: inside a name, before the piece that ends one, after a hyphen, between plurals.
    const random = seededRandom(0x3d);
    const names = glossary.flatMap(namesOf);
    const trickyWords = TRICKY.join(' ').split(' ');
    const pick = (from: string[]) => from[Math.floor(random() * from.length)]!;
    const randomText = () =>
      Array.from({ length: 300 }, () => {
        const w = random() < 0.5 ? pick(names) : pick(trickyWords);
        return w + (random() < 0.6 ? ' ' : random() < 0.5 ? '-' : ', ');
      }).join('');
    const texts = [
      TRICKY.join(' '),
      biomedicalText(30_000),
      randomText(),
      randomText(),
      // Names joined by single spaces: 2,592 pieces with 41 hard joins, one run of 712 pieces without one, so that
      // the small windows must widen to hold it.
      Array.from({ length: 1_000 }, (_, i) => names[i % names.length]!.replace(/[^A-Za-z0-9 -]/g, ' ')).join(
        ' ',
      ),
      'IL-2',
      '',
    ];
    for (const text of texts) {
      const theirs = reference(index, text, true);
      for (const pieces of [1, 2, 3, 5, 17, 64, 4096])
        expect(recognizeByWindows(index, text, true, pieces), `${pieces} pieces`).toStrictEqual(theirs);
      expect(recognizeByWindows(index, text, false, 3)).toStrictEqual(reference(index, text, false));
    }
  });

  it('answers isWholeTokens as the reference does for every span and its neighbours', () => {
    const text = TRICKY.join(' ') + ' ' + biomedicalText(4_000);
    const spans = reference(index, text, true);
    expect(spans.length).toBeGreaterThan(150);
    for (const { start, end } of spans)
      for (const [s, e] of [
        [start, end],
        [start - 1, end],
        [start, end + 1],
        [start + 1, end],
        [start, end - 1],
      ] as const)
        expect(isWholeTokens(index, text, s, e), `${s}-${e}`).toBe(referenceIsWholeTokens(index, text, s, e));
  });

  it('answers the same from a restored index, whose trie is made from the snapshot', () => {
    const restored = restoreTermIndex(structuredClone(serializeTermIndex(index)))!;
    const text = TRICKY.join(' ') + ' ' + biomedicalText(200_000);
    expect(recognize(restored, text, true)).toStrictEqual(reference(index, text, true));
  });
});
