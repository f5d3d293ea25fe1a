import type { StudyEntry } from './study-entry';

export interface Merged {
  list: StudyEntry[];
  added: number;
  updated: number;
}

/**
 * One list from two, one entry per term: the later save's sentence and source win, the first save date stays,
 * review counts take the larger of each (importing the same file twice counts nothing twice). Newest first.
 */
export function mergeStudyLists(current: readonly StudyEntry[], incoming: readonly StudyEntry[]): Merged {
  const byTerm = new Map(current.map((e) => [e.termId, e]));
  const inCurrent = new Set(byTerm.keys());
  let added = 0;
  let updated = 0;
  for (const e of incoming) {
    const old = byTerm.get(e.termId);
    if (!old) {
      added++;
      byTerm.set(e.termId, e);
      continue;
    }
    const newer = e.updatedAt > old.updatedAt ? e : old;
    const merged: StudyEntry = {
      ...newer,
      savedAt: Math.min(old.savedAt, e.savedAt),
      knew: Math.max(old.knew, e.knew),
      again: Math.max(old.again, e.again),
      reviewedAt: Math.max(old.reviewedAt, e.reviewedAt),
    };
    if (JSON.stringify(merged) !== JSON.stringify(old) && inCurrent.has(e.termId)) updated++;
    byTerm.set(e.termId, merged);
  }
  const list = [...byTerm.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  return { list, added, updated };
}
