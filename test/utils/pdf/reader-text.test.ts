import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore, readerText } from '@/utils/pdf/reader-text';

describe('readerText', () => {
  it.each([
    ['inter-\nleukin-12', 'interleukin-12'],
    ['inter-\n  leukin-12', 'interleukin-12'],
    ['IL-\n12', 'IL-12'],
    ['anti-\nPD-1 therapy', 'anti-PD-1 therapy'],
    ['PD-\nL1', 'PD-L1'],
    ['cyto\u00ad\nkine', 'cytokine'],
    ['interferon-\u03b3\nlevels', 'interferon-\u03b3 levels'],
    ['tumour\nnecrosis   factor', 'tumour necrosis factor'],
    ['IL-12 and\r\nIFN-\u03b3', 'IL-12 and IFN-\u03b3'],
  ])('reads %j as %j', (raw, seen) => {
    expect(readerText(raw)).toBe(seen);
  });

  it('keeps a hyphen inside a line', () => {
    expect(readerText('T-cell-mediated')).toBe('T-cell-mediated');
  });

  it('takes context from the near end of the text around a selection', () => {
    expect(contextBefore('the cyto-\nkine IL', 9)).toBe('tokine IL');
    expect(contextAfter('-12 is made\nby cells', 11)).toBe('-12 is made');
  });
});
