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

/** Text nodes a selection's text is read from at most: with the character cap, what bounds Ctrl+A on a huge page. */
const MAX_SELECTION_NODES = 2000;

/** The first text node at or after a range boundary point, in document order within `root`. */
function firstTextAt(walker: TreeWalker, container: Node, offset: number): Text | null {
  if (container.nodeType === Node.TEXT_NODE) return container as Text;
  const child = container.childNodes[offset];
  if (child) {
    if (child.nodeType === Node.TEXT_NODE) return child as Text;
    walker.currentNode = child;
  } else {
    // Past the container's last child: the next text node after its whole subtree.
    let last: Node = container;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
  }
  return walker.nextNode() as Text | null;
}

/**
 * The selection's text, read by walking its text nodes and stopping at `max` characters or MAX_SELECTION_NODES
 * nodes, so a selection of the whole of a 10 MB page costs what a paragraph does. A selection that ends before the
 * cap reads as the browser serialises it (visible text, line breaks between blocks); a longer one is joined from
 * its text nodes, with a line break where the block changes.
 */
function boundedText(selection: Selection, range: Range, max: number): string {
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node = firstTextAt(walker, range.startContainer, range.startOffset);
  let text = '';
  let block: Element | null = null;
  for (let visited = 0; node && visited < MAX_SELECTION_NODES; visited++) {
    if (node !== range.endContainer && range.comparePoint(node, 0) > 0)
      return selection.toString().slice(0, max);
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    const nodeBlock = node.parentElement?.closest(BLOCK) ?? null;
    if (block && nodeBlock !== block && text !== '' && !/\s$/.test(text)) text += '\n';
    block = nodeBlock;
    text += node.data.slice(from, to);
    if (text.length >= max) return text.slice(0, max);
    if (node === range.endContainer) break;
    walker.currentNode = node;
    node = walker.nextNode() as Text | null;
  }
  return node === null || node === range.endContainer ? selection.toString().slice(0, max) : text;
}

/** The current selection as text, with a bounded window of the text around it. */
export function readSelection(
  selection: Selection | null,
  contextChars = CONTEXT_WINDOW_CHARS,
): PageSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const text = boundedText(selection, range, MAX_SELECTION_CHARS);
  if (text.trim() === '') return null;
  return {
    text,
    before: textBeside(range, 'before', contextChars),
    after: textBeside(range, 'after', contextChars),
    range: range.cloneRange(),
  };
}

/** A range the extension chose (a lens mark) read as a selection would be: its text and the text around it. */
export function readRange(range: Range, contextChars = CONTEXT_WINDOW_CHARS): PageSelection | null {
  const text = range.toString().slice(0, MAX_SELECTION_CHARS);
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
