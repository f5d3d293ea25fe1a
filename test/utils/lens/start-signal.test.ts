import { describe, expect, it } from 'vitest';
import { onLensStart, signalLensStart, startedWithPage } from '@/utils/lens/start-signal';

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

  it('tells the lens it came on with the page only where the start script ran, and only once', () => {
    const loaded = {};
    onLensStart(() => undefined, loaded);
    signalLensStart(loaded);
    expect(startedWithPage(loaded)).toBe(true);
    expect(startedWithPage(loaded)).toBe(false);
    // The command, or the background's word after a change of the settings: no start script ran.
    const asked = {};
    onLensStart(() => undefined, asked);
    expect(startedWithPage(asked)).toBe(false);
  });
});
