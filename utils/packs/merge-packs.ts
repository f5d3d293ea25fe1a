/**
 * The bundled glossary with the enabled packs joined in: one list of entries for one term index and one search
 * index. A pack entry with a bundled entry's id replaces that entry's texts and adds its names, links and
 * identifiers to the bundled ones; between packs, the later import wins (and the conflict was listed at import).
 */
import type { GlossaryEntry } from '../knowledge/types';
import { namesOf } from '../terms/term-index';
import type { PackEntry } from './pack';

export interface EnabledPack {
  name: string;
  entries: readonly PackEntry[];
}

export interface MergedGlossary {
  glossary: GlossaryEntry[];
  /** Entry id → names found by search only (left out of recognition: single letters, common words). */
  searchOnly: ReadonlyMap<string, readonly string[]>;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** The bundled entry with a pack's texts, keeping every name either gives (a renamed entry keeps its old name). */
function extend(base: GlossaryEntry, entry: PackEntry, packName: string): GlossaryEntry {
  const { searchOnly: _searchOnly, ...own } = entry;
  const short = own.short ?? base.short;
  return {
    ...base,
    ...own,
    short,
    inCancer: own.inCancer ?? base.inCancer,
    aliases: union(namesOf(base), own.aliases).filter((a) => a !== own.name && a !== short),
    rules: { ...base.rules, ...own.rules },
    related: union(base.related, own.related).filter((id) => id !== own.id),
    qa: union(base.qa, own.qa),
    refs: { ...base.refs, ...own.refs },
    pack: { name: packName, overrides: true },
  };
}

export function mergeGlossary(
  bundled: readonly GlossaryEntry[],
  packs: readonly EnabledPack[],
): MergedGlossary {
  if (packs.length === 0) return { glossary: [...bundled], searchOnly: new Map() };
  const bundledById = new Map(bundled.map((e) => [e.id, e]));
  const byId = new Map<string, GlossaryEntry>(bundledById);
  const searchOnly = new Map<string, readonly string[]>();
  for (const pack of packs)
    for (const entry of pack.entries) {
      const base = bundledById.get(entry.id);
      if (base) byId.set(entry.id, extend(base, entry, pack.name));
      else {
        const { searchOnly: _s, ...own } = entry;
        byId.set(entry.id, { ...own, pack: { name: pack.name, overrides: false } });
      }
      if (entry.searchOnly) searchOnly.set(entry.id, entry.searchOnly);
      else searchOnly.delete(entry.id);
    }
  return { glossary: [...byId.values()], searchOnly };
}
