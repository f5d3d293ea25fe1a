/**
 * The study list in the extension's IndexedDB, through `idb`. Only the background opens it (content scripts run in
 * the page's origin and cannot reach the extension's database), so there is one writer; each change is one
 * readwrite transaction that reads and writes the entry, and IndexedDB runs overlapping readwrite transactions on
 * one store one after another, so two saves at once never lose an entry.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { MAX_STUDY_ENTRIES } from '../limits';
import { mergeStudyLists, type Merged } from './merge';
import { parseStudyEntry, reviewed, saveInto, type StudyEntry, type StudySave } from './study-entry';

export const STUDY_DB_NAME = 'immunolens';
/** 1: the `study` store keyed by term id. 2: an index by last save (newest first), records re-checked. */
export const STUDY_DB_VERSION = 2;

interface StudyDb extends DBSchema {
  study: { key: string; value: StudyEntry; indexes: { byUpdated: number } };
}

type Db = IDBPDatabase<StudyDb>;

type UpgradeTx = IDBPTransaction<StudyDb, 'study'[], 'versionchange'>;

/** Each step takes the database from version N-1 to N; opening runs every step the stored version lacks. */
const MIGRATIONS: ((db: Db, tx: UpgradeTx) => Promise<void> | void)[] = [
  (db) => {
    db.createObjectStore('study', { keyPath: 'termId' });
  },
  async (_db, tx) => {
    const store = tx.objectStore('study');
    store.createIndex('byUpdated', 'updatedAt');
    let cursor = await store.openCursor();
    while (cursor) {
      const parsed = parseStudyEntry(cursor.value);
      if ('entry' in parsed) await cursor.update(parsed.entry);
      else await cursor.delete();
      cursor = await cursor.continue();
    }
  },
];

export type SaveResult =
  { outcome: 'saved' | 'updated'; entry: StudyEntry } | { outcome: 'list full' | 'not an entry' };

export interface StudyStore {
  /** Newest save first. */
  list(): Promise<StudyEntry[]>;
  get(termId: string): Promise<StudyEntry | undefined>;
  save(save: StudySave, now: number): Promise<SaveResult>;
  /** The removed entry, for undo. */
  remove(termId: string): Promise<StudyEntry | undefined>;
  /** Puts entries back as they are (undo of a remove, an import already merged). */
  put(entries: readonly StudyEntry[]): Promise<void>;
  review(termId: string, knew: boolean, now: number): Promise<StudyEntry | undefined>;
  /**
   * Merges entries in (mergeStudyLists) in one transaction: read and written together, so a save meanwhile is
   * kept; nothing is written when the result would exceed `max` entries (the reply's list is then the current one).
   */
  merge(incoming: readonly StudyEntry[], max: number): Promise<Merged & { fits: boolean }>;
  /** The list becomes exactly `entries`, in one transaction (undoing a restore that failed half-way). */
  replaceAll(entries: readonly StudyEntry[]): Promise<void>;
  close(): void;
}

export async function openStudyStore(name = STUDY_DB_NAME, version = STUDY_DB_VERSION): Promise<StudyStore> {
  const db = await openDB<StudyDb>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(database, tx);
    },
  });
  return {
    async list() {
      return (await db.getAllFromIndex('study', 'byUpdated')).reverse();
    },
    get: (termId) => db.get('study', termId),
    async save(save, now) {
      const tx = db.transaction('study', 'readwrite');
      const old = await tx.store.get(save.termId);
      if (!old && (await tx.store.count()) >= MAX_STUDY_ENTRIES) return { outcome: 'list full' };
      const [entry] = saveInto(old ? [old] : [], save, now);
      if (!entry) return { outcome: 'not an entry' };
      await tx.store.put(entry);
      await tx.done;
      return { outcome: old ? 'updated' : 'saved', entry };
    },
    async remove(termId) {
      const tx = db.transaction('study', 'readwrite');
      const old = await tx.store.get(termId);
      if (old) await tx.store.delete(termId);
      await tx.done;
      return old;
    },
    async put(entries) {
      const tx = db.transaction('study', 'readwrite');
      await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
    },
    async review(termId, knew, now) {
      const tx = db.transaction('study', 'readwrite');
      const old = await tx.store.get(termId);
      const entry = old && reviewed(old, knew, now);
      if (entry) await tx.store.put(entry);
      await tx.done;
      return entry;
    },
    async merge(incoming, max) {
      const tx = db.transaction('study', 'readwrite');
      const current = await tx.store.getAll();
      const merged = mergeStudyLists(current, incoming);
      const fits = merged.list.length <= max;
      const before = new Map(current.map((e) => [e.termId, JSON.stringify(e)]));
      const changed = fits ? merged.list.filter((e) => before.get(e.termId) !== JSON.stringify(e)) : [];
      await Promise.all([...changed.map((e) => tx.store.put(e)), tx.done]);
      return { ...merged, fits };
    },
    async replaceAll(entries) {
      const tx = db.transaction('study', 'readwrite');
      await Promise.all([tx.store.clear(), ...entries.map((e) => tx.store.put(e)), tx.done]);
    },
    close: () => db.close(),
  };
}

/** The order `list()` reads in: last save first; the same time, the greater term id first (the index, reversed). */
const newestFirst = (a: StudyEntry, b: StudyEntry) =>
  b.updatedAt - a.updatedAt || (a.termId < b.termId ? 1 : a.termId > b.termId ? -1 : 0);

/**
 * The store with its list kept in memory, for the one owner (the background): reading 10,000 entries from
 * IndexedDB took 110–560 ms in Chromium on this machine (the study bench), and the list view asks for them each
 * time it opens. A save, a review or a removal through this store updates the copy with what it wrote (each
 * update is idempotent, so a read that overlapped the write is still right after it); the bulk changes (put, merge,
 * replaceAll) drop it, to be read afresh. A second connection's writes would not reach the copy, which is why only
 * the owner's single connection is wrapped.
 */
export function withListCache(store: StudyStore): StudyStore {
  let cached: Promise<StudyEntry[]> | null = null;
  /**
   * Changes under way. A list asked for after a change began waits for it, as IndexedDB's own ordering would
   * make it (a readonly transaction waits for an earlier readwrite one): a page that marks a review and then
   * reloads its list sees the mark.
   */
  const pending = new Set<Promise<unknown>>();
  const tracked =
    <A extends unknown[], R>(change: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const running = change(...args);
      const settled = running.catch(() => undefined);
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return running;
    };
  const update = (change: (list: StudyEntry[]) => StudyEntry[]) => {
    cached = cached?.then(change) ?? null;
  };
  const drops = <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    tracked(async (...args: A): Promise<R> => {
      cached = null;
      try {
        return await write(...args);
      } finally {
        cached = null;
      }
    });
  const updates = <A extends unknown[], R>(
    write: (...args: A) => Promise<R>,
    change: (result: R, list: StudyEntry[]) => StudyEntry[],
  ) =>
    tracked(async (...args: A): Promise<R> => {
      try {
        const result = await write(...args);
        update((list) => change(result, list));
        return result;
      } catch (error) {
        cached = null;
        throw error;
      }
    });
  const without = (list: StudyEntry[], termId: string) => list.filter((e) => e.termId !== termId);
  return {
    async list() {
      if (pending.size > 0) await Promise.all(pending);
      const reading = (cached ??= store.list());
      try {
        return [...(await reading)];
      } catch (error) {
        if (cached === reading) cached = null;
        throw error;
      }
    },
    get: (termId) => store.get(termId),
    save: updates(
      (save: StudySave, now: number) => store.save(save, now),
      (result, list) =>
        'entry' in result ? [result.entry, ...without(list, result.entry.termId)].sort(newestFirst) : list,
    ),
    remove: updates(
      (termId: string) => store.remove(termId),
      (removed, list) => (removed ? without(list, removed.termId) : list),
    ),
    review: updates(
      (termId: string, knew: boolean, now: number) => store.review(termId, knew, now),
      (entry, list) => (entry ? list.map((e) => (e.termId === entry.termId ? entry : e)) : list),
    ),
    put: drops((entries: readonly StudyEntry[]) => store.put(entries)),
    merge: drops((incoming: readonly StudyEntry[], max: number) => store.merge(incoming, max)),
    replaceAll: drops((entries: readonly StudyEntry[]) => store.replaceAll(entries)),
    close: () => store.close(),
  };
}
