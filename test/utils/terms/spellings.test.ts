import { describe, expect, it } from 'vitest';
import glossaryJson from '@/assets/knowledge/glossary.json';
import type { GlossaryEntry } from '@/utils/knowledge/types';
import { normalize } from '@/utils/terms/normalize';
import { recognize } from '@/utils/terms/recognize';
import { buildTermIndex, lookup } from '@/utils/terms/term-index';
import { widenSelection } from '../../support/widen-selection';

/**
 * How papers, news pages and drug leaflets really write the names in the glossary. Each row is one spelling
 * seen in biomedical text and the glossary entry a reader selecting it means. The table is written from the
 * literature, not from the normaliser: a row that fails points at the normaliser or at a missing alias.
 */

const glossary = glossaryJson as GlossaryEntry[];
const index = buildTermIndex(glossary);

// Control characters, and dashes and spaces that look like ASCII, are shown by code point in a test name.
function show(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const hidden =
      cp < 0x20 ||
      cp === 0xa0 ||
      cp === 0xad ||
      (cp >= 0x2000 && cp <= 0x206f) ||
      cp === 0x2212 ||
      cp === 0xfeff;
    out += hidden ? `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>` : ch;
  }
  return out;
}

type Row = readonly [spelling: string, id: string];

const SPELLINGS: readonly Row[] = [
  // ── interleukin ────────────────────────────────────────────────────────────
  ['interleukins', 'interleukin'],
  ['Interleukins', 'interleukin'],
  ['interleukin family', 'interleukin'],
  ['IL-1', 'il-1'],
  ['interleukin-1', 'il-1'],
  ['Interleukin 1', 'il-1'],
  ['IL-1α', 'il-1-alpha'],
  ['IL-1alpha', 'il-1-alpha'],
  ['IL-1a', 'il-1-alpha'],
  ['IL1A', 'il-1-alpha'],
  ['interleukin-1α', 'il-1-alpha'],
  ['interleukin 1 alpha', 'il-1-alpha'],
  ['IL-1β', 'il-1-beta'],
  ['IL-1beta', 'il-1-beta'],
  ['IL-1 beta', 'il-1-beta'],
  ['IL1B', 'il-1-beta'],
  ['IL-1b', 'il-1-beta'],
  ['IL1β', 'il-1-beta'],
  ['interleukin-1β', 'il-1-beta'],
  ['Interleukin-1 beta (IL-1β)', 'il-1-beta'],
  ['IL-1Ra', 'il-1ra'],
  ['IL-1RA', 'il-1ra'],
  ['IL1RN', 'il-1ra'],
  ['IL-1 receptor antagonist', 'il-1ra'],
  ['interleukin-1 receptor antagonist', 'il-1ra'],
  ['IL-2', 'il-2'],
  ['IL2', 'il-2'],
  ['IL 2', 'il-2'],
  ['interleukin 2', 'il-2'],
  ['Interleukin-2 (IL-2)', 'il-2'],
  ['IL-2’s', 'il-2'],
  ["IL-2's", 'il-2'],
  ['T-cell growth factor', 'il-2'],
  ['IL-3', 'il-3'],
  ['interleukin (IL)-4', 'il-4'],
  ['IL-4', 'il-4'],
  ['IL4', 'il-4'],
  ['IL-5', 'il-5'],
  ['IL-6', 'il-6'],
  ['IL6', 'il-6'],
  ['interleukin 6', 'il-6'],
  ['Interleukin\u20116', 'il-6'],
  ['IL-6’s', 'il-6'],
  ['IL-7', 'il-7'],
  ['IL-8', 'il-8'],
  ['IL8', 'il-8'],
  ['CXCL8', 'il-8'],
  ['interleukin-8 (IL-8)', 'il-8'],
  ['IL-9', 'il-9'],
  ['IL-10', 'il-10'],
  ['IL10', 'il-10'],
  ['IL 10', 'il-10'],
  ['interleukin-10', 'il-10'],
  ['IL-11', 'il-11'],
  ['IL-12', 'il-12'],
  ['IL12', 'il-12'],
  ['IL 12', 'il-12'],
  ['IL\u201112', 'il-12'],
  ['IL\u201012', 'il-12'],
  ['IL\u201312', 'il-12'],
  ['IL\u00a012', 'il-12'],
  ['interleukin 12', 'il-12'],
  ['Interleukin-12', 'il-12'],
  ['Interleukin-12 (IL-12)', 'il-12'],
  ['Inter\u00adleukin-12', 'il-12'],
  ['IL-12p70', 'il-12'],
  ['IL-12 p70', 'il-12'],
  ['IL-12p40', 'il-12'],
  ['IL12B', 'il-12'],
  ['IL-12.', 'il-12'],
  [' IL-12 ', 'il-12'],
  ['IL-13', 'il-13'],
  ['IL-15', 'il-15'],
  ['IL15', 'il-15'],
  ['interleukin-15', 'il-15'],
  ['IL-17', 'il-17'],
  ['IL-17A', 'il-17a'],
  ['IL17A', 'il-17a'],
  ['IL-17F', 'il-17f'],
  ['IL-18', 'il-18'],
  ['interleukin-18', 'il-18'],
  ['interferon-gamma-inducing factor', 'il-18'],
  ['IL-21', 'il-21'],
  ['IL-22', 'il-22'],
  ['IL-23', 'il-23'],
  ['IL-23p19', 'il-23'],
  ['IL-27', 'il-27'],
  ['IL-28A', 'il-28a'],
  ['IL28A', 'il-28a'],
  ['IFN-λ2', 'il-28a'],
  ['IL-29', 'il-29'],
  ['IFN-λ1', 'il-29'],
  ['IFNL1', 'il-29'],
  ['IL-33', 'il-33'],
  ['IL-35', 'il-35'],
  ['IL-36γ', 'il-36-gamma'],
  ['IL-36gamma', 'il-36-gamma'],
  ['IL36G', 'il-36-gamma'],
  ['IL-37', 'il-37'],
  ['IL-2R', 'il-2-receptor'],
  ['IL-2 receptor', 'il-2-receptor'],
  ['IL-2Rα', 'il-2-receptor'],
  ['CD25', 'il-2-receptor'],
  ['CD122', 'il-2-receptor'],
  ['γc', 'common-gamma-chain'],
  ['common γ chain', 'common-gamma-chain'],
  ['common gamma chain', 'common-gamma-chain'],
  ['common γ-chain', 'common-gamma-chain'],
  ['CD132', 'common-gamma-chain'],
  ['single-chain IL-12', 'single-chain-il-12'],
  ['scIL-12', 'single-chain-il-12'],

  // ── interferon ─────────────────────────────────────────────────────────────
  ['interferon', 'interferon'],
  ['interferons', 'interferon'],
  ['IFN', 'interferon'],
  ['IFNs', 'interferon'],
  ['type I interferon', 'type-i-interferon'],
  ['type I interferons', 'type-i-interferon'],
  ['type I IFN', 'type-i-interferon'],
  ['type 1 IFN', 'type-i-interferon'],
  ['IFN-I', 'type-i-interferon'],
  ['IFN-α', 'ifn-alpha'],
  ['IFNα', 'ifn-alpha'],
  ['IFN-alpha', 'ifn-alpha'],
  ['IFN-a', 'ifn-alpha'],
  ['interferon-α', 'ifn-alpha'],
  ['interferon alpha', 'ifn-alpha'],
  ['IFN-β', 'ifn-beta'],
  ['IFNβ', 'ifn-beta'],
  ['IFN-beta', 'ifn-beta'],
  ['interferon-β', 'ifn-beta'],
  ['interferon beta', 'ifn-beta'],
  ['IFN-γ', 'ifn-gamma'],
  ['IFN-gamma', 'ifn-gamma'],
  ['IFNγ', 'ifn-gamma'],
  ['IFN-g', 'ifn-gamma'],
  ['IFNg', 'ifn-gamma'],
  ['IFN gamma', 'ifn-gamma'],
  ['IFNG', 'ifn-gamma'],
  ['interferon-γ', 'ifn-gamma'],
  ['interferon gamma', 'ifn-gamma'],
  ['Interferon-gamma', 'ifn-gamma'],
  ['interferon-γ (IFN-γ)', 'ifn-gamma'],
  ['IFN\u2010γ', 'ifn-gamma'],
  ['IFN-ɣ', 'ifn-gamma'],
  ['type II interferon', 'ifn-gamma'],
  ['type II IFN', 'ifn-gamma'],
  ['IFN-λ', 'ifn-lambda'],
  ['IFN-lambda', 'ifn-lambda'],
  ['interferon lambda', 'ifn-lambda'],
  ['type III interferons', 'ifn-lambda'],

  // ── cytokine ───────────────────────────────────────────────────────────────
  ['cytokine', 'cytokine'],
  ['cytokines', 'cytokine'],
  ['Cytokines.', 'cytokine'],
  ['CYTOKINES', 'cytokine'],
  ['cyto\u00adkines', 'cytokine'],
  ['growth factors', 'growth-factor'],
  ['TNF', 'tnf'],
  ['TNF-α', 'tnf'],
  ['TNFα', 'tnf'],
  ['TNF-alpha', 'tnf'],
  ['TNF alpha', 'tnf'],
  ['TNF-a', 'tnf'],
  ['TNFa', 'tnf'],
  ['tumour necrosis factor', 'tnf'],
  ['tumor necrosis factor', 'tnf'],
  ['tumor necrosis factor alpha', 'tnf'],
  ['tumor necrosis factor-α', 'tnf'],
  ['Tumour Necrosis Factor-alpha (TNF-α)', 'tnf'],
  ['cachectin', 'tnf'],
  ['lymphotoxin', 'lymphotoxin'],
  ['lymphotoxin-α', 'lymphotoxin'],
  ['LT-α', 'lymphotoxin'],
  ['LTα', 'lymphotoxin'],
  ['TNF-β', 'lymphotoxin'],
  ['TRAIL', 'trail'],
  ['TNF-related apoptosis-inducing ligand', 'trail'],
  ['Apo2L', 'trail'],
  ['CD253', 'trail'],
  ['TGF-β', 'tgf-beta'],
  ['TGFβ', 'tgf-beta'],
  ['TGF-beta', 'tgf-beta'],
  ['TGF-b', 'tgf-beta'],
  ['TGF-β1', 'tgf-beta'],
  ['TGFβ1', 'tgf-beta'],
  ['TGFbeta1', 'tgf-beta'],
  ['TGF-beta1', 'tgf-beta'],
  ['TGFB1', 'tgf-beta'],
  ['transforming growth factor-β', 'tgf-beta'],
  ['transforming growth factor beta', 'tgf-beta'],
  ['Transforming growth factor-beta 1', 'tgf-beta'],
  ['G-CSF', 'g-csf'],
  ['GCSF', 'g-csf'],
  ['granulocyte colony-stimulating factor', 'g-csf'],
  ['granulocyte colony stimulating factor', 'g-csf'],
  ['GM-CSF', 'gm-csf'],
  ['GMCSF', 'gm-csf'],
  ['granulocyte-macrophage colony-stimulating factor', 'gm-csf'],
  ['granulocyte macrophage colony stimulating factor', 'gm-csf'],
  ['M-CSF', 'm-csf'],
  ['CSF-1', 'm-csf'],
  ['macrophage colony-stimulating factor', 'm-csf'],
  ['Flt3L', 'flt3-ligand'],
  ['Flt3 ligand', 'flt3-ligand'],
  ['FLT3 ligand', 'flt3-ligand'],
  ['Flt3-ligand', 'flt3-ligand'],
  ['VEGF', 'vegf'],
  ['VEGF-A', 'vegf'],
  ['VEGFA', 'vegf'],
  ['vascular endothelial growth factor', 'vegf'],

  // ── chemokine ──────────────────────────────────────────────────────────────
  ['chemokine', 'chemokine'],
  ['chemokines', 'chemokine'],
  ['CCL2', 'ccl2'],
  ['MCP-1', 'ccl2'],
  ['MCP1', 'ccl2'],
  ['monocyte chemoattractant protein-1', 'ccl2'],
  ['monocyte chemoattractant protein 1 (MCP-1)', 'ccl2'],
  ['chemokine (C-C motif) ligand 2', 'ccl2'],
  ['CCL3', 'ccl3'],
  ['MIP-1α', 'ccl3'],
  ['MIP-1alpha', 'ccl3'],
  ['CCL4', 'ccl4'],
  ['MIP-1β', 'ccl4'],
  ['CCL5', 'ccl5'],
  ['RANTES', 'ccl5'],
  ['CCL17', 'ccl17'],
  ['TARC', 'ccl17'],
  ['CCL19', 'ccl19'],
  ['CCL21', 'ccl21'],
  ['CCL22', 'ccl22'],
  ['CXCL1', 'cxcl1'],
  ['GRO-α', 'cxcl1'],
  ['GROα', 'cxcl1'],
  ['CXCL9', 'cxcl9'],
  ['MIG', 'cxcl9'],
  ['CXCL10', 'cxcl10'],
  ['IP-10', 'cxcl10'],
  ['IP10', 'cxcl10'],
  ['CXCL11', 'cxcl11'],
  ['I-TAC', 'cxcl11'],
  ['CXCL12', 'cxcl12'],
  ['SDF-1', 'cxcl12'],
  ['SDF1', 'cxcl12'],
  ['SDF-1α', 'cxcl12'],
  ['stromal cell-derived factor-1', 'cxcl12'],
  ['CXCL13', 'cxcl13'],
  ['CX3CL1', 'cx3cl1'],
  ['fractalkine', 'cx3cl1'],
  ['CXCR2', 'cxcr2'],
  ['CXCR3', 'cxcr3'],
  ['CXCR4', 'cxcr4'],
  ['CCR4', 'ccr4'],
  ['CCR5', 'ccr5'],
  ['CCR7', 'ccr7'],

  // ── molecule ───────────────────────────────────────────────────────────────
  ['JAK-STAT signalling', 'jak-stat-signalling'],
  ['JAK-STAT signaling', 'jak-stat-signalling'],
  ['JAK\u2013STAT signalling', 'jak-stat-signalling'],
  ['JAK-STAT pathway', 'jak-stat-signalling'],
  ['JAK/STAT pathway', 'jak-stat-signalling'],
  ['JAK/STAT signaling', 'jak-stat-signalling'],
  ['JAK1', 'jak1'],
  ['JAK2', 'jak2'],
  ['Janus kinase 2', 'jak2'],
  ['STAT1', 'stat1'],
  ['STAT3', 'stat3'],
  ['STAT4', 'stat4'],
  ['STAT5', 'stat5'],
  ['STAT5A', 'stat5'],
  ['NF-κB', 'nf-kb'],
  ['NF-kB', 'nf-kb'],
  ['NFkB', 'nf-kb'],
  ['NF-kappaB', 'nf-kb'],
  ['NF-kappa B', 'nf-kb'],
  ['NFκB', 'nf-kb'],
  ['nuclear factor kappa B', 'nf-kb'],
  ['nuclear factor-κB', 'nf-kb'],
  ['nuclear factor-kappaB (NF-kappaB)', 'nf-kb'],
  ['NF-κB p65', 'nf-kb'],
  ['NFAT', 'nfat'],
  ['NFATc1', 'nfat'],
  ['PD-1', 'pd-1'],
  ['PD1', 'pd-1'],
  ['CD279', 'pd-1'],
  ['PDCD1', 'pd-1'],
  ['programmed cell death protein 1', 'pd-1'],
  ['programmed death-1', 'pd-1'],
  ['Programmed cell death protein 1 (PD-1)', 'pd-1'],
  ['PD-L1', 'pd-l1'],
  ['PDL1', 'pd-l1'],
  ['PD-L1’s', 'pd-l1'],
  ['CD274', 'pd-l1'],
  ['B7-H1', 'pd-l1'],
  ['programmed death-ligand 1', 'pd-l1'],
  ['programmed death ligand 1', 'pd-l1'],
  ['programmed cell death ligand 1 (PD-L1)', 'pd-l1'],
  ['CTLA-4', 'ctla-4'],
  ['CTLA4', 'ctla-4'],
  ['CD152', 'ctla-4'],
  ['cytotoxic T-lymphocyte-associated protein 4', 'ctla-4'],
  ['cytotoxic T-lymphocyte antigen-4', 'ctla-4'],
  ['cytotoxic T lymphocyte-associated antigen 4', 'ctla-4'],
  ['LAG-3', 'lag-3'],
  ['LAG3', 'lag-3'],
  ['CD223', 'lag-3'],
  ['TIM-3', 'tim-3'],
  ['TIM3', 'tim-3'],
  ['Tim-3', 'tim-3'],
  ['HAVCR2', 'tim-3'],
  ['TIGIT', 'tigit'],
  ['CD28', 'cd28'],
  ['CD80', 'b7'],
  ['CD86', 'b7'],
  ['B7-1', 'b7'],
  ['MHC', 'mhc'],
  ['MHC class I', 'mhc'],
  ['MHC class II', 'mhc'],
  ['MHC-I', 'mhc'],
  ['HLA', 'mhc'],
  ['HLA class I', 'mhc'],
  ['human leukocyte antigen', 'mhc'],
  ['human leucocyte antigen', 'mhc'],
  ['perforin', 'perforin'],
  ['granzyme B', 'granzyme'],
  ['granzymes', 'granzyme'],
  ['GZMB', 'granzyme'],
  ['FasL', 'fas-ligand'],
  ['Fas ligand', 'fas-ligand'],
  ['CD95L', 'fas-ligand'],
  ['IDO', 'ido1'],
  ['IDO1', 'ido1'],
  ['IDO-1', 'ido1'],
  ['indoleamine 2,3-dioxygenase 1', 'ido1'],
  ['indoleamine 2,3-dioxygenase', 'ido1'],
  ['ARG1', 'arginase-1'],
  ['Arg1', 'arginase-1'],
  ['arginase-1', 'arginase-1'],
  ['arginase I', 'arginase-1'],
  ['PGE2', 'prostaglandin-e2'],
  ['PGE₂', 'prostaglandin-e2'],
  ['prostaglandin E2', 'prostaglandin-e2'],
  ['prostaglandin E₂', 'prostaglandin-e2'],
  ['CD3', 'cd3'],
  ['CD3ε', 'cd3'],
  ['CD4', 'cd4'],
  ['CD8', 'cd8'],
  ['CD8α', 'cd8'],
  ['cytokine receptors', 'cytokine-receptor'],
  ['receptors', 'receptor'],
  ['heterodimers', 'heterodimer'],
  ['heterodimeric', 'heterodimer'],
  ['antibodies', 'antibody'],
  ['immunoglobulins', 'antibody'],
  ['T-cell receptor', 't-cell-receptor'],
  ['T cell receptor', 't-cell-receptor'],
  ['TCR', 't-cell-receptor'],
  ['TCRs', 't-cell-receptor'],

  // ── cell ───────────────────────────────────────────────────────────────────
  ['leukocytes', 'white-blood-cell'],
  ['leucocytes', 'white-blood-cell'],
  ['white blood cells', 'white-blood-cell'],
  ['WBCs', 'white-blood-cell'],
  ['lymphocytes', 'lymphocyte'],
  ['T cells', 't-cell'],
  ['T-cells', 't-cell'],
  ['T cell', 't-cell'],
  ['T lymphocytes', 't-cell'],
  ['T-lymphocytes', 't-cell'],
  ['CD4+ T cells', 'cd4-t-cell'],
  ['CD4⁺ T cells', 'cd4-t-cell'],
  ['CD4 T cells', 'cd4-t-cell'],
  ['helper T cells', 'cd4-t-cell'],
  ['T helper cells', 'cd4-t-cell'],
  ['CD8+ T cells', 'cd8-t-cell'],
  ['CD8⁺ T cells', 'cd8-t-cell'],
  ['CD8 T cells', 'cd8-t-cell'],
  ['CTLs', 'cytotoxic-t-lymphocyte'],
  ['cytotoxic T lymphocytes', 'cytotoxic-t-lymphocyte'],
  ['cytotoxic T cells', 'cytotoxic-t-lymphocyte'],
  ['killer T cells', 'cytotoxic-t-lymphocyte'],
  ['Th1', 'th1-cell'],
  ['TH1', 'th1-cell'],
  ['Th1 cells', 'th1-cell'],
  ['T helper 1 (TH1) cells', 'th1-cell'],
  ['type 1 helper T cells', 'th1-cell'],
  ['Th2 cells', 'th2-cell'],
  ['Th17 cells', 'th17-cell'],
  ['TH17', 'th17-cell'],
  ['Tfh cells', 'follicular-helper-t-cell'],
  ['T follicular helper (Tfh) cells', 'follicular-helper-t-cell'],
  ['Tregs', 'regulatory-t-cell'],
  ['Treg cells', 'regulatory-t-cell'],
  ['regulatory T cells', 'regulatory-t-cell'],
  ['regulatory T cells (Tregs)', 'regulatory-t-cell'],
  ['memory T cells', 'memory-t-cell'],
  ['NK cells', 'nk-cell'],
  ['NK cell', 'nk-cell'],
  ['NK-cells', 'nk-cell'],
  ['natural killer cells', 'nk-cell'],
  ['natural killer (NK) cells', 'nk-cell'],
  ['NKT cells', 'nkt-cell'],
  ['iNKT cells', 'nkt-cell'],
  ['natural killer T cells', 'nkt-cell'],
  ['γδ T cells', 'gamma-delta-t-cell'],
  ['γδ T-cells', 'gamma-delta-t-cell'],
  ['gamma delta T cells', 'gamma-delta-t-cell'],
  ['gammadelta T cells', 'gamma-delta-t-cell'],
  ['ILCs', 'innate-lymphoid-cell'],
  ['ILC2s', 'ilc2'],
  ['innate lymphoid cells', 'innate-lymphoid-cell'],
  ['B cells', 'b-cell'],
  ['B-cells', 'b-cell'],
  ['B lymphocytes', 'b-cell'],
  ['plasma cells', 'plasma-cell'],
  ['macrophages', 'macrophage'],
  ['TAMs', 'tumour-associated-macrophage'],
  ['tumor-associated macrophages', 'tumour-associated-macrophage'],
  ['tumour-associated macrophages (TAMs)', 'tumour-associated-macrophage'],
  ['dendritic cells', 'dendritic-cell'],
  ['DCs', 'dendritic-cell'],
  ['dendritic cells (DCs)', 'dendritic-cell'],
  ['MDSCs', 'mdsc'],
  ['myeloid-derived suppressor cells', 'mdsc'],
  ['myeloid derived suppressor cells (MDSCs)', 'mdsc'],
  ['neutrophils', 'neutrophil'],
  ['PMNs', 'neutrophil'],
  ['monocytes', 'monocyte'],
  ['eosinophils', 'eosinophil'],
  ['basophils', 'basophil'],
  ['mast cells', 'mast-cell'],
  ['APCs', 'antigen-presenting-cell'],
  ['antigen-presenting cells', 'antigen-presenting-cell'],
  ['antigen presenting cells', 'antigen-presenting-cell'],
  ['circulating tumour cells (CTCs)', 'circulating-tumour-cell'],
  ['circulating tumor cells', 'circulating-tumour-cell'],
  ['CTCs', 'circulating-tumour-cell'],
  ['cancer stem cells', 'cancer-stem-cell'],
  ['CSCs', 'cancer-stem-cell'],
  ['cancer stem-like cells', 'cancer-stem-cell'],

  // ── immunity ───────────────────────────────────────────────────────────────
  ['immune system', 'immune-system'],
  ['innate immunity', 'innate-immunity'],
  ['innate immune responses', 'innate-immunity'],
  ['adaptive immunity', 'adaptive-immunity'],
  ['acquired immunity', 'adaptive-immunity'],
  ['antigens', 'antigen'],
  ['antigen presentation', 'antigen-presentation'],
  ['cross-presentation', 'antigen-presentation'],
  ['tumor antigens', 'tumour-antigen'],
  ['tumour-associated antigens', 'tumour-antigen'],
  ['neoantigens', 'neoantigen'],
  ['neo-antigens', 'neoantigen'],
  ['T-cell exhaustion', 't-cell-exhaustion'],
  ['T cell exhaustion', 't-cell-exhaustion'],
  ['exhausted T cells', 'exhausted-t-cell'],
  ['inflammation', 'inflammation'],
  ['chronic inflammation', 'chronic-inflammation'],
  ['pro-inflammatory', 'pro-inflammatory'],
  ['proinflammatory', 'pro-inflammatory'],
  ['pro-inflammatory cytokines', 'pro-inflammatory'],
  ['proinflammatory cytokines', 'pro-inflammatory'],
  ['anti-inflammatory', 'anti-inflammatory'],
  ['immunosurveillance', 'immunosurveillance'],
  ['immune surveillance', 'immunosurveillance'],
  ['immunoediting', 'immunoediting'],
  ['cancer immunoediting', 'immunoediting'],
  ['immune evasion', 'immune-evasion'],
  ['immune escape', 'immune-evasion'],
  ['immune checkpoints', 'immune-checkpoint'],
  ['autocrine', 'autocrine'],
  ['autocrine signaling', 'autocrine'],
  ['paracrine', 'paracrine'],
  ['paracrine signalling', 'paracrine'],
  ['endocrine signaling', 'endocrine-signalling'],
  ['haematopoiesis', 'haematopoiesis'],
  ['hematopoiesis', 'haematopoiesis'],
  ['hemopoiesis', 'haematopoiesis'],
  ['bone marrow', 'bone-marrow'],
  ['lymph nodes', 'lymph-node'],
  ['lymphatics', 'lymphatic-system'],
  ['lymphatic system', 'lymphatic-system'],
  ['macrophage polarization', 'macrophage-polarisation'],
  ['macrophage polarisation', 'macrophage-polarisation'],
  ['M2 macrophages', 'm2-macrophage'],
  ['infections', 'infection'],
  ['tissue damage', 'tissue-damage'],

  // ── cancer-biology ─────────────────────────────────────────────────────────
  ['tumour', 'tumour'],
  ['tumor', 'tumour'],
  ['tumours', 'tumour'],
  ['tumors', 'tumour'],
  ['neoplasms', 'tumour'],
  ['neoplasia', 'tumour'],
  ['cancer', 'cancer'],
  ['cancers', 'cancer'],
  ['malignancy', 'cancer'],
  ['malignancies', 'cancer'],
  ['carcinogenesis', 'carcinogenesis'],
  ['tumorigenesis', 'carcinogenesis'],
  ['tumourigenesis', 'carcinogenesis'],
  ['oncogenes', 'oncogene'],
  ['proto-oncogene', 'oncogene'],
  ['tumor suppressor genes', 'tumour-suppressor-gene'],
  ['tumour suppressors', 'tumour-suppressor-gene'],
  ['angiogenesis', 'angiogenesis'],
  ['tumor angiogenesis', 'angiogenesis'],
  ['neovascularization', 'angiogenesis'],
  ['tumor microenvironment', 'tumour-microenvironment'],
  ['tumour microenvironment (TME)', 'tumour-microenvironment'],
  ['TME', 'tumour-microenvironment'],
  ['apoptosis', 'apoptosis'],
  ['programmed cell death', 'apoptosis'],
  ['metastasis', 'metastasis'],
  ['metastases', 'metastasis'],
  ['metastatic disease', 'metastasis'],
  ['invasion', 'invasion'],
  ['primary tumor', 'primary-tumour'],
  ['primary tumours', 'primary-tumour'],
  ['EMT', 'epithelial-mesenchymal-transition'],
  ['epithelial-mesenchymal transition', 'epithelial-mesenchymal-transition'],
  ['epithelial\u2013mesenchymal transition', 'epithelial-mesenchymal-transition'],
  ['epithelial-to-mesenchymal transition (EMT)', 'epithelial-mesenchymal-transition'],
  ['hypoxia', 'hypoxia'],
  ['tumor hypoxia', 'hypoxia'],
  ['tumor growth', 'tumour-growth'],

  // ── method ─────────────────────────────────────────────────────────────────
  ['retroviral vectors', 'retroviral-vector'],
  ['lentiviral vectors', 'retroviral-vector'],
  ['viral vectors', 'viral-vector'],
  ['AAV vectors', 'viral-vector'],
  ['transduction', 'transduction'],
  ['promoters', 'promoter'],
  ['inducible promoter', 'inducible-promoter'],
  ['NFAT-responsive promoter', 'inducible-promoter'],
  ['gene therapy', 'gene-therapy'],
  ['serum', 'serum'],
  ['biomarkers', 'biomarker'],
  ['tumor markers', 'biomarker'],
  ['immunohistochemistry', 'immunohistochemistry'],
  ['IHC', 'immunohistochemistry'],
  ['ELISA', 'elisa'],
  ['ELISAs', 'elisa'],
  ['enzyme-linked immunosorbent assay', 'elisa'],
  ['enzyme linked immunosorbent assay (ELISA)', 'elisa'],
  ['flow cytometry', 'flow-cytometry'],
  ['FACS analysis', 'flow-cytometry'],
  ['FACS', 'flow-cytometry'],

  // ── therapy ────────────────────────────────────────────────────────────────
  ['immunotherapy', 'immunotherapy'],
  ['immunotherapies', 'immunotherapy'],
  ['cancer immunotherapy', 'immunotherapy'],
  ['immuno-oncology', 'immunotherapy'],
  ['cytokine therapy', 'cytokine-therapy'],
  ['aldesleukin', 'aldesleukin'],
  ['Proleukin', 'aldesleukin'],
  ['PROLEUKIN®', 'aldesleukin'],
  ['rIL-2', 'aldesleukin'],
  ['recombinant IL-2', 'aldesleukin'],
  ['high-dose IL-2', 'high-dose-il-2'],
  ['high dose interleukin-2', 'high-dose-il-2'],
  ['HD IL-2', 'high-dose-il-2'],
  ['HD-IL-2', 'high-dose-il-2'],
  ['interferon alfa-2b', 'interferon-alfa-therapy'],
  ['IFN alfa-2b', 'interferon-alfa-therapy'],
  ['Intron A', 'interferon-alfa-therapy'],
  ['INTRON® A', 'interferon-alfa-therapy'],
  ['Roferon-A', 'interferon-alfa-therapy'],
  ['peginterferon alfa-2b', 'peginterferon-alfa'],
  ['Sylatron', 'peginterferon-alfa'],
  ['PegIntron', 'peginterferon-alfa'],
  ['checkpoint inhibitors', 'immune-checkpoint-inhibitor'],
  ['immune checkpoint inhibitors (ICIs)', 'immune-checkpoint-inhibitor'],
  ['ICIs', 'immune-checkpoint-inhibitor'],
  ['immune checkpoint blockade', 'immune-checkpoint-inhibitor'],
  ['pembrolizumab', 'pembrolizumab'],
  ['Pembrolizumab', 'pembrolizumab'],
  ['Keytruda', 'pembrolizumab'],
  ['KEYTRUDA®', 'pembrolizumab'],
  ['MK-3475', 'pembrolizumab'],
  ['nivolumab', 'nivolumab'],
  ['Opdivo', 'nivolumab'],
  ['OPDIVO®', 'nivolumab'],
  ['ipilimumab', 'ipilimumab'],
  ['Yervoy', 'ipilimumab'],
  ['atezolizumab', 'atezolizumab'],
  ['Tecentriq', 'atezolizumab'],
  ['monoclonal antibodies', 'monoclonal-antibody'],
  ['mAbs', 'monoclonal-antibody'],
  ['mAb', 'monoclonal-antibody'],
  ['adoptive cell therapy', 'adoptive-cell-therapy'],
  ['adoptive cell transfer', 'adoptive-cell-therapy'],
  ['adoptive T-cell therapy', 'adoptive-cell-therapy'],
  ['CAR T-cell therapy', 'car-t-cell-therapy'],
  ['CAR-T cell therapy', 'car-t-cell-therapy'],
  ['CAR T cell therapy', 'car-t-cell-therapy'],
  ['CAR T cells', 'car-t-cell-therapy'],
  ['CAR-T cells', 'car-t-cell-therapy'],
  ['CAR-T', 'car-t-cell-therapy'],
  ['chimeric antigen receptor T-cell therapy', 'car-t-cell-therapy'],
  ['chimeric antigen receptor (CAR) T-cell therapy', 'car-t-cell-therapy'],
  ['TIL therapy', 'til-therapy'],
  ['tumor-infiltrating lymphocyte therapy', 'til-therapy'],
  ['lifileucel', 'til-therapy'],
  ['Amtagvi', 'til-therapy'],
  ['TCR-T', 'tcr-t-cell-therapy'],
  ['TCR-T cell therapy', 'tcr-t-cell-therapy'],
  ['cancer vaccines', 'cancer-vaccine'],
  ['neoantigen vaccines', 'cancer-vaccine'],
  ['oncolytic virus', 'oncolytic-virus'],
  ['oncolytic viruses', 'oncolytic-virus'],
  ['virotherapy', 'oncolytic-virus'],
  ['T-VEC', 'talimogene-laherparepvec'],
  ['talimogene laherparepvec', 'talimogene-laherparepvec'],
  ['Imlygic', 'talimogene-laherparepvec'],
  ['BCG', 'bcg-therapy'],
  ['intravesical BCG', 'bcg-therapy'],
  ['bacillus Calmette-Guérin', 'bcg-therapy'],
  ['bacillus Calmette\u2013Guérin', 'bcg-therapy'],
  ['Bacillus Calmette-Guerin', 'bcg-therapy'],
  ['BiTE', 'bispecific-t-cell-engager'],
  ['BiTEs', 'bispecific-t-cell-engager'],
  ['bispecific T-cell engagers', 'bispecific-t-cell-engager'],
  ['T cell engagers', 'bispecific-t-cell-engager'],
  ['tocilizumab', 'tocilizumab'],
  ['Actemra', 'tocilizumab'],
  ['RoActemra', 'tocilizumab'],
  ['anakinra', 'anakinra'],
  ['Kineret', 'anakinra'],
  ['corticosteroids', 'corticosteroid'],
  ['glucocorticoids', 'corticosteroid'],

  // ── side-effect ────────────────────────────────────────────────────────────
  ['cytokine release syndrome', 'cytokine-release-syndrome'],
  ['cytokine release syndrome (CRS)', 'cytokine-release-syndrome'],
  ['CRS', 'cytokine-release-syndrome'],
  ['cytokine storm', 'cytokine-release-syndrome'],
  ['ICANS', 'icans'],
  ['immune effector cell-associated neurotoxicity syndrome', 'icans'],
  ['capillary leak syndrome', 'capillary-leak-syndrome'],
  ['vascular leak syndrome', 'capillary-leak-syndrome'],
  ['irAEs', 'immune-related-adverse-event'],
  ['immune-related adverse events', 'immune-related-adverse-event'],
  ['immune related adverse events (irAEs)', 'immune-related-adverse-event'],
  ['flu-like symptoms', 'flu-like-symptoms'],
  ['flu like symptoms', 'flu-like-symptoms'],
  ['fever', 'fever'],
  ['pyrexia', 'fever'],
  ['cachexia', 'cachexia'],
  ['cancer cachexia', 'cachexia'],
  ['anaemia', 'anaemia'],
  ['anemia', 'anaemia'],
  ['Anaemia', 'anaemia'],
  ['low hemoglobin', 'anaemia'],
  ['low haemoglobin', 'anaemia'],
  ['lymphopenia', 'lymphopenia'],
  ['lymphocytopenia', 'lymphopenia'],
  ['neutropenia', 'neutropenia'],
  ['thrombocytopenia', 'thrombocytopenia'],
  ['low platelet count', 'thrombocytopenia'],
  ['hematologic toxicity', 'haematologic-toxicity'],
  ['haematological toxicity', 'haematologic-toxicity'],
  ['hepatotoxicity', 'hepatotoxicity'],
  ['liver toxicity', 'hepatotoxicity'],
  ['DILI', 'hepatotoxicity'],
  ['myotoxicity', 'muscle-toxicity'],
  ['hypoproteinemia', 'hypoproteinaemia'],
  ['hypoproteinaemia', 'hypoproteinaemia'],
  ['hypophosphatemia', 'hypophosphataemia'],
  ['hypocalcemia', 'hypocalcaemia'],
  ['hypocalcaemia', 'hypocalcaemia'],
  ['hypotension', 'hypotension'],
  ['low blood pressure', 'hypotension'],

  // ── cancer-type ────────────────────────────────────────────────────────────
  ['melanoma', 'melanoma'],
  ['melanomas', 'melanoma'],
  ['malignant melanoma', 'melanoma'],
  ['renal cell carcinoma', 'renal-cell-carcinoma'],
  ['renal cell carcinoma (RCC)', 'renal-cell-carcinoma'],
  ['RCC', 'renal-cell-carcinoma'],
  ['kidney cancer', 'renal-cell-carcinoma'],
  ['breast cancer', 'breast-cancer'],
  ['breast cancers', 'breast-cancer'],
  ['ovarian cancer', 'ovarian-cancer'],
  ['endometrial cancer', 'endometrial-cancer'],
  ['lung cancer', 'lung-cancer'],
  ['NSCLC', 'lung-cancer'],
  ['non-small cell lung cancer', 'lung-cancer'],
  ['non-small-cell lung cancer', 'lung-cancer'],
  ['colorectal cancer', 'colorectal-cancer'],
  ['CRC', 'colorectal-cancer'],
  ['colon cancer', 'colorectal-cancer'],
  ['bowel cancer', 'colorectal-cancer'],
  ['leukaemia', 'leukaemia'],
  ['leukemia', 'leukaemia'],
  ['leukemias', 'leukaemia'],
  ['lymphoma', 'lymphoma'],
  ['lymphomas', 'lymphoma'],
  ["Hodgkin's lymphoma", 'lymphoma'],
  ['non-Hodgkin lymphoma', 'lymphoma'],
  ['multiple myeloma', 'multiple-myeloma'],
  ['myeloma', 'multiple-myeloma'],
  ["Kaposi's sarcoma", 'kaposi-sarcoma'],
  ['Kaposi sarcoma', 'kaposi-sarcoma'],
  ['hairy cell leukemia', 'hairy-cell-leukaemia'],
  ['bladder cancer', 'bladder-cancer'],
  ['urothelial carcinoma', 'bladder-cancer'],
];

describe('the spelling table', () => {
  const byId = new Map(glossary.map((e) => [e.id, e]));

  it('has at least 200 spellings', () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(200);
  });

  it('names only entries that exist in the glossary', () => {
    expect(SPELLINGS.filter(([, id]) => !byId.has(id))).toEqual([]);
  });

  it('covers every glossary category', () => {
    const covered = new Set(SPELLINGS.map(([, id]) => byId.get(id)?.category));
    const all = [...new Set(glossary.map((e) => e.category))].sort();
    expect(all.filter((c) => !covered.has(c))).toEqual([]);
  });
});

describe('lookup maps how real text spells a name to its glossary entry', () => {
  it.each(SPELLINGS.map(([spelling, id]) => [show(spelling), id, spelling] as const))(
    'maps %s to %s',
    (_label, id, spelling) => {
      expect(lookup(index, spelling)).toEqual([id]);
    },
  );
});

// ── negative cases ─────────────────────────────────────────────────────────

const NOT_NAMES: readonly string[] = [
  'ILL',
  'ill',
  'until',
  'will',
  'still',
  'fill',
  'the weather was fine',
  'trail running',
  'trail',
  'I L 1 2',
  'T N F',
  'I-L-1-2',
  'il est',
  'Il est',
  // Lower-case words where the glossary only has the capitalised symbol.
  'ici',
  'mig',
  'tam',
  'ido',
  'dc',
];

describe('text that is not a name', () => {
  it.each(NOT_NAMES)('lookup finds nothing for %j', (text) => {
    expect(lookup(index, text)).toEqual([]);
  });

  const PROSE: readonly string[] = [
    'il est arrivé hier soir',
    'the weather was fine until it rained',
    'trail running is popular, and we will still go',
    'I L 1 2 and T N F are letters, not names',
    'il y a des gens ici',
    'mig welding and a tam o’ shanter',
    'we will fill the bill',
    'Il est très fatigué.',
    'Trail running is popular.',
  ];
  it.each(PROSE)('recognize finds no term in %j', (passage) => {
    expect(recognize(index, passage).map((s) => passage.slice(s.start, s.end))).toEqual([]);
  });

  it('does not find IL-1 inside IL-10', () => {
    expect(recognize(index, 'IL-10')).toEqual([{ start: 0, end: 5, ids: ['il-10'] }]);
    expect(lookup(index, 'IL-10')).toEqual(['il-10']);
  });

  it('does not find il inside until', () => {
    expect(recognize(index, 'until')).toEqual([]);
  });

  it('gives the scattered letters of a name a key no name has', () => {
    expect(normalize('I L 1 2')).not.toBe(normalize('IL12'));
    expect(normalize('T N F')).not.toBe(normalize('TNF'));
  });
});

// ── recognize in passages ──────────────────────────────────────────────────

const PASSAGES: ReadonlyArray<readonly [passage: string, found: readonly string[]]> = [
  ['TNF-α-induced IL-10', ['TNF-α', 'IL-10']],
  ['Interleukin-12 (IL-12) induces IFN-γ', ['Interleukin-12', 'IL-12', 'IFN-γ']],
  [
    'IL-12 and IL-18 synergistically induce IFN-γ production by NK cells.',
    ['IL-12', 'IL-18', 'IFN-γ', 'NK cells'],
  ],
  [
    'Tumour-associated macrophages (TAMs) secrete IL-10 and TGF-β.',
    ['Tumour-associated macrophages', 'TAMs', 'IL-10', 'TGF-β'],
  ],
  [
    'Pembrolizumab (Keytruda) is an anti-PD-1 monoclonal antibody.',
    ['Pembrolizumab', 'Keytruda', 'PD-1', 'monoclonal antibody'],
  ],
  ['NF-κB and STAT3 drive chronic inflammation.', ['NF-κB', 'STAT3', 'chronic inflammation']],
  ['Serum IL-6 levels correlated with cachexia.', ['Serum', 'IL-6', 'cachexia']],
  [
    'CAR T-cell therapy can cause cytokine release syndrome (CRS) and ICANS.',
    ['CAR T-cell therapy', 'cytokine release syndrome', 'CRS', 'ICANS'],
  ],
  ['IFN-gamma and IFNg are the same cytokine.', ['IFN-gamma', 'IFNg', 'cytokine']],
  [
    'IL-1β, IL-6 and TNF-α are pro-inflammatory cytokines.',
    ['IL-1β', 'IL-6', 'TNF-α', 'pro-inflammatory cytokines'],
  ],
  ['Regulatory T cells (Tregs) express CTLA-4 and CD25.', ['Regulatory T cells', 'Tregs', 'CTLA-4', 'CD25']],
  [
    'Programmed death-ligand 1 (PD-L1) is also called B7-H1 or CD274.',
    ['Programmed death-ligand 1', 'PD-L1', 'B7-H1', 'CD274'],
  ],
  [
    'Th1 cells secrete IFN-γ, whereas Th2 cells secrete IL-4, IL-5 and IL-13.',
    ['Th1 cells', 'IFN-γ', 'Th2 cells', 'IL-4', 'IL-5', 'IL-13'],
  ],
  [
    'Dendritic cells (DCs) present antigens to naive T cells in lymph nodes.',
    ['Dendritic cells', 'DCs', 'antigens', 'naive T cells', 'lymph nodes'],
  ],
  ['Circulating tumour cells (CTCs) were counted.', ['Circulating tumour cells', 'CTCs']],
  ['Levels of IL\u201112 rose.', ['IL\u201112']],
  ['Levels of IL-\n12 rose.', ['IL-\n12']],
  [
    'The chemokines CXCL9 and CXCL10 recruit CXCR3+ effector T cells.',
    ['chemokines', 'CXCL9', 'CXCL10', 'CXCR3', 'effector T cells'],
  ],
  [
    'Anaemia and neutropenia are common with interferon alfa-2b.',
    ['Anaemia', 'neutropenia', 'interferon alfa-2b'],
  ],
  [
    'Hematopoiesis in the bone marrow requires G-CSF and GM-CSF.',
    ['Hematopoiesis', 'bone marrow', 'G-CSF', 'GM-CSF'],
  ],
  ['TGF-β1 and TGFβ are both written.', ['TGF-β1', 'TGFβ']],
  [
    'The patient received high-dose IL-2 (aldesleukin) for melanoma.',
    ['high-dose IL-2', 'aldesleukin', 'melanoma'],
  ],
  [
    'Cytokines such as IL-2, IL-15 and IL-21 expand CD8 T cells.',
    ['Cytokines', 'IL-2', 'IL-15', 'IL-21', 'CD8 T cells'],
  ],
  [
    'Ipilimumab (Yervoy) blocks CTLA-4; nivolumab (Opdivo) blocks PD-1.',
    ['Ipilimumab', 'Yervoy', 'CTLA-4', 'nivolumab', 'Opdivo', 'PD-1'],
  ],
  ['IFN-λ1 (IL-29) and IFN-λ2 (IL-28A)', ['IFN-λ1', 'IL-29', 'IFN-λ2', 'IL-28A']],
  ['MCP-1/CCL2 and RANTES/CCL5', ['MCP-1', 'CCL2', 'RANTES', 'CCL5']],
  ['VEGF drives angiogenesis and hypoxia-induced EMT.', ['VEGF', 'angiogenesis', 'hypoxia', 'EMT']],
  [
    'Tumor necrosis factor alpha (TNF-α) is also called cachectin.',
    ['Tumor necrosis factor alpha', 'TNF-α', 'cachectin'],
  ],
  ['The tumour microenvironment (TME) contains MDSCs.', ['tumour microenvironment', 'TME', 'MDSCs']],
  ['Activation of JAK-STAT signalling by IL-6', ['JAK-STAT signalling', 'IL-6']],
  ['Keytruda® (pembrolizumab) injection', ['Keytruda', 'pembrolizumab']],
  ['IL-1β and IL-1α differ.', ['IL-1β', 'IL-1α']],
  ['IL-12p70 and IL-23 share a subunit.', ['IL-12p70', 'IL-23']],
  ['NF-kB, NFkB and NF-κB', ['NF-kB', 'NFkB', 'NF-κB']],
  ['IL-10 and IL-1 differ.', ['IL-10', 'IL-1']],
  ['Granzyme B and perforin released by CTLs', ['Granzyme B', 'perforin', 'CTLs']],
  ['IL-2 [12] and IFN-α [3,4] are approved.', ['IL-2', 'IFN-α']],
  ['IL‐12 and IFN‐γ (U+2010 hyphens)', ['IL‐12', 'IFN‐γ']],
];

describe('recognize finds every term in a passage, in reading order', () => {
  it('has at least 30 passages', () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PASSAGES.map(([passage, found]) => [show(passage), found, passage] as const))(
    'in %s finds %j',
    (_label, found, passage) => {
      const spans = recognize(index, passage);
      expect(spans.map((s) => passage.slice(s.start, s.end))).toEqual(found);
    },
  );

  it('gives the entry ids of what it finds', () => {
    const passage = 'Interleukin-12 (IL-12) induces IFN-γ';
    expect(recognize(index, passage).map((s) => s.ids)).toEqual([['il-12'], ['il-12'], ['ifn-gamma']]);
  });
});

// ── widenSelection ─────────────────────────────────────────────────────────

describe('widenSelection widens a double-click that stopped at a hyphen', () => {
  function widen(text: string, selected: string, occurrence = 0): string {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(selected, start + 1);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = widenSelection(index, text, { start, end: start + selected.length });
    return text.slice(span.start, span.end);
  }

  it('widens "12" inside "IL-12" to "IL-12"', () => {
    expect(widen('IL-12', '12')).toBe('IL-12');
  });

  it('widens "IL" inside "IL-12" to "IL-12"', () => {
    expect(widen('IL-12', 'IL')).toBe('IL-12');
  });

  it('widens "γ" inside "IFN-γ" to "IFN-γ"', () => {
    expect(widen('IFN-γ', 'γ')).toBe('IFN-γ');
  });

  it('widens "12" inside a sentence to the term around it', () => {
    expect(widen('Levels of IL-12 rose after IL-2 therapy.', '12')).toBe('IL-12');
  });

  it('widens "10" in "IL-10" to "IL-10", not "IL-1"', () => {
    expect(widen('IL-1 and IL-10', '10')).toBe('IL-10');
  });

  it('widens "L1" inside "PD-L1" to "PD-L1"', () => {
    expect(widen('anti-PD-L1 antibodies', 'L1')).toBe('PD-L1');
  });

  it('widens "α" inside "TNF-α-induced" to "TNF-α"', () => {
    expect(widen('TNF-α-induced IL-10', 'α')).toBe('TNF-α');
  });

  it('leaves a plain word as it is', () => {
    expect(widen('the weather was fine', 'weather')).toBe('weather');
  });

  it('leaves a word next to a term as it is', () => {
    expect(widen('TNF-α-induced IL-10', 'induced')).toBe('induced');
  });

  it('returns the selection itself when there is no term in the text', () => {
    expect(widenSelection(index, '', { start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });
});
