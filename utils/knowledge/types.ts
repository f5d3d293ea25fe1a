/** The knowledge bundled with ImmunoLens: a cancer-immunology glossary and the user's Q&A. */

export const CATEGORIES = {
  interleukin: 'Interleukin',
  interferon: 'Interferon',
  cytokine: 'Cytokine or growth factor',
  chemokine: 'Chemokine or chemokine receptor',
  molecule: 'Receptor or signalling molecule',
  cell: 'Cell',
  immunity: 'Immune process',
  'cancer-biology': 'Cancer biology',
  therapy: 'Therapy',
  'side-effect': 'Side effect or condition',
  method: 'Method or sample',
  'cancer-type': 'Cancer type',
} as const;

export type Category = keyof typeof CATEGORIES;

export interface SourceRefs {
  hgncSymbol?: string;
  hgncId?: string;
  uniprot?: string;
  ncit?: string;
  mesh?: string;
}

/**
 * How one name of an entry may be met in text (contract 1). `exact`: only in its written case, as a whole token
 * (BiTE is not "bite"). `any`: the normaliser's case handling (symbols with a digit or Greek letter: IL-2, IFN-γ).
 * `context`: the name often means something else (DC, TAM, APC): it is named only with support from the text
 * around it.
 */
export interface AliasRule {
  case: 'exact' | 'any';
  context?: boolean;
}

export interface GlossaryEntry {
  id: string;
  name: string;
  short?: string;
  aliases: string[];
  /** Keyed by a name exactly as written in `name`, `short` or `aliases`. Every name of 4 letters and digits or fewer has one. */
  rules?: Record<string, AliasRule>;
  category: Category;
  summary: string;
  explanation: string;
  inCancer?: string;
  related: string[];
  qa: string[];
  refs: SourceRefs;
  /** Set on an entry that comes from a glossary pack (utils/packs/): every view names the pack. */
  pack?: PackMark;
}

export interface PackMark {
  name: string;
  /** The entry has a bundled entry's id: it replaces that entry's texts and adds to its names and links. */
  overrides: boolean;
}

export type AnswerBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; caption?: string; header: string[]; rows: string[][] };

export interface QaEntry {
  id: string;
  question: string;
  answer: AnswerBlock[];
  /** The source cut the answer off: show it as an excerpt. */
  excerpt?: boolean;
  terms: string[];
}
