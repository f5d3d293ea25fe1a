import { useEffect, useState } from 'preact/hooks';
import { cachingIndexLoader } from '@/utils/knowledge/index-cache';
import type { Indexes } from '@/utils/knowledge/indexes';
import { PACKS_CHANGED_CHANNEL } from '@/utils/messages/packs';
import { openPackStore, type PackStore } from '@/utils/packs/pack-store';

let opening: Promise<PackStore> | null = null;
/** One connection for the page's reads and cache writes; tried again next time when it could not be opened. */
const packStore = () =>
  (opening ??= openPackStore().catch((error: unknown) => {
    opening = null;
    throw error;
  }));

/**
 * An extension page's own indexes (popup, lookup page): it reads the enabled packs from IndexedDB (pages may read;
 * only the background writes packs) and searches in the page, so that typing never waits for a message round trip.
 * The indexes come from the cache when a context built them before; a page that builds one stores its snapshot
 * too (derived data, keyed by the packs' fingerprint, so a copy from packs since changed is never used).
 */
export const pageIndexes = cachingIndexLoader(packStore);

/**
 * The page's indexes: the bundled ones at once (the page opens as fast as without packs, its search box focused),
 * then bundled + enabled packs when they are read, and again when the background says the packs changed.
 */
export function useIndexes(): Indexes {
  const [indexes, setIndexes] = useState(pageIndexes.latest);
  // With packs, the page switches over once their search index can be restored from the cache (or there is none
  // cached): a keystroke meanwhile searches the bundled glossary rather than waiting for a build.
  const load = () =>
    void pageIndexes
      .indexes()
      .then(async (indexes) => {
        await indexes.searchReady?.();
        return indexes;
      })
      .then(setIndexes);
  useEffect(() => {
    load();
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PACKS_CHANGED_CHANNEL);
    channel.onmessage = () => {
      pageIndexes.invalidate();
      load();
    };
    return () => channel.close();
  }, []);
  return indexes;
}
