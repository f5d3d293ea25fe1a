/**
 * The merged glossary (bundled + enabled packs) as compact values for the index cache (decision 0011): a small head
 * (how many entries, how many chunks, the search-only names) and chunks of about a thousand entries, each entry's
 * JSON UTF-8 encoded into one byte array per chunk, with where each starts. An entry's chunk follows from its id
 * (a hash), so a restarted service worker answers its first lookup after reading the term index and the one chunk
 * the answer names (under a megabyte), and reads the rest after answering, chunk by chunk: reading the whole
 * glossary as one record (74 MB at 100,000 entries) took 110 ms of structured-clone copy before the first answer.
 * The bytes are not JS objects (the parsed entries took over 100 MB of heap); an entry is turned back into an object
 * only when a bubble, a view or the search index asks for it, and the whole glossary, decoded to build an index or
 * to list every entry, is held only while something uses it.
 */
import type { GlossaryEntry, QaEntry } from './types';
import type { Knowledge } from './knowledge';

/** Bump when the head's or a chunk's shape, or how ids are given to chunks, changes. */
export const KNOWLEDGE_SNAPSHOT_VERSION = 2;
/** About this many entries a chunk: a first answer reads one chunk (under a megabyte of records at 100,000). */
export const KNOWLEDGE_CHUNK_ENTRIES = 1000;

export interface KnowledgeHead {
  readonly kind: 'immunolens-knowledge';
  readonly version: number;
  /** The glossary's entries, and how many chunks hold them. */
  readonly count: number;
  readonly chunks: number;
  /** The names found by search only, as JSON pairs [id, names]. */
  readonly searchOnly: string;
}

export interface KnowledgeChunk {
  readonly kind: 'immunolens-knowledge-chunk';
  readonly version: number;
  /** Its number, 0 … chunks − 1: every id with `chunkOf(id, chunks)` equal to it. */
  readonly chunk: number;
  /** The chunk's ids joined by "\u0000". */
  readonly ids: string;
  /** Each entry's place in the glossary's order. */
  readonly rows: Int32Array;
  /** Each entry's JSON, UTF-8, one after the other, and where each starts (one more than the entries). */
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
}

export interface KnowledgeSnapshot {
  readonly head: KnowledgeHead;
  readonly chunks: readonly KnowledgeChunk[];
}

/** FNV-1a of the id, modulo the chunk count: which chunk holds an entry, known without reading any. */
export function chunkOf(id: string, chunks: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % chunks;
}

export function serializeKnowledge(
  knowledge: Knowledge,
  perChunk = KNOWLEDGE_CHUNK_ENTRIES,
): KnowledgeSnapshot {
  const glossary = knowledge.glossary;
  const count = glossary.length;
  const chunkCount = Math.max(1, Math.ceil(count / perChunk));
  const members: number[][] = Array.from({ length: chunkCount }, () => []);
  glossary.forEach((e, row) => members[chunkOf(e.id, chunkCount)]!.push(row));
  const encoder = new TextEncoder();
  const chunks = members.map((rows, chunk): KnowledgeChunk => {
    const parts = rows.map((row) => encoder.encode(JSON.stringify(glossary[row])));
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
      kind: 'immunolens-knowledge-chunk',
      version: KNOWLEDGE_SNAPSHOT_VERSION,
      chunk,
      ids: rows.map((row) => glossary[row]!.id).join('\u0000'),
      rows: Int32Array.from(rows),
      bytes,
      starts,
    };
  });
  return {
    head: {
      kind: 'immunolens-knowledge',
      version: KNOWLEDGE_SNAPSHOT_VERSION,
      count,
      chunks: chunkCount,
      searchOnly: JSON.stringify([...knowledge.searchOnly]),
    },
    chunks,
  };
}

/** A chunk checked and ready to decode from. */
interface ReadChunk {
  readonly byId: ReadonlyMap<string, number>;
  readonly ids: readonly string[];
  readonly rows: Int32Array;
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
}

function headOf(value: unknown): KnowledgeHead | null {
  if (typeof value !== 'object' || value === null) return null;
  const h = value as Partial<KnowledgeHead>;
  if (h.kind !== 'immunolens-knowledge' || h.version !== KNOWLEDGE_SNAPSHOT_VERSION) return null;
  if (typeof h.searchOnly !== 'string' || !Number.isInteger(h.count) || !Number.isInteger(h.chunks))
    return null;
  if (h.count! < 0 || h.chunks! < 1) return null;
  return h as KnowledgeHead;
}

/** The chunk `n` of a glossary of `count` entries, or null when the value is anything else or damaged. */
function chunkFrom(value: unknown, n: number, count: number): ReadChunk | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Partial<KnowledgeChunk>;
  if (c.kind !== 'immunolens-knowledge-chunk' || c.version !== KNOWLEDGE_SNAPSHOT_VERSION || c.chunk !== n)
    return null;
  if (typeof c.ids !== 'string' || !(c.rows instanceof Int32Array)) return null;
  if (!(c.bytes instanceof Uint8Array) || !(c.starts instanceof Int32Array)) return null;
  const ids = c.ids === '' ? [] : c.ids.split('\u0000');
  const { rows, bytes, starts } = c;
  if (rows.length !== ids.length || starts.length !== ids.length + 1) return null;
  if (starts[0] !== 0 || starts[ids.length] !== bytes.length) return null;
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return null;
  for (const row of rows) if (row < 0 || row >= count) return null;
  const byId = new Map<string, number>();
  ids.forEach((id, i) => byId.set(id, i));
  if (byId.size !== ids.length) return null;
  return { byId, ids, rows, bytes, starts };
}

/** Merged knowledge restored from the cache, whose entries may still be partly unread. */
export interface ChunkedKnowledge extends Knowledge {
  /** Whether every chunk has been read (the whole glossary, iteration and every id can be answered). */
  readonly complete: boolean;
  /**
   * The ids asked for (by `termById.get` or `has`) since the last call whose chunk was not read yet: they were
   * answered as absent, and an answer made meanwhile is made again once `readFor` has read them.
   */
  takeMissing(): string[];
  /** Reads the chunks that hold these ids; false when one is missing or damaged (the cache is then not used). */
  readFor(ids: Iterable<string>): Promise<boolean>;
  /** Reads every chunk not read yet; false when one is missing or damaged. */
  readAll(): Promise<boolean>;
}

/** The entries by id, over the chunks read so far. */
class ChunkedEntries implements ReadonlyMap<string, GlossaryEntry> {
  private readonly decoder = new TextDecoder();
  /** Which id asked for had no chunk read yet. */
  readonly missing = new Set<string>();
  /** For each glossary row: its chunk and place in it (filled when the last chunk is read). */
  order: Int32Array | null = null;

  constructor(
    private readonly count: number,
    readonly chunks: (ReadChunk | undefined)[],
  ) {}

  decode(chunk: ReadChunk, i: number): GlossaryEntry {
    return JSON.parse(
      this.decoder.decode(chunk.bytes.subarray(chunk.starts[i]!, chunk.starts[i + 1]!)),
    ) as GlossaryEntry;
  }

  private place(id: string): { chunk: ReadChunk; i: number } | null {
    const chunk = this.chunks[chunkOf(id, this.chunks.length)];
    if (!chunk) {
      this.missing.add(id);
      return null;
    }
    const i = chunk.byId.get(id);
    return i === undefined ? null : { chunk, i };
  }

  /** Every row's chunk and place, once all chunks are read (else an error: a caller used it too soon). */
  private rows(): Int32Array {
    if (!this.order) throw new Error('ImmunoLens: the glossary is still being read from the cache');
    return this.order;
  }

  at(row: number): GlossaryEntry {
    const order = this.rows();
    return this.decode(this.chunks[order[2 * row]!]!, order[2 * row + 1]!);
  }

  idAt(row: number): string {
    const order = this.rows();
    return this.chunks[order[2 * row]!]!.ids[order[2 * row + 1]!]!;
  }

  get size(): number {
    return this.count;
  }
  has(id: string): boolean {
    return this.place(id) !== null;
  }
  get(id: string): GlossaryEntry | undefined {
    const found = this.place(id);
    return found ? this.decode(found.chunk, found.i) : undefined;
  }
  *keys(): MapIterator<string> {
    for (let row = 0; row < this.count; row++) yield this.idAt(row);
  }
  *values(): MapIterator<GlossaryEntry> {
    for (let row = 0; row < this.count; row++) yield this.at(row);
  }
  *entries(): MapIterator<[string, GlossaryEntry]> {
    for (let row = 0; row < this.count; row++) yield [this.idAt(row), this.at(row)];
  }
  [Symbol.iterator](): MapIterator<[string, GlossaryEntry]> {
    return this.entries();
  }
  forEach(fn: (value: GlossaryEntry, key: string, map: ReadonlyMap<string, GlossaryEntry>) => void): void {
    for (const [id, entry] of this.entries()) fn(entry, id, this);
  }
}

/** Knowledge over a checked head, and the function that takes in a chunk read (false when it is damaged). */
function chunked(
  h: KnowledgeHead,
  qa: readonly QaEntry[],
  readPart: (chunk: number) => Promise<unknown>,
): { knowledge: ChunkedKnowledge; accept(n: number, value: unknown): boolean } {
  const termById = new ChunkedEntries(
    h.count,
    Array.from({ length: h.chunks }, (): ReadChunk | undefined => undefined),
  );
  let broken = false;
  let read = 0;
  const accept = (n: number, value: unknown): boolean => {
    if (broken) return false;
    if (termById.chunks[n]) return true;
    const chunk = chunkFrom(value, n, h.count);
    if (!chunk) return !(broken = true);
    termById.chunks[n] = chunk;
    if (++read === h.chunks) {
      const order = new Int32Array(2 * h.count).fill(-1);
      let entries = 0;
      termById.chunks.forEach((c, k) =>
        c!.rows.forEach((row, i) => {
          order[2 * row] = k;
          order[2 * row + 1] = i;
          entries++;
        }),
      );
      if (entries !== h.count || order.includes(-1)) return !(broken = true);
      termById.order = order;
    }
    return true;
  };
  /** Each chunk's read, once: an answer's read and the read of the rest may ask for the same chunk. */
  const reading = new Map<number, Promise<boolean>>();
  const readChunk = (n: number): Promise<boolean> => {
    if (broken) return Promise.resolve(false);
    if (termById.chunks[n]) return Promise.resolve(true);
    let read = reading.get(n);
    if (!read) {
      read = readPart(n).then(
        (value) => accept(n, value),
        () => !(broken = true),
      );
      reading.set(n, read);
    }
    return read;
  };
  let all: Promise<boolean> | undefined;
  let searchOnly: ReadonlyMap<string, readonly string[]> | undefined;
  // Held weakly: building an index reads every entry once, and the worker need not keep them all afterwards.
  let glossary: WeakRef<GlossaryEntry[]> | undefined;
  let qaById: Map<string, QaEntry> | undefined;
  const knowledge: ChunkedKnowledge = {
    get complete() {
      return termById.order !== null && !broken;
    },
    takeMissing() {
      const ids = [...termById.missing];
      termById.missing.clear();
      return ids;
    },
    async readFor(ids) {
      const wanted = new Set<number>();
      for (const id of ids) wanted.add(chunkOf(id, h.chunks));
      const done = await Promise.all([...wanted].map(readChunk));
      return done.every(Boolean);
    },
    readAll() {
      // Asked for together: the database answers one after another, and each answer is taken in as it comes,
      // between whatever else the worker is doing (a chunk is under a megabyte).
      all ??= Promise.all(Array.from({ length: h.chunks }, (_, n) => readChunk(n))).then(
        (read) => read.every(Boolean) && knowledge.complete,
      );
      return all;
    },
    get glossary() {
      let entries = glossary?.deref();
      if (!entries) {
        entries = Array.from({ length: h.count }, (_, row) => termById.at(row));
        glossary = new WeakRef(entries);
      }
      return entries;
    },
    qa,
    termById,
    get qaById() {
      qaById ??= new Map(qa.map((q) => [q.id, q]));
      return qaById;
    },
    get searchOnly() {
      // Parsed when an index is built (a restored one needs it not); the head's text was checked to parse.
      searchOnly ??= new Map(JSON.parse(h.searchOnly) as [string, string[]][]);
      return searchOnly;
    },
  };
  return { knowledge, accept };
}

function parses(json: string): boolean {
  try {
    return Array.isArray(JSON.parse(json));
  } catch {
    return false;
  }
}

/**
 * The knowledge a cached head describes, with `qa` (the bundled Q&A: packs hold none), reading its chunks through
 * `read` when asked (`readFor`, `readAll`); null when the head is not one of this version.
 */
export function restoreKnowledgeHead(
  head: unknown,
  qa: readonly QaEntry[],
  read: (chunk: number) => Promise<unknown>,
): ChunkedKnowledge | null {
  const h = headOf(head);
  // The search-only names are few (a pack's single letters and common words): checked now, parsed when used.
  return h && parses(h.searchOnly) ? chunked(h, qa, read).knowledge : null;
}

/**
 * The knowledge a whole snapshot (head and every chunk) was made of, at once; null when any part is not of this
 * version or is damaged. For Node (tests, `npm run bench`): the worker reads chunks as it needs them.
 */
export function restoreKnowledge(snapshot: unknown, qa: readonly QaEntry[]): Knowledge | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const { head, chunks } = snapshot as Partial<KnowledgeSnapshot>;
  const h = headOf(head);
  if (!h || !Array.isArray(chunks) || chunks.length !== h.chunks || !parses(h.searchOnly)) return null;
  const { knowledge, accept } = chunked(h, qa, (n) => Promise.resolve(chunks[n]));
  return chunks.every((c, n) => accept(n, c)) && knowledge.complete ? knowledge : null;
}
