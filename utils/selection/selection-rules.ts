import type { TriggerMode } from '../settings/settings';

/** How a selection was finished. */
export type SelectionGesture = 'drag' | 'dblclick' | 'keyboard';

/** Whether the trigger setting lets this gesture show a bubble by itself. */
export function triggerAllows(mode: TriggerMode, gesture: SelectionGesture, altKey: boolean): boolean {
  switch (mode) {
    case 'selection':
      return true;
    case 'alt':
      return altKey;
    case 'dblclick':
      return gesture === 'dblclick';
    case 'off':
      return false;
  }
}

/** The element itself, or a text node's parent. */
function elementOf(node: Node | null): Element | null {
  return node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/**
 * Whether a node sits in something the reader is typing into: a text field, a text area, a password field or
 * an editable region. Selections there are editing, not reading.
 */
export function isEditable(node: Node | null): boolean {
  const element = elementOf(node);
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((element as HTMLInputElement).type.toLowerCase());
  if ((element as HTMLElement).isContentEditable) return true;
  return element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** Password fields are never read, whatever the settings say. */
export function isPasswordField(node: Node | null): boolean {
  const element = elementOf(node);
  return element?.tagName === 'INPUT' && (element as HTMLInputElement).type.toLowerCase() === 'password';
}
