/**
 * Search relevance evaluation set for the popup search.
 *
 * Query set frozen: 2026-11-27T22:43Z (UTC), written from assets/knowledge/glossary.json
 * and assets/knowledge/qa.json alone, before the search was run or its code read.
 *
 * Rule (from the issue): do not tune or edit these queries after seeing failures.
 * New queries may be ADDED (in a clearly dated group at the end); existing ones stay as they are.
 *
 * `expected` lists the acceptable result keys ("term:<glossary id>" or "qa:<qa id>");
 * any one of them in the results counts as a hit.
 */

export interface EvalQuery {
  query: string;
  expected: string[];
  note?: string;
}

function group(note: string, rows: ReadonlyArray<readonly [string, string[]]>): EvalQuery[] {
  return rows.map(([query, expected]) => ({ query, expected, note }));
}

export const QUERIES: ReadonlyArray<EvalQuery> = [
  ...group('abbreviation, as typed in any case, with or without hyphen/space', [
    ['il12', ['term:il-12']],
    ['IL-12', ['term:il-12']],
    ['il 12', ['term:il-12']],
    ['IL12', ['term:il-12']],
    ['il2', ['term:il-2']],
    ['IL-6', ['term:il-6']],
    ['IL-1', ['term:il-1']],
    ['IL-17', ['term:il-17']],
    ['il-17a', ['term:il-17a']],
    ['tnf', ['term:tnf']],
    ['pd1', ['term:pd-1']],
    ['PD-L1', ['term:pd-l1']],
    ['pdl1', ['term:pd-l1']],
    ['ctla4', ['term:ctla-4']],
    ['car-t', ['term:car-t-cell-therapy']],
    ['CAR T', ['term:car-t-cell-therapy']],
    ['crs', ['term:cytokine-release-syndrome']],
    ['TME', ['term:tumour-microenvironment']],
    ['gm-csf', ['term:gm-csf']],
    ['MDSC', ['term:mdsc']],
    ['Treg', ['term:regulatory-t-cell']],
    ['NK', ['term:nk-cell']],
    ['irAE', ['term:immune-related-adverse-event']],
    ['CTC', ['term:circulating-tumour-cell', 'qa:circulating-tumour-cell']],
    ['BCG', ['term:bcg-therapy']],
    ['CD8', ['term:cd8', 'term:cd8-t-cell']],
    ['CXCL10', ['term:cxcl10']],
  ]),

  ...group('alias / synonym / subunit or gene symbol a researcher would type', [
    ['IL-12p70', ['term:il-12']],
    ['IL12B', ['term:il-12']],
    ['CD25', ['term:il-2-receptor']],
    ['IP-10', ['term:cxcl10']],
    ['RANTES', ['term:ccl5']],
    ['IL-1Ra', ['term:il-1ra']],
    ['cytokine storm', ['term:cytokine-release-syndrome']],
    ['killer T cells', ['term:cytotoxic-t-lymphocyte']],
    ['helper T cell', ['term:cd4-t-cell']],
    ['checkpoint blockade', ['term:immune-checkpoint-inhibitor']],
    ['M2 macrophage', ['term:macrophage-polarisation', 'term:tumour-associated-macrophage']],
    ['type 2 interferon', ['term:ifn-gamma']],
    ['type I interferon', ['term:type-i-interferon']],
    ['T cell exhaustion', ['term:t-cell-exhaustion']],
  ]),

  ...group('full name', [
    ['interleukin 12', ['term:il-12', 'qa:role-of-il-12']],
    ['interleukin-2', ['term:il-2']],
    ['interferon gamma', ['term:ifn-gamma']],
    ['tumour necrosis factor', ['term:tnf']],
    ['tumor necrosis factor alpha', ['term:tnf']],
    ['programmed cell death protein 1', ['term:pd-1']],
    ['transforming growth factor beta', ['term:tgf-beta']],
    ['natural killer cell', ['term:nk-cell']],
    ['cytokine release syndrome', ['term:cytokine-release-syndrome']],
    ['myeloid derived suppressor cells', ['term:mdsc']],
    ['chimeric antigen receptor', ['term:car-t-cell-therapy']],
  ]),

  ...group('doubled form: full name followed by abbreviation, as copied from papers', [
    ['Interleukin-12 (IL-12)', ['term:il-12']],
    ['interleukin 12 il-12', ['term:il-12']],
    ['Interferon gamma (IFN-γ)', ['term:ifn-gamma']],
    ['Tumour necrosis factor (TNF)', ['term:tnf']],
    ['programmed death-ligand 1 (PD-L1)', ['term:pd-l1']],
  ]),

  ...group('typo / misspelling', [
    ['cytokiens', ['term:cytokine']],
    ['interlukin 2', ['term:il-2']],
    ['neutropnia', ['term:neutropenia']],
    ['pembrolizumb', ['term:pembrolizumab']],
    ['macrophge', ['term:macrophage']],
    ['interferron', ['term:interferon']],
    ['metastisis', ['term:metastasis']],
    ['lymphocite', ['term:lymphocyte']],
    ['nivolumub', ['term:nivolumab']],
    ['thrombocytopinea', ['term:thrombocytopenia']],
    ['apoptosys', ['term:apoptosis']],
    ['immunotheraphy', ['term:immunotherapy']],
    ['melonoma', ['term:melanoma']],
  ]),

  ...group('British / American spelling', [
    ['tumour microenvironment', ['term:tumour-microenvironment']],
    ['tumor microenvironment', ['term:tumour-microenvironment']],
    ['anaemia', ['term:anaemia']],
    ['anemia', ['term:anaemia']],
    ['haematologic toxicity', ['term:haematologic-toxicity']],
    ['hematologic toxicity', ['term:haematologic-toxicity']],
    ['leukemia', ['term:leukaemia']],
    ['hematopoiesis', ['term:haematopoiesis']],
    ['tumor associated macrophages', ['term:tumour-associated-macrophage']],
    ['JAK-STAT signaling', ['term:jak-stat-signalling']],
    ['hypocalcemia', ['term:hypocalcaemia']],
    ['hypophosphatemia', ['term:hypophosphataemia']],
    ['macrophage polarization', ['term:macrophage-polarisation']],
    ['tumor', ['term:tumour']],
  ]),

  ...group('Greek letter written as symbol, word, or gene-symbol letter', [
    ['IFN-γ', ['term:ifn-gamma']],
    ['IFN-gamma', ['term:ifn-gamma']],
    ['ifng', ['term:ifn-gamma']],
    ['IFN γ', ['term:ifn-gamma']],
    ['TGF-β', ['term:tgf-beta']],
    ['TGF beta', ['term:tgf-beta']],
    ['tgfb', ['term:tgf-beta']],
    ['IL-1β', ['term:il-1-beta']],
    ['IL-1 beta', ['term:il-1-beta']],
    ['TNF-α', ['term:tnf']],
    ['TNF alpha', ['term:tnf']],
    ['NF-κB', ['term:nf-kb']],
    ['nfkb', ['term:nf-kb']],
    ['NF kappa B', ['term:nf-kb']],
    ['IFN-α', ['term:ifn-alpha']],
    ['γδ T cells', ['term:gamma-delta-t-cell']],
    ['MIP-1α', ['term:ccl3']],
    ['IL-36γ', ['term:il-36-gamma']],
  ]),

  ...group('plural', [
    ['cytokines', ['term:cytokine']],
    ['NK cells', ['term:nk-cell']],
    ['interleukins', ['term:interleukin']],
    ['chemokines', ['term:chemokine']],
    ['macrophages', ['term:macrophage']],
    ['dendritic cells', ['term:dendritic-cell']],
    ['regulatory T cells', ['term:regulatory-t-cell']],
    ['checkpoint inhibitors', ['term:immune-checkpoint-inhibitor']],
    ['interferons', ['term:interferon']],
    ['neoantigens', ['term:neoantigen']],
    ['CD8+ T cells', ['term:cd8-t-cell']],
    ['TAMs', ['term:tumour-associated-macrophage']],
  ]),

  ...group('brand name', [
    ['Keytruda', ['term:pembrolizumab']],
    ['Proleukin', ['term:aldesleukin']],
    ['Opdivo', ['term:nivolumab']],
    ['Yervoy', ['term:ipilimumab']],
    ['Actemra', ['term:tocilizumab']],
    ['Imlygic', ['term:talimogene-laherparepvec']],
    ['Tecentriq', ['term:atezolizumab']],
    ['Intron A', ['term:interferon-alfa-therapy']],
    ['keytruda side effects', ['term:pembrolizumab', 'term:immune-related-adverse-event']],
  ]),

  ...group('question or lay phrase in plain words (patients, nurses, students)', [
    ['what does il-12 do', ['qa:role-of-il-12', 'term:il-12']],
    ['can cytokines cause cancer', ['qa:can-cytokines-cause-cancer']],
    ['side effects of IL-12', ['qa:il-12-side-effects']],
    ['il12 side effects', ['qa:il-12-side-effects']],
    ['which cancers release cytokines', ['qa:cancers-release-cytokines']],
    ['how do interleukins work in cancer', ['qa:how-interleukins-work']],
    ['what is a circulating tumour cell', ['term:circulating-tumour-cell', 'qa:circulating-tumour-cell']],
    ['are cytokines good or bad', ['qa:cytokines-good-or-bad']],
    ['do cancer cells produce interleukins', ['qa:cancer-cells-make-interleukins']],
    ['il-12 immunotherapy', ['qa:il-12-immunotherapy', 'term:il-12']],
    ['how is il-12 secreted', ['qa:il-12-secretion']],
    ['what are cytokines', ['term:cytokine', 'qa:cytokines-in-cancer']],
    ['role of interleukins in cancer', ['qa:role-of-interleukins', 'qa:how-interleukins-work']],
    ['what is cytokine storm', ['term:cytokine-release-syndrome']],
    ['what is the tumor microenvironment', ['term:tumour-microenvironment']],
    ['does IL-12 cause anemia', ['qa:il-12-side-effects', 'term:anaemia']],
    ['low neutrophil count', ['term:neutropenia']],
    ['low blood pressure', ['term:hypotension']],
    ['liver toxicity', ['term:hepatotoxicity']],
    ['kidney cancer', ['term:renal-cell-carcinoma']],
    ['bowel cancer', ['term:colorectal-cancer']],
    ['cancer of circulating blood cells', ['qa:circulating-tumour-cell', 'term:circulating-tumour-cell']],
    ['what is pd-l1', ['term:pd-l1']],
    ['how does keytruda work', ['term:pembrolizumab']],
    ['what is CAR T cell therapy', ['term:car-t-cell-therapy']],
    ['interleukin 2 for melanoma', ['term:high-dose-il-2', 'term:il-2', 'term:aldesleukin']],
    ['IL-6 blocker for CRS', ['term:tocilizumab']],
  ]),

  ...group('partial prefix while the user is still typing', [
    ['interleu', ['term:interleukin']],
    ['cytok', ['term:cytokine']],
    ['pembro', ['term:pembrolizumab']],
    ['neutrop', ['term:neutropenia']],
    ['ipili', ['term:ipilimumab']],
    ['macroph', ['term:macrophage']],
    ['tocili', ['term:tocilizumab']],
    ['immunoth', ['term:immunotherapy']],
    ['interf', ['term:interferon']],
    ['metast', ['term:metastasis']],
    ['apopt', ['term:apoptosis']],
    ['car t', ['term:car-t-cell-therapy']],
  ]),
];
