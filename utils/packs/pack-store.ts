/**
 * Glossary packs in the extension's IndexedDB, through `idb`, in a database of their own (the study list's schema
 * moves on its own). The background is the one writer; extension pages open it to read. An import is one readwrite
 * transaction over the pack, its entries and the index cache: if the browser closes before it commits, IndexedDB
 * rolls all of it back, so the packs stored before are what the next start finds.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { MAX_PACKS } from '../limits';
import type { PackEntry, PackSummary, StoredPack } from './pack';

export const PACK_DB_NAME = 'immunolens-packs';
/**
 * 1: `packs` (listing, keyed by pack id), `entries` (each pack's entries, one record), `indexCache`.
 * 2: `indexCache` holds one record per part of the cached indexes (it was one record per set of packs).
 * 3: the merged glossary is cached as a head and chunks (`knowledge`, `knowledge:N`), read as a lookup needs them;
 *    the cache is emptied (packs and their entries are kept) so that no part of the old layout is read.
 */
export const PACK_DB_VERSION = 3;

export type IndexPart = 'terms' | 'search' | 'knowledge' | `knowledge:${number}`;

/**
 * One cached part of the indexes for one set of enabled packs, each in a record of its own: a restarted worker
 * reads the term index and the glossary for its first lookup without also reading the much larger search index.
 */
export interface CachedIndexPart {
  /** `${fingerprint}/${part}`: the store's key. */
  key: string;
  fingerprint: string;
  part: IndexPart;
  savedAt: number;
  /** A snapshot as the serialize functions give it (structured-cloneable). */
  value: unknown;
}

interface PackDb extends DBSchema {
  packs: { key: string; value: PackSummary };
  entries: { key: string; value: { entries: PackEntry[] } };
  indexCache: { key: string; value: CachedIndexPart };
}

type Db = IDBPDatabase<PackDb>;

const MIGRATIONS: ((db: Db) => void)[] = [
  (db) => {
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('entries');
    db.createObjectStore('indexCache', { keyPath: 'fingerprint' });
  },
  (db) => {
    // A cache only: what it held is built again.
    db.deleteObjectStore('indexCache');
    db.createObjectStore('indexCache', { keyPath: 'key' });
  },
  (db) => {
    db.deleteObjectStore('indexCache');
    db.createObjectStore('indexCache', { keyPath: 'key' });
  },
];

function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  try {
    tx.abort();
  } catch {
    // Already finished: nothing was committed by this request, or everything was.
  }
  tx.done.catch(() => undefined);
}

export type PutResult = 'saved' | 'replaced' | 'too many packs';

export interface PackStore {
  /** Oldest import first: the order packs are merged in (a later pack wins a shared id). */
  list(): Promise<PackSummary[]>;
  /** The enabled packs with their entries, in merge order. */
  enabled(): Promise<{ summary: PackSummary; entries: PackEntry[] }[]>;
  /** The enabled packs' listings alone, in merge order (the key of the cached indexes). */
  enabledSummaries(): Promise<PackSummary[]>;
  get(id: string): Promise<StoredPack | undefined>;
  /** Stores a pack whole, replacing one with the same id, and drops cached indexes: all in one transaction. */
  put(pack: StoredPack): Promise<PutResult>;
  setEnabled(id: string, enabled: boolean): Promise<PackSummary | undefined>;
  remove(id: string): Promise<boolean>;
  /** A cached part for this set of packs, if there is one. */
  cachedIndexPart(fingerprint: string, part: IndexPart): Promise<unknown>;
  /**
   * Stores one part of the cached indexes for `fingerprint` (the term index and glossary when they were built, the
   * search index later, when a search needed it), dropping the parts kept for any other set of packs.
   */
  saveIndexPart(fingerprint: string, part: IndexPart, value: unknown, now: number): Promise<void>;
  /** Stores several parts for `fingerprint` in one transaction (the term index with the glossary's head and chunks). */
  saveIndexParts(
    fingerprint: string,
    parts: readonly { part: IndexPart; value: unknown }[],
    now: number,
  ): Promise<void>;
  close(): void;
}

export async function openPackStore(name = PACK_DB_NAME, version = PACK_DB_VERSION): Promise<PackStore> {
  const db = await openDB<PackDb>(name, version, {
    upgrade(database, oldVersion, newVersion) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(database);
    },
  });
  const saveIndexParts: PackStore['saveIndexParts'] = async (fingerprint, parts, now) => {
    const tx = db.transaction('indexCache', 'readwrite');
    const stale = (await tx.store.getAllKeys()).filter((key) => !key.startsWith(`${fingerprint}/`));
    await Promise.all([
      ...stale.map((key) => tx.store.delete(key)),
      ...parts.map(({ part, value }) =>
        tx.store.put({ key: `${fingerprint}/${part}`, fingerprint, part, savedAt: now, value }),
      ),
      tx.done,
    ]);
  };
  const list = async () => (await db.getAll('packs')).sort((a, b) => a.importedAt - b.importedAt);
  return {
    list,
    async enabled() {
      const tx = db.transaction(['packs', 'entries']);
      const summaries = (await tx.objectStore('packs').getAll())
        .filter((p) => p.enabled)
        .sort((a, b) => a.importedAt - b.importedAt);
      const entries = await Promise.all(summaries.map((s) => tx.objectStore('entries').get(s.id)));
      await tx.done;
      return summaries.map((summary, i) => ({ summary, entries: entries[i]?.entries ?? [] }));
    },
    async enabledSummaries() {
      return (await list()).filter((p) => p.enabled);
    },
    async get(id) {
      const tx = db.transaction(['packs', 'entries']);
      const [summary, stored] = await Promise.all([
        tx.objectStore('packs').get(id),
        tx.objectStore('entries').get(id),
      ]);
      await tx.done;
      return summary && { ...summary, entries: stored?.entries ?? [] };
    },
    async put(pack) {
      const { entries, ...summary } = pack;
      const tx = db.transaction(['packs', 'entries', 'indexCache'], 'readwrite');
      const old = await tx.objectStore('packs').get(pack.id);
      if (!old && (await tx.objectStore('packs').count()) >= MAX_PACKS) {
        abortQuietly(tx);
        return 'too many packs';
      }
      const requests: Promise<unknown>[] = [];
      try {
        requests.push(tx.objectStore('packs').put(summary));
        requests.push(tx.objectStore('entries').put({ entries }, pack.id));
        requests.push(tx.objectStore('indexCache').clear());
        await Promise.all([...requests, tx.done]);
      } catch (error) {
        for (const request of requests) request.catch(() => undefined);
        // A request that throws (an entry that cannot be cloned) leaves the transaction alive: it would commit
        // the requests made before it. Aborting rolls the whole import back.
        abortQuietly(tx);
        throw error;
      }
      return old ? 'replaced' : 'saved';
    },
    async setEnabled(id, enabled) {
      const tx = db.transaction(['packs', 'indexCache'], 'readwrite');
      const old = await tx.objectStore('packs').get(id);
      const changed = old && { ...old, enabled };
      if (changed)
        await Promise.all([tx.objectStore('packs').put(changed), tx.objectStore('indexCache').clear()]);
      await tx.done;
      return changed;
    },
    async remove(id) {
      const tx = db.transaction(['packs', 'entries', 'indexCache'], 'readwrite');
      const old = await tx.objectStore('packs').get(id);
      if (old)
        await Promise.all([
          tx.objectStore('packs').delete(id),
          tx.objectStore('entries').delete(id),
          tx.objectStore('indexCache').clear(),
        ]);
      await tx.done;
      return old !== undefined;
    },
    async cachedIndexPart(fingerprint, part) {
      return (await db.get('indexCache', `${fingerprint}/${part}`))?.value;
    },
    async saveIndexPart(fingerprint, part, value, now) {
      await saveIndexParts(fingerprint, [{ part, value }], now);
    },
    saveIndexParts,
    close: () => db.close(),
  };
}
