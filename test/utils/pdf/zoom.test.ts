import { describe, expect, it } from 'vitest';
import { clampZoom, parseZoom, stepZoom } from '@/utils/pdf/zoom';

describe('reader zoom', () => {
  it('keeps percentages between 50 and 400', () => {
    expect([clampZoom(10), clampZoom(1000), clampZoom(NaN), clampZoom(133.4)]).toEqual([50, 400, 100, 133]);
  });
  it('steps up and down through the zoom steps, stopping at the bounds', () => {
    expect([
      stepZoom(100, 1),
      stepZoom(100, -1),
      stepZoom(133, 1),
      stepZoom(400, 1),
      stepZoom(50, -1),
    ]).toEqual([110, 90, 150, 400, 50]);
  });
  it('reads the zoom box', () => {
    expect([parseZoom('page-width'), parseZoom('page-fit'), parseZoom('250'), parseZoom('9000')]).toEqual([
      'page-width',
      'page-fit',
      250,
      400,
    ]);
  });
});
