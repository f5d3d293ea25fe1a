import { CONTEXT_WINDOW_CHARS, MAX_SELECTION_CHARS } from '@/utils/limits';

export interface PageSelection {
  text: string;
  /** Up to CONTEXT_WINDOW_CHARS of the text just before and after the selection, in its block. */
  before: string;
  after: string;
  range: Range;
}

/** Text nodes visited at most on each side: pages with thousands of empty nodes must not make a walk long. */
const MAX_CONTEXT_NODES = 32;
/** The context stays within the paragraph-like element around the selection. */
const BLOCK = 'p,li,td,th,dt,dd,h1,h2,h3,h4,h5,h6,blockquote,pre,figcaption,caption,div,section,article,body';

/** The text beside one end of a range: the rest of its text node, then neighbouring text nodes in its block. */
function textBeside(range: Range, side: 'before' | 'after', max: number): string {
  const node = side === 'before' ? range.startContainer : range.endContainer;
  if (node.nodeType !== Node.TEXT_NODE) return '';
  const data = (node as Text).data;
  const offset = side === 'before' ? range.startOffset : range.endOffset;
  let text =
    side === 'before' ? data.slice(Math.max(0, offset - max), offset) : data.slice(offset, offset + max);
  const block = node.parentElement?.closest(BLOCK);
  if (!block) return text;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  for (let visited = 0; text.length < max && visited < MAX_CONTEXT_NODES; visited++) {
    const next = side === 'before' ? walker.previousNode() : walker.nextNode();
    if (!next) break;
    const more = (next as Text).data;
    text =
      side === 'before'
        ? more.slice(Math.max(0, more.length - (max - text.length))) + text
        : text + more.slice(0, max - text.length);
  }
  return text;
}

/** The current selection as text, with a bounded window of the text around it. */
export function readSelection(
  selection: Selection | null,
  contextChars = CONTEXT_WINDOW_CHARS,
): PageSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const text = selection.toString().slice(0, MAX_SELECTION_CHARS);
  if (text.trim() === '') return null;
  return {
    text,
    before: textBeside(range, 'before', contextChars),
    after: textBeside(range, 'after', contextChars),
    range: range.cloneRange(),
  };
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
