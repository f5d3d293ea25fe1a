/**
 * How far the background has got with checking and saving an imported pack, as the options page shows it: a
 * determinate bar (the stage took 2–13 s at 100,000 entries, and an indeterminate bar said nothing of how long).
 * The background posts each step on a BroadcastChannel (extension origin only: a web page can neither post on it
 * nor read it); BroadcastChannel messages leave as they are posted, so the page sees the steps while the worker
 * is still busy with the check.
 */
export const PACK_IMPORT_PROGRESS_CHANNEL = 'immunolens-pack-import-progress';

/** Entries checked (or compared) between two progress steps. */
export const PROGRESS_EVERY_ENTRIES = 2000;

/** Entries are counted while they are checked, and again while their names are compared with other packs'. */
export type ImportStep =
  { step: 'parsing' | 'saving' } | { step: 'checking' | 'clashes'; done: number; total: number };

/**
 * The share of the stage done when each step starts (and 1 at its end): the steps' shares of the stage as measured
 * in Chromium at 100,000 entries (parse 1.1 s, check 4 s, names compared 3.1 s, save 2.2 s: the import bench's
 * worker steps, decision 0011).
 */
const STARTS = { parsing: 0, checking: 0.1, clashes: 0.5, saving: 0.8, end: 1 } as const;
const NEXT = { parsing: 'checking', checking: 'clashes', clashes: 'saving', saving: 'end' } as const;

export function importFraction(step: ImportStep): number {
  const start = STARTS[step.step];
  if (!('done' in step)) return start;
  const within = step.total > 0 ? Math.min(1, Math.max(0, step.done / step.total)) : 0;
  return start + within * (STARTS[NEXT[step.step]] - start);
}

export function importStepText(step: ImportStep): string {
  switch (step.step) {
    case 'parsing':
      return 'Reading the pack…';
    case 'checking':
      return `Checking the entries… (${step.done.toLocaleString('en')} of ${step.total.toLocaleString('en')})`;
    case 'clashes':
      return `Comparing names with your other packs… (${step.done.toLocaleString('en')} of ${step.total.toLocaleString('en')})`;
    case 'saving':
      return 'Saving the pack…';
  }
}

/** A progress message for this import, or null for anything else (another import's, a damaged value). */
export function importStepFrom(value: unknown, importId: string): ImportStep | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.importId !== importId) return null;
  if (v.step === 'parsing' || v.step === 'saving') return { step: v.step };
  if (
    (v.step === 'checking' || v.step === 'clashes') &&
    Number.isSafeInteger(v.done) &&
    Number.isSafeInteger(v.total) &&
    (v.done as number) >= 0 &&
    (v.done as number) <= (v.total as number)
  )
    return { step: v.step, done: v.done as number, total: v.total as number };
  return null;
}
