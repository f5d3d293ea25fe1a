import type { FullViewTarget } from '@/utils/messages/to-background';
import type { BubbleActions } from './bubble-host';

/**
 * What the bubble's links do: open the full view page. Only during a reader's own click or key press (the
 * browser's transient user activation): a page script that calls `click()` on the bubble's buttons grants none,
 * so it cannot open tabs. The background also opens at most one a second for each tab.
 */
export function bubbleActions(openFullView: (target: FullViewTarget) => void): Omit<BubbleActions, 'study'> {
  const open = (target: FullViewTarget) => {
    // Browsers without the UserActivation API (Firefox before 120 has none) rely on the background's limit.
    if (navigator.userActivation?.isActive === false) return;
    openFullView(target);
  };
  return {
    onOpenEntry: (id) => open({ kind: 'term', id }),
    onOpenQuestion: (id) => open({ kind: 'qa', id }),
    onSearch: (text) => open({ kind: 'query', text }),
  };
}
