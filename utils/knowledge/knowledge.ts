import glossaryJson from '../../assets/knowledge/glossary.json';
import qaJson from '../../assets/knowledge/qa.json';
import { mergeGlossary, type EnabledPack } from '../packs/merge-packs';
import { CATEGORIES, type GlossaryEntry, type QaEntry } from './types';

export interface Knowledge {
  readonly glossary: readonly GlossaryEntry[];
  readonly qa: readonly QaEntry[];
  readonly termById: ReadonlyMap<string, GlossaryEntry>;
  readonly qaById: ReadonlyMap<string, QaEntry>;
  /** Pack entries' names found by search but not recognised on pages (single letters, common words). */
  readonly searchOnly: ReadonlyMap<string, readonly string[]>;
}

export function createKnowledge(
  glossary: readonly GlossaryEntry[],
  qa: readonly QaEntry[],
  searchOnly: ReadonlyMap<string, readonly string[]> = new Map(),
): Knowledge {
  return {
    glossary,
    qa,
    termById: new Map(glossary.map((e) => [e.id, e])),
    qaById: new Map(qa.map((q) => [q.id, q])),
    searchOnly,
  };
}

let bundled: Knowledge | undefined;

/** The knowledge shipped in `assets/knowledge/`, indexed once per page or worker. */
export function bundledKnowledge(): Knowledge {
  bundled ??= createKnowledge(glossaryJson as GlossaryEntry[], qaJson as QaEntry[]);
  return bundled;
}

/** The bundled knowledge with the enabled packs joined in (merge order: oldest import first). */
export function knowledgeWithPacks(packs: readonly EnabledPack[]): Knowledge {
  if (packs.length === 0) return bundledKnowledge();
  const base = bundledKnowledge();
  const merged = mergeGlossary(base.glossary, packs);
  return createKnowledge(merged.glossary, base.qa, merged.searchOnly);
}

export function categoryLabel(entry: GlossaryEntry): string {
  return CATEGORIES[entry.category] ?? entry.category;
}

/** The plain text of a Q&A answer, for search and snippets. */
export function answerText(qa: QaEntry): string {
  return qa.answer
    .map((b) =>
      b.type === 'paragraph'
        ? b.text
        : b.type === 'list'
          ? b.items.join(' ')
          : [b.caption ?? '', b.header.join(' '), ...b.rows.map((r) => r.join(' '))].join(' '),
    )
    .join(' ');
}
