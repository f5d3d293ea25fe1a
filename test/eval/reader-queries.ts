/**
 * Second search evaluation set: what readers type when they want an answer, not a name.
 *
 * Query set frozen: 2026-12-01T10:05Z (UTC), written from assets/knowledge/qa.json (and the glossary for the few
 * term rows) as a reader would ask, in their own words, before the ranking of issue #14 was written. Questions
 * in several phrasings, a topic plus a facet, facet synonyms, words found only in an answer, misspellings, lower
 * case without punctuation.
 *
 * Rule: add rows in a new dated group at the end, never edit or remove these. They are a measurement, not a
 * specification: the ranking must never read them (it is also measured on reader queries nobody has seen).
 *
 * `expected` lists the acceptable result keys ("qa:<qa id>" or "term:<glossary id>"); the first of them found in
 * the results counts.
 */
import type { EvalQuery } from './queries';

function group(note: string, rows: ReadonlyArray<readonly [string, string[]]>): EvalQuery[] {
  return rows.map(([query, expected]) => ({ query, expected, note }));
}

const CTC = ['qa:circulating-tumour-cell', 'term:circulating-tumour-cell'];

export const READER_QUERIES: ReadonlyArray<EvalQuery> = [
  ...group('2026-12-01 question in a reader’s own words', [
    ['how does interleukin 2 fight cancer', ['qa:how-interleukins-work']],
    ['how does IL-2 kill cancer cells', ['qa:how-interleukins-work']],
    ['how do interleukins attack cancer cells', ['qa:how-interleukins-work', 'qa:role-of-interleukins']],
    ['is IL-12 safe', ['qa:il-12-side-effects']],
    ['is interleukin 12 dangerous', ['qa:il-12-side-effects']],
    ['what harm can il 12 do', ['qa:il-12-side-effects']],
    ['does il-12 damage the liver', ['qa:il-12-side-effects']],
    ['can IL-12 lower white blood cell counts', ['qa:il-12-side-effects']],
    ['what is IL-12 for', ['qa:role-of-il-12']],
    ['what does IL-12 do in the immune system', ['qa:role-of-il-12']],
    ['does IL-12 activate NK cells', ['qa:role-of-il-12', 'qa:il-12-immunotherapy']],
    ['do cytokines cause cancer', ['qa:can-cytokines-cause-cancer']],
    ['can inflammation cause cancer', ['qa:can-cytokines-cause-cancer']],
    ['can too many cytokines lead to tumours', ['qa:can-cytokines-cause-cancer']],
    ['what do cytokines do in cancer', ['qa:cytokines-in-cancer', 'qa:cytokines-good-or-bad']],
    ['how do cytokines help the body fight cancer', ['qa:cytokines-in-cancer', 'qa:cytokines-good-or-bad']],
    ['do tumours make interleukins', ['qa:cancer-cells-make-interleukins']],
    ['why do tumours make interleukins', ['qa:cancer-cells-make-interleukins']],
    ['can a tumor produce its own interleukins', ['qa:cancer-cells-make-interleukins']],
    ['do cancer cells secrete interleukins', ['qa:cancer-cells-make-interleukins']],
    ['which cancers have high cytokine levels', ['qa:cancers-release-cytokines']],
    ['what tumours release cytokines into the blood', ['qa:cancers-release-cytokines']],
    ['are cytokines good for cancer', ['qa:cytokines-good-or-bad']],
    ['do cytokines help or hurt tumours', ['qa:cytokines-good-or-bad']],
    ['do cytokines stop cancer spreading', ['qa:cytokines-good-or-bad']],
    ['what are cancer cells in the blood called', CTC],
    ['tumor cells that travel in the bloodstream', CTC],
    ['can il12 be used to treat cancer', ['qa:il-12-immunotherapy']],
    ['why is IL-12 a good candidate for immunotherapy', ['qa:il-12-immunotherapy']],
    ['how do cancer cells release il-12', ['qa:il-12-secretion']],
    ['how do tumor cells produce IL-12', ['qa:il-12-secretion']],
    ['what role do interleukins play in cancer', ['qa:role-of-interleukins']],
    ['why are interleukins important in cancer', ['qa:role-of-interleukins']],
    ['what do interleukins do', ['qa:role-of-interleukins', 'qa:how-interleukins-work']],
    ['how does il-2 work', ['qa:how-interleukins-work']],
  ]),

  ...group('2026-12-01 topic plus facet, as keywords', [
    ['IL-12 toxicity', ['qa:il-12-side-effects']],
    ['adverse effects of interleukin-12', ['qa:il-12-side-effects']],
    ['risks of IL-12 treatment', ['qa:il-12-side-effects']],
    ['function of interleukin 12', ['qa:role-of-il-12']],
    ['how does il12 work', ['qa:role-of-il-12', 'qa:il-12-immunotherapy']],
    ['cytokines cancer risk', ['qa:can-cytokines-cause-cancer']],
    ['is cytokine production linked to cancer', ['qa:can-cytokines-cause-cancer']],
    ['role of cytokines in cancer', ['qa:cytokines-in-cancer', 'qa:cytokines-good-or-bad']],
    ['interleukins produced by cancer cells', ['qa:cancer-cells-make-interleukins']],
    ['cytokine levels in ovarian cancer', ['qa:cancers-release-cytokines']],
    ['elevated cytokines breast cancer', ['qa:cancers-release-cytokines']],
    ['which cancer types secrete cytokines', ['qa:cancers-release-cytokines']],
    ['cytokines helpful or harmful', ['qa:cytokines-good-or-bad']],
    ['pro tumour or anti tumour cytokines', ['qa:cytokines-good-or-bad']],
    ['cytokines benefit or harm in cancer', ['qa:cytokines-good-or-bad']],
    ['IL-12 as a cancer treatment', ['qa:il-12-immunotherapy']],
    ['interleukin 12 therapy for tumours', ['qa:il-12-immunotherapy']],
    ['il-12 cancer drug', ['qa:il-12-immunotherapy']],
    ['il 12 production by metastatic cells', ['qa:il-12-secretion']],
    ['interleukins function cancer', ['qa:role-of-interleukins']],
    ['il2 mechanism against cancer', ['qa:how-interleukins-work']],
    ['circulating tumor cells meaning', CTC],
  ]),

  ...group('2026-12-01 words found only in an answer', [
    ['il12 anemia', ['qa:il-12-side-effects']],
    ['il 12 cachexia', ['qa:il-12-side-effects']],
    ['hypocalcemia interleukin 12', ['qa:il-12-side-effects']],
    ['il-12 ifn gamma', ['qa:role-of-il-12']],
    ['il12 th1 differentiation', ['qa:role-of-il-12']],
    ['IL-12 link between innate and adaptive immunity', ['qa:role-of-il-12', 'qa:il-12-immunotherapy']],
    ['autocrine paracrine cytokines', ['qa:can-cytokines-cause-cancer']],
    ['chronic inflammation and cancer', ['qa:can-cytokines-cause-cancer']],
    ['cytokines make abnormal cells die', ['qa:cytokines-in-cancer']],
    ['cytokines and blood cell growth', ['qa:cytokines-in-cancer']],
    ['interleukin signalling tumour growth', ['qa:cancer-cells-make-interleukins']],
    ['oncogenic interleukin signaling', ['qa:cancer-cells-make-interleukins']],
    ['cytokines raised in lung cancer serum', ['qa:cancers-release-cytokines']],
    ['endometrial cancer cytokines', ['qa:cancers-release-cytokines']],
    ['can cytokines promote tumour growth', ['qa:cytokines-good-or-bad', 'qa:can-cytokines-cause-cancer']],
    ['cells shed from a primary tumour into the blood', CTC],
    ['il-12 gene retroviral vector', ['qa:il-12-secretion']],
    ['engineered cells secreting interleukin 12', ['qa:il-12-secretion']],
    ['NFAT promoter IL-12', ['qa:il-12-secretion']],
    ['interleukins communication between immune cells', ['qa:role-of-interleukins']],
    ['interleukin 2 stimulates white blood cells', ['qa:how-interleukins-work']],
  ]),

  ...group('2026-12-01 misspelt', [
    ['interlukin 12 side efects', ['qa:il-12-side-effects']],
    ['il-12 side affects', ['qa:il-12-side-effects']],
    ['cytokins good or bad', ['qa:cytokines-good-or-bad']],
    ['whats the role of interleukin 12', ['qa:role-of-il-12']],
    ['can cancer cels make interleukins', ['qa:cancer-cells-make-interleukins']],
    ['circulating tumour cels', CTC],
    ['imunotherapy with il-12', ['qa:il-12-immunotherapy']],
    ['cytokine levles in cancer', ['qa:cancers-release-cytokines']],
    ['do cytokines cuase cancer', ['qa:can-cytokines-cause-cancer']],
    ['how do interleukins wrok in cancer', ['qa:how-interleukins-work']],
  ]),

  ...group('2026-12-01 lower case, no punctuation', [
    ['what are the side effects of il 12', ['qa:il-12-side-effects']],
    ['is il 12 toxic', ['qa:il-12-side-effects']],
    ['what does interleukin 12 do', ['qa:role-of-il-12']],
    ['are cytokines bad for you', ['qa:cytokines-good-or-bad']],
    [
      'where do cancer cytokines come from',
      ['qa:cancers-release-cytokines', 'qa:cancer-cells-make-interleukins'],
    ],
  ]),

  ...group('2026-12-01 a term, asked in plain words', [
    ['lymphopenia', ['term:lymphopenia']],
    ['what is lymphopenia', ['term:lymphopenia']],
    ['interleukin 2', ['term:il-2']],
    ['IL2', ['term:il-2']],
    ['th1 cells', ['term:th1-cell']],
    ['what is a heterodimer', ['term:heterodimer']],
    ['nk cells meaning', ['term:nk-cell']],
    ['define cachexia', ['term:cachexia']],
  ]),
];
