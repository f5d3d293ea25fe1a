import { describe, expect, it } from 'vitest';
import { preparePackImport } from '@/utils/packs/import-pack';
import {
  importFraction,
  importStepFrom,
  importStepText,
  PROGRESS_EVERY_ENTRIES,
  type ImportStep,
} from '@/utils/packs/import-progress';
import { entry, jsonPack, known } from './pack-fixtures';

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => entry({ id: `drug-${i}`, name: `Drug ${i}`, aliases: [`DRG-${i}`] }));

function stepsOf(text: string): ImportStep[] {
  const steps: ImportStep[] = [];
  preparePackImport(text, { fileName: 'p.json', bytes: text.length, format: 'json' }, known, [], 1, (s) =>
    steps.push(s),
  );
  return steps;
}

describe('an import’s progress while it is checked and saved', () => {
  it('is told each step in order, the entries counted as they are checked and compared', () => {
    const count = 2 * PROGRESS_EVERY_ENTRIES + 5;
    const steps = stepsOf(jsonPack(many(count)));
    expect(steps[0]).toEqual({ step: 'parsing' });
    const checking = steps.filter((s) => s.step === 'checking');
    expect(checking).toEqual(
      [0, 1, 2].map((k) => ({ step: 'checking', done: k * PROGRESS_EVERY_ENTRIES, total: count })),
    );
    const clashes = steps.filter((s) => s.step === 'clashes');
    expect(clashes).toEqual(
      [0, 1, 2].map((k) => ({ step: 'clashes', done: k * PROGRESS_EVERY_ENTRIES, total: count })),
    );
    // Never back: the bar only moves forward, and stays under its end until the save is done.
    const fractions = steps.map(importFraction);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(Math.max(...fractions)).toBeLessThan(1);
    expect(importFraction({ step: 'saving' })).toBeGreaterThan(fractions.at(-1)!);
  });

  it('stops at the check when the pack is refused', () => {
    const steps = stepsOf(jsonPack([entry(), entry()]));
    expect(steps.map((s) => s.step)).toEqual(['parsing', 'checking']);
    expect(stepsOf('{').map((s) => s.step)).toEqual(['parsing']);
  });

  it('words each step for the page, with the counts', () => {
    expect(importStepText({ step: 'parsing' })).toBe('Reading the pack…');
    expect(importStepText({ step: 'checking', done: 40000, total: 100000 })).toBe(
      'Checking the entries… (40,000 of 100,000)',
    );
    expect(importStepText({ step: 'clashes', done: 2000, total: 3000 })).toBe(
      'Comparing names with your other packs… (2,000 of 3,000)',
    );
    expect(importStepText({ step: 'saving' })).toBe('Saving the pack…');
    expect(importFraction({ step: 'checking', done: 0, total: 0 })).toBe(
      importFraction({ step: 'checking', done: 0, total: 1 }),
    );
  });

  it('takes only this import’s well-formed messages off the channel', () => {
    expect(importStepFrom({ importId: 'a', step: 'saving' }, 'a')).toEqual({ step: 'saving' });
    expect(importStepFrom({ importId: 'a', step: 'checking', done: 2, total: 9 }, 'a')).toEqual({
      step: 'checking',
      done: 2,
      total: 9,
    });
    for (const bad of [
      null,
      'saving',
      { importId: 'b', step: 'saving' },
      { importId: 'a', step: 'other' },
      { importId: 'a', step: 'checking', done: 10, total: 9 },
      { importId: 'a', step: 'checking', done: -1, total: 9 },
      { importId: 'a', step: 'clashes', done: '1', total: 9 },
      { importId: 'a', step: 'clashes', done: 1.5, total: 9 },
    ])
      expect(importStepFrom(bad, 'a')).toBeNull();
  });
});
