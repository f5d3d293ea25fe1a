import { describe, expect, it } from 'vitest';
import { onLensStart, signalLensStart } from '@/utils/lens/start-signal';

describe('the lens start signal', () => {
  it('starts the lens when the start script runs after content.js', () => {
    const world = {};
    let started = 0;
    onLensStart(() => started++, world);
    expect(started).toBe(0);
    signalLensStart(world);
    expect(started).toBe(1);
  });

  it('starts the lens when the start script ran before content.js', () => {
    const world = {};
    let started = 0;
    signalLensStart(world);
    onLensStart(() => started++, world);
    expect(started).toBe(1);
  });

  it('starts nothing without the start script (the lens off: the default)', () => {
    const world = {};
    let started = 0;
    onLensStart(() => started++, world);
    expect(started).toBe(0);
    expect(Object.keys(world)).toEqual(['immunolensStartLens']);
  });
});
