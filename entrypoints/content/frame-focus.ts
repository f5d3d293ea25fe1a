import type { FrameFocus } from '@/utils/selection/selection-rules';

/** Where the focus is, as this frame sees it: for the menu and the shortcut (frameHasReader, frameAnswer). */
export function frameFocus(): FrameFocus {
  const active = document.activeElement;
  return {
    isTop: window === window.top,
    hasFocus: document.hasFocus(),
    focusInChildFrame: active instanceof HTMLIFrameElement || active?.localName === 'frame',
  };
}
