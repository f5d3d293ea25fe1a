import type { FrameState } from '@/utils/selection/selection-rules';

/** What this frame knows about where the reader is, for the menu and the shortcut (frameAnswer). */
export function frameState(): FrameState {
  const active = document.activeElement;
  return {
    isTop: window === window.top,
    hasFocus: document.hasFocus(),
    focusInChildFrame: active instanceof HTMLIFrameElement || active?.localName === 'frame',
    hasSelection: !(document.getSelection()?.isCollapsed ?? true),
  };
}
