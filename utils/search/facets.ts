/**
 * Facets: what a reader asks *about* a topic ("side effects of IL-12", "do tumours make interleukins"). Each facet
 * is a short list of word stems; a word matches a stem it starts with (`toxic` → toxic, toxicity, toxicities), and a
 * two-word stem matches two words in a row (`side effect`). A Q&A's facets are found the same way in its own
 * question, answer and linked terms, never from a list of expected queries.
 */
export type FacetId =
  'side-effects' | 'production' | 'role' | 'treatment' | 'cause' | 'good-or-bad' | 'levels';

export interface Facet {
  id: FacetId;
  label: string;
  stems: readonly string[];
  /** Glossary categories whose terms are about this facet (a side effect, a therapy). */
  categories?: readonly string[];
}

export const FACETS: readonly Facet[] = [
  {
    id: 'side-effects',
    label: 'side effects',
    stems: [
      'side effect',
      'side affect',
      'toxic',
      'adverse',
      'safe',
      'danger',
      'harm',
      'damag',
      'risk',
      'complication',
    ],
    categories: ['side-effect'],
  },
  {
    id: 'production',
    label: 'production',
    stems: [
      'secret',
      'releas',
      'produc',
      'make',
      'making',
      'made',
      'express',
      'generat',
      'synthes',
      'come from',
    ],
  },
  {
    id: 'role',
    label: 'role and mechanism',
    stems: ['role', 'function', 'work', 'mechanism', 'act', 'acts', 'action', 'purpose', 'importan', 'job'],
  },
  {
    id: 'treatment',
    label: 'treatment',
    stems: ['treat', 'therap', 'immunotherap', 'drug', 'medicin', 'cure'],
    categories: ['therapy'],
  },
  {
    id: 'cause',
    label: 'cause and risk',
    stems: ['caus', 'risk', 'lead to', 'leads to', 'leading to', 'trigger', 'carcinogen', 'origin'],
  },
  {
    id: 'good-or-bad',
    label: 'good or bad',
    stems: [
      'good',
      'bad',
      'help',
      'harmful',
      'hurt',
      'benefi',
      'pro tumo',
      'anti tumo',
      'protumo',
      'antitumo',
      'anti cancer',
      'anticancer',
      'promot',
      'inhibit',
      'suppress',
      'friend',
      'foe',
    ],
  },
  {
    id: 'levels',
    label: 'levels',
    stems: [
      'level',
      'elevat',
      'high',
      'rais',
      'increas',
      'serum',
      'concentrat',
      'amount',
      'which cancer',
      'what cancer',
      'which tumo',
      'what tumo',
      'cancer type',
    ],
  },
];

/** Stems this short match only the whole word: "act" is not "activate", "made" not "madeleine". */
const WHOLE_WORD_STEM = 4;

/** The lower-case letter words of a text, in order (digits and punctuation separate them). */
export function plainWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/\p{L}+/gu) ?? []
  );
}

function matches(word: string, stem: string): boolean {
  return stem.length < WHOLE_WORD_STEM ? word === stem : word.startsWith(stem);
}

/** The word being typed may be the start of a stem ("is il-12 saf"). */
const startsStem = (word: string, stem: string) => word.length >= 3 && stem.startsWith(word);

export interface FacetMatch {
  facet: FacetId;
  /** Which words (by index) said it. */
  at: number;
  length: number;
  /** Only the start of a stem was typed. */
  partial: boolean;
}

interface CompiledStem {
  facet: FacetId;
  first: string;
  /** The second word of a two-word stem. */
  second: string | null;
}

/** The stems by their first letter, split once: a word is compared only with the stems it could match. */
const STEMS_BY_LETTER = new Map<string, CompiledStem[]>();
for (const facet of FACETS)
  for (const stem of facet.stems) {
    const [first = '', second = null] = stem.split(' ');
    const list = STEMS_BY_LETTER.get(first[0]!) ?? [];
    list.push({ facet: facet.id, first, second });
    STEMS_BY_LETTER.set(first[0]!, list);
  }

/**
 * Every facet the words name, with where. One pass over the words, each compared with the stems of its first
 * letter: linear in the text. `typing`: the last word may be unfinished.
 */
export function findFacets(words: readonly string[], typing = false): FacetMatch[] {
  const found: FacetMatch[] = [];
  const lastAt = typing ? words.length - 1 : -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const stem of STEMS_BY_LETTER.get(word[0] ?? '') ?? []) {
      if (stem.second === null) {
        if (matches(word, stem.first)) found.push({ facet: stem.facet, at: i, length: 1, partial: false });
        else if (i === lastAt && startsStem(word, stem.first))
          found.push({ facet: stem.facet, at: i, length: 1, partial: true });
      } else if (i + 1 < words.length && matches(word, stem.first)) {
        const next = words[i + 1]!;
        const whole = matches(next, stem.second);
        const partial = !whole && i + 1 === lastAt && startsStem(next, stem.second);
        if (whole || partial) found.push({ facet: stem.facet, at: i, length: 2, partial });
      }
    }
  }
  return found;
}

export function facetsOfCategory(category: string): FacetId[] {
  return FACETS.filter((f) => f.categories?.includes(category)).map((f) => f.id);
}
