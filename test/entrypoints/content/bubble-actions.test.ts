// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bubbleActions } from '@/entrypoints/content/bubble-actions';

const activation = (isActive: boolean) =>
  Object.defineProperty(navigator, 'userActivation', { value: { isActive }, configurable: true });

afterEach(() => void Reflect.deleteProperty(navigator, 'userActivation'));

describe('the bubble opening the full view page', () => {
  it('opens it during a reader’s click', () => {
    activation(true);
    const open = vi.fn();
    bubbleActions(open).onOpenEntry('il-12');
    expect(open).toHaveBeenCalledWith({ kind: 'term', id: 'il-12' });
  });

  it('opens nothing when a page script clicks the bubble’s buttons (no user activation)', () => {
    activation(false);
    const open = vi.fn();
    const actions = bubbleActions(open);
    actions.onOpenEntry('il-12');
    actions.onOpenQuestion('role-of-il-12');
    actions.onSearch('IL-12');
    expect(open).not.toHaveBeenCalled();
  });
});
