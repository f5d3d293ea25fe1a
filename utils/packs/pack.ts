/** A glossary pack: a lab's, a course's or a trial's own terms, imported from a JSON or CSV file (docs/glossary-packs.md). */
import type { GlossaryEntry } from '../knowledge/types';

/** What a pack says about itself. */
export interface PackInfo {
  name: string;
  version: string;
  licence: string;
  source: string;
}

/** One entry of a pack as stored: a glossary entry, with the names kept out of automatic recognition. */
export interface PackEntry extends GlossaryEntry {
  /** Names that are a single character or a common English word: found by search, never recognised on a page. */
  searchOnly?: string[];
}

/** A pack as validated, ready to store. */
export interface ValidPack extends PackInfo {
  entries: PackEntry[];
  /** Things imported differently from how they were written (skipped aliases, unknown links). */
  warnings: string[];
}

/** A stored pack's listing: everything but its entries. */
export interface PackSummary extends PackInfo {
  /** Stable key: the pack's name in kebab case (a newer version of a pack replaces the older one). */
  id: string;
  enabled: boolean;
  entryCount: number;
  /** Bytes of the file it was imported from. */
  bytes: number;
  importedAt: number;
  fileName: string;
  warnings: string[];
}

export interface StoredPack extends PackSummary {
  entries: PackEntry[];
}

/** A pack's key: its name folded to kebab case ("Smith Lab — T cells" → "smith-lab-t-cells"). */
export function packId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'pack';
}
