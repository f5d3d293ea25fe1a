import { MAX_SELECTION_CHARS, CONTEXT_WINDOW_CHARS } from '@/utils/limits';

export interface PageSelection {
  text: string;
  before: string;
  after: string;
  range: Range;
}

/** The current selection as text, with a few characters either side from the same text nodes. */
export function readSelection(selection: Selection | null): PageSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const text = selection.toString().slice(0, MAX_SELECTION_CHARS);
  if (text.trim() === '') return null;
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const before =
    startContainer.nodeType === Node.TEXT_NODE
      ? (startContainer as Text).data.slice(Math.max(0, startOffset - CONTEXT_WINDOW_CHARS), startOffset)
      : '';
  const after =
    endContainer.nodeType === Node.TEXT_NODE
      ? (endContainer as Text).data.slice(endOffset, endOffset + CONTEXT_WINDOW_CHARS)
      : '';
  return { text, before, after, range: range.cloneRange() };
}

/**
 * The range of the whole term when the reply widened the selection past its ends, within the same text nodes
 * (a double-click on "12" in "IL-12" becomes "IL-12"). Otherwise the range as it was.
 */
export function widenRange(read: PageSelection, widened: { start: number; end: number }): Range {
  const range = read.range.cloneRange();
  const growStart = widened.start < 0 ? -widened.start : 0;
  const growEnd = widened.end > read.text.length ? widened.end - read.text.length : 0;
  if (growStart === 0 && growEnd === 0) return range;
  try {
    if (growStart > 0 && range.startContainer.nodeType === Node.TEXT_NODE && range.startOffset >= growStart)
      range.setStart(range.startContainer, range.startOffset - growStart);
    if (growEnd > 0 && range.endContainer.nodeType === Node.TEXT_NODE) {
      const length = (range.endContainer as Text).length;
      if (range.endOffset + growEnd <= length) range.setEnd(range.endContainer, range.endOffset + growEnd);
    }
  } catch {
    return read.range.cloneRange();
  }
  return range;
}
