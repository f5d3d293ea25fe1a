// fake-indexeddb: IndexedDB in Node, so the store's transactions and migrations run in the unit tests.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStudyStore, STUDY_DB_VERSION, withListCache, type StudyStore } from '@/utils/study/study-store';
import { entry, T0 } from './study-fixtures';

let n = 0;
const fresh = () => `study-test-${++n}`;
const opened: StudyStore[] = [];
const open = async (name: string) => {
  const store = await openStudyStore(name);
  opened.push(store);
  return store;
};
afterEach(() => opened.splice(0).forEach((s) => s.close()));

describe('study store', () => {
  it('saves, lists newest first, reviews and removes', async () => {
    const store = await open(fresh());
    expect(await store.save({ termId: 'il-2', sentence: 'IL-2 grows T cells.' }, T0)).toMatchObject({
      outcome: 'saved',
    });
    await store.save({ termId: 'tnf', sentence: 'TNF.' }, T0 + 1);
    expect(await store.save({ termId: 'il-2', sentence: 'Again.' }, T0 + 2)).toMatchObject({
      outcome: 'updated',
    });
    expect((await store.list()).map((e) => [e.termId, e.sentence])).toEqual([
      ['il-2', 'Again.'],
      ['tnf', 'TNF.'],
    ]);
    expect(await store.review('tnf', false, T0 + 3)).toMatchObject({ again: 1, reviewedAt: T0 + 3 });
    const removed = await store.remove('tnf');
    expect((await store.list()).map((e) => e.termId)).toEqual(['il-2']);
    await store.put([removed!]);
    expect(await store.get('tnf')).toMatchObject({ again: 1 });
  });

  it('refuses a save without an entry id', async () => {
    const store = await open(fresh());
    expect(await store.save({ termId: 'javascript:alert(1)' }, T0)).toEqual({ outcome: 'not an entry' });
    expect(await store.list()).toEqual([]);
  });

  it('loses no entry when many saves arrive at once, from two connections', async () => {
    const name = fresh();
    const [a, b] = [await open(name), await open(name)];
    const ids = Array.from({ length: 60 }, (_, i) => `term-${i}`);
    await Promise.all([
      ...ids.map((id, i) => (i % 2 ? a : b).save({ termId: id, sentence: id }, T0 + i)),
      ...Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).review('term-0', true, T0 + 100 + i)),
    ]);
    const list = await a.list();
    expect(list.map((e) => e.termId).sort()).toEqual([...ids].sort());
    expect(list.find((e) => e.termId === 'term-0')!.knew).toBeGreaterThan(0);
  });

  it('merges a list in one transaction, keeping a save made meanwhile, or writes nothing when it would not fit', async () => {
    const store = await open(fresh());
    await store.save({ termId: 'il-2', sentence: 'Mine.' }, T0 + 10);
    const [merged] = await Promise.all([
      store.merge([entry('il-2', T0), entry('tnf', T0 + 1, { knew: 2 })], 10),
      store.save({ termId: 'il-6', sentence: 'Meanwhile.' }, T0 + 20),
    ]);
    expect(merged).toMatchObject({ fits: true, added: 1 });
    expect((await store.list()).map((e) => [e.termId, e.sentence])).toEqual([
      ['il-6', 'Meanwhile.'],
      ['il-2', 'Mine.'],
      ['tnf', 'A sentence about tnf.'],
    ]);
    expect(await store.merge([entry('il-10'), entry('il-12')], 4)).toMatchObject({ fits: false });
    expect((await store.list()).map((e) => e.termId).sort()).toEqual(['il-2', 'il-6', 'tnf']);
    await store.replaceAll([entry('cd8')]);
    expect((await store.list()).map((e) => e.termId)).toEqual(['cd8']);
  });

  it('keeps the owner’s list in memory, updated by saves, reviews and removals, read afresh after bulk changes', async () => {
    const raw = await open(fresh());
    const read = vi.spyOn(raw, 'list');
    const store = withListCache(raw);
    await store.save({ termId: 'il-2' }, T0);
    expect((await store.list()).map((e) => e.termId)).toEqual(['il-2']);
    const copy = await store.list();
    copy.pop();
    expect((await store.list()).map((e) => e.termId)).toEqual(['il-2']);
    await store.save({ termId: 'tnf', sentence: 'TNF.' }, T0 + 1);
    await store.review('il-2', false, T0 + 2);
    await store.save({ termId: 'il-6' }, T0 + 3);
    await store.remove('tnf');
    await store.save({ termId: 'il-2', sentence: 'Again.' }, T0 + 4);
    expect(read).toHaveBeenCalledTimes(1);
    // What the copy says is what the database says.
    expect(await store.list()).toEqual(await raw.list());
    expect((await store.list()).map((e) => [e.termId, e.again])).toEqual([
      ['il-2', 1],
      ['il-6', 0],
    ]);
    for (const change of [
      () => store.put([entry('il-10', T0 + 5)]),
      () => store.merge([entry('il-12', T0 + 6)], 100),
      () => store.replaceAll([entry('cd8', T0 + 7), entry('tnf', T0 + 8)]),
    ]) {
      const before = read.mock.calls.length;
      await change();
      expect(await store.list()).toEqual(await raw.list());
      expect(read.mock.calls.length).toBe(before + 2);
    }
    // A list asked for after a change began shows it, as IndexedDB's ordering would (review, then reload).
    await store.list();
    const [, listed] = await Promise.all([store.review('cd8', false, T0 + 10), store.list()]);
    expect(listed.find((e) => e.termId === 'cd8')).toMatchObject({ again: 1 });
    // Reads that overlap a save may show the list before or after it; once it is done, the list has it.
    await Promise.all([store.list(), store.save({ termId: 'il-12' }, T0 + 9), store.list()]);
    expect((await store.list()).map((e) => e.termId)).toContain('il-12');
    expect(await store.list()).toEqual(await raw.list());
  });

  it('counts every one of concurrent reviews of one entry', async () => {
    const store = await open(fresh());
    await store.save({ termId: 'il-2' }, T0);
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.review('il-2', i % 5 !== 0, T0 + i)));
    expect(await store.get('il-2')).toMatchObject({ knew: 20, again: 5 });
  });

  it(`migrates a version 1 database to version ${STUDY_DB_VERSION}: entries kept, damaged records dropped`, async () => {
    const name = fresh();
    const v1 = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('study', { keyPath: 'termId' }),
    });
    await v1.put('study', entry('il-2', T0));
    await v1.put('study', { ...entry('tnf', T0 + 1), url: 'javascript:alert(1)', extra: true });
    await v1.put('study', { termId: 'broken', savedAt: 'never' });
    v1.close();

    const store = await open(name);
    expect(await store.list()).toEqual([{ ...entry('tnf', T0 + 1), url: '' }, entry('il-2', T0)]);
  });
});
