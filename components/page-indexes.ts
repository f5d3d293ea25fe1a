import { useEffect, useState } from 'preact/hooks';
import { createIndexLoader } from '@/utils/knowledge/index-loader';
import type { Indexes } from '@/utils/knowledge/indexes';
import { PACKS_CHANGED_CHANNEL } from '@/utils/messages/packs';
import { openPackStore } from '@/utils/packs/pack-store';

/**
 * An extension page's own indexes (popup, lookup page): it reads the enabled packs from IndexedDB (pages may read;
 * only the background writes) and builds in the page, so that typing never waits for a message round trip.
 */
export const pageIndexes = createIndexLoader(() => openPackStore());

/**
 * The page's indexes: the bundled ones at once (the page opens as fast as without packs, its search box focused),
 * then bundled + enabled packs when they are read, and again when the background says the packs changed.
 */
export function useIndexes(): Indexes {
  const [indexes, setIndexes] = useState(pageIndexes.latest);
  useEffect(() => {
    void pageIndexes.indexes().then(setIndexes);
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PACKS_CHANGED_CHANNEL);
    channel.onmessage = () => {
      pageIndexes.invalidate();
      void pageIndexes.indexes().then(setIndexes);
    };
    return () => channel.close();
  }, []);
  return indexes;
}
