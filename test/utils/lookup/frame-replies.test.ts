import { describe, expect, it } from 'vitest';
import { opensFullView } from '@/utils/lookup/frame-replies';

describe('opensFullView', () => {
  it('opens the full view page when every frame had nothing, or none answered', () => {
    expect(opensFullView([])).toBe(true);
    expect(opensFullView([undefined])).toBe(true);
    expect(opensFullView(['nothing', 'nothing', undefined])).toBe(true);
  });

  it('opens nothing once a frame showed a bubble', () => {
    expect(opensFullView(['nothing', 'shown'])).toBe(false);
    expect(opensFullView(['shown'])).toBe(false);
  });

  it('opens nothing after a frame declined (a password field), whatever the others said', () => {
    expect(opensFullView(['declined'])).toBe(false);
    expect(opensFullView(['nothing', undefined, 'declined'])).toBe(false);
  });
});
