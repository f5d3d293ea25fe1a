/** Which packs, in which versions and order, an index was built from: the key of its cached copy. */
import type { PackSummary } from './pack';

/** FNV-1a over the enabled packs' ids, versions and import times, in the order they are merged. */
export function packsFingerprint(
  enabled: readonly Pick<PackSummary, 'id' | 'version' | 'importedAt'>[],
): string {
  const text = enabled.map((p) => `${p.id}@${p.version}@${p.importedAt}`).join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${enabled.length}-${hash.toString(16)}`;
}
