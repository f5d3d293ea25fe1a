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

export interface GlossaryEntry {
  id: string;
  name: string;
  short?: string;
  aliases: string[];
  category: Category;
  summary: string;
  explanation: string;
  inCancer?: string;
  related: string[];
  qa: string[];
  refs: SourceRefs;
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
