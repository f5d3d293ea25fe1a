/**
 * The merged glossary (bundled + enabled packs) as one compact value for the index cache (decision 0011): every
 * entry's JSON, UTF-8 encoded into one byte array, with where each starts. A restarted service worker reads it
 * with the term index instead of reading and merging every pack's entries (100,000 entries took 3.3 s in
 * Chromium before the first lookup could answer), and turns an entry back into an object only when a bubble, a
 * view or the search index asks for it. The bytes are not JS objects: at 100,000 entries they are about 60 MB in
 * one array, where the parsed entries took over 100 MB of heap. The whole glossary, decoded to build an index or
 * to list every entry, is held only while something uses it.
 */
import type { GlossaryEntry, QaEntry } from './types';
import type { Knowledge } from './knowledge';

export interface KnowledgeSnapshot {
  readonly kind: 'immunolens-knowledge';
  readonly version: number;
  /** The entries' ids, in glossary order, joined by "\u0000". */
  readonly ids: string;
  /** Each entry's JSON, UTF-8, one after the other. */
  readonly bytes: Uint8Array;
  /** Where each entry's JSON starts in `bytes` (one more than the entries). */
  readonly starts: Int32Array;
  /** The names found by search only, as JSON pairs [id, names]. */
  readonly searchOnly: string;
}

export const KNOWLEDGE_SNAPSHOT_VERSION = 1;

export function serializeKnowledge(knowledge: Knowledge): KnowledgeSnapshot {
  const encoder = new TextEncoder();
  const parts = knowledge.glossary.map((e) => encoder.encode(JSON.stringify(e)));
  const starts = new Int32Array(parts.length + 1);
  let total = 0;
  parts.forEach((p, i) => {
    starts[i] = total;
    total += p.length;
  });
  starts[parts.length] = total;
  const bytes = new Uint8Array(total);
  parts.forEach((p, i) => bytes.set(p, starts[i]!));
  return {
    kind: 'immunolens-knowledge',
    version: KNOWLEDGE_SNAPSHOT_VERSION,
    ids: knowledge.glossary.map((e) => e.id).join('\u0000'),
    bytes,
    starts,
    searchOnly: JSON.stringify([...knowledge.searchOnly]),
  };
}

/** The entries of a snapshot by id, each decoded when asked for (a reader looks up a handful of 100,000). */
class SnapshotEntries implements ReadonlyMap<string, GlossaryEntry> {
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly rows: ReadonlyMap<string, number>,
    private readonly bytes: Uint8Array,
    private readonly starts: Int32Array,
  ) {}

  at(row: number): GlossaryEntry {
    return JSON.parse(
      this.decoder.decode(this.bytes.subarray(this.starts[row]!, this.starts[row + 1]!)),
    ) as GlossaryEntry;
  }

  get size(): number {
    return this.rows.size;
  }
  has(id: string): boolean {
    return this.rows.has(id);
  }
  get(id: string): GlossaryEntry | undefined {
    const row = this.rows.get(id);
    return row === undefined ? undefined : this.at(row);
  }
  keys(): MapIterator<string> {
    return this.rows.keys();
  }
  *values(): MapIterator<GlossaryEntry> {
    for (const row of this.rows.values()) yield this.at(row);
  }
  *entries(): MapIterator<[string, GlossaryEntry]> {
    for (const [id, row] of this.rows) yield [id, this.at(row)];
  }
  [Symbol.iterator](): MapIterator<[string, GlossaryEntry]> {
    return this.entries();
  }
  forEach(fn: (value: GlossaryEntry, key: string, map: ReadonlyMap<string, GlossaryEntry>) => void): void {
    for (const [id, entry] of this.entries()) fn(entry, id, this);
  }
}

/**
 * The knowledge a snapshot was made of, with `qa` (the bundled Q&A: packs hold none); null when the value is not a
 * whole snapshot of this version. `glossary` is decoded whole on first use only (building an index).
 */
export function restoreKnowledge(snapshot: unknown, qa: readonly QaEntry[]): Knowledge | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const s = snapshot as Partial<KnowledgeSnapshot>;
  if (s.kind !== 'immunolens-knowledge' || s.version !== KNOWLEDGE_SNAPSHOT_VERSION) return null;
  if (typeof s.ids !== 'string' || typeof s.searchOnly !== 'string') return null;
  if (!(s.bytes instanceof Uint8Array) || !(s.starts instanceof Int32Array)) return null;
  const ids = s.ids === '' ? [] : s.ids.split('\u0000');
  const { bytes, starts } = s;
  if (starts.length !== ids.length + 1 || starts[0] !== 0 || starts[ids.length] !== bytes.length) return null;
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return null;
  let searchOnly: Map<string, readonly string[]>;
  try {
    searchOnly = new Map(JSON.parse(s.searchOnly) as [string, string[]][]);
  } catch {
    return null;
  }
  const rows = new Map<string, number>();
  ids.forEach((id, row) => rows.set(id, row));
  if (rows.size !== ids.length) return null;
  const termById = new SnapshotEntries(rows, bytes, starts);
  // Held weakly: building an index reads every entry once, and the worker need not keep them all afterwards.
  let glossary: WeakRef<GlossaryEntry[]> | undefined;
  let qaById: Map<string, QaEntry> | undefined;
  return {
    get glossary() {
      let all = glossary?.deref();
      if (!all) {
        all = ids.map((_, row) => termById.at(row));
        glossary = new WeakRef(all);
      }
      return all;
    },
    qa,
    termById,
    get qaById() {
      qaById ??= new Map(qa.map((q) => [q.id, q]));
      return qaById;
    },
    searchOnly,
  };
}
