import type { StudyEntry } from '@/utils/study/study-entry';

export const T0 = Date.UTC(2026, 11, 1, 10);
export const entry = (termId: string, at = T0, more: Partial<StudyEntry> = {}): StudyEntry => ({
  termId,
  sentence: `A sentence about ${termId}.`,
  pageTitle: 'A paper',
  url: 'https://example.org/paper',
  savedAt: at,
  updatedAt: at,
  knew: 0,
  again: 0,
  reviewedAt: 0,
  ...more,
});
