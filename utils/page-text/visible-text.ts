/**
 * The page's visible text, read the way a reader sees it: text nodes in reading (document) order, without what a
 * reader does not read as prose (form fields, editable regions, code, scripts, hidden and aria-hidden subtrees,
 * ImmunoLens's own host), bounded in characters so a 10 MB page costs what its first part does. And the way back:
 * offsets in the text read → DOM `Range`s over the text nodes, for CSS highlights or scrolling to a use.
 *
 * Pure DOM, no `browser.*`: the lens (entrypoints/content/lens*) and the side panel's page-terms responder both
 * read the page through this module (COORDINATION contract 2). The walker is resumable, so a caller can read a few
 * nodes per idle slice.
 */

/** Elements whose text is not prose to read: their whole subtree is skipped. Upper-case tag names (HTML). */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'svg',
  'SVG',
  'math',
  'MATH',
  'HEAD',
  'TITLE',
]);

/**
 * Elements that start a new block of text: text either side of one is not joined into one word. Reading computed
 * `display` for this would cost a style read per text node; the tag is right for the prose the lens reads.
 */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

export interface VisibleTextOptions {
  /** Stop after this many characters of text in all (the walker then reports `truncated`). */
  maxChars: number;
  /** Further elements to skip with their subtree: ImmunoLens's own host. */
  skip?: (element: Element) => boolean;
  /**
   * Skip subtrees the page hides with CSS (`display: none`, and text under `visibility: hidden`). On by default;
   * reading computed style is what the walk costs most, so a caller that knows better may turn it off.
   */
  checkStyle?: boolean;
  /**
   * Start at this text node (inside `root`) instead of at the start: the lens reads the viewport's text first. The
   * caller checks it is not inside a skipped element (the walk only judges elements it enters).
   */
  from?: Text;
  /**
   * Asked as the walk passes each element and skipped text node: once it says true, `next()` returns null with
   * `paused` set, and the next call carries on from there. The lens's idle slices stop by the clock this way, not
   * only between text nodes (a page of many elements and little text costs a style read per element).
   */
  shouldPause?: () => boolean;
}

export interface VisibleTextWalker {
  /** The next visible, non-blank text node in reading order, or null at the end or at the character cap. */
  next(): Text | null;
  /** Characters returned so far. */
  readonly chars: number;
  /** Whether the walk stopped at `maxChars` with text left unread. */
  readonly truncated: boolean;
  /**
   * Whether a block element, a <br> or skipped content starts between the node `next()` returned last and the one
   * before it: text either side is then not one word ("IL-2<br>receptor", "IL<code>…</code>2").
   */
  readonly breakBefore: boolean;
  /** Whether the last `next()` returned null because `shouldPause` said so (the walk is not over). */
  readonly paused: boolean;
}

/** Whether `element` and its subtree are no prose to read, by what the element itself says (no style read). */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.hasAttribute('inert')) return true;
  // An editable region: the reader is writing there, and a mark would sit under their caret.
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

const BLANK = /^\s*$/;

/**
 * A resumable walk over the visible text under `root` (usually `document.body`). Each `next()` does the work of
 * one text node plus the elements skipped on the way, so callers can stop between calls to yield the main thread.
 */
export function createVisibleTextWalker(root: Node, options: VisibleTextOptions): VisibleTextWalker {
  const { maxChars, skip, checkStyle = true, from, shouldPause } = options;
  const doc = root.ownerDocument ?? (root as Document);
  const view = doc.defaultView;
  const style = checkStyle && view ? (element: Element) => view.getComputedStyle(element) : null;
  // Set when the walk passes a block start or skipped content; read and cleared as each text node is returned.
  let crossed = false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (
        isSkippedElement(element) ||
        skip?.(element) ||
        (style !== null && style(element).display === 'none')
      ) {
        crossed = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (BLOCK_TAGS.has(element.tagName)) crossed = true;
      // Elements are walked through, never returned, except to pause: `next()` then stops on this one, and the
      // walk goes on into its subtree on the next call.
      return shouldPause?.() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  let first: Text | null = null;
  if (from && root.contains(from)) {
    walker.currentNode = from;
    first = from;
  }
  // Consecutive text nodes usually share a parent: its visibility is read once for them all.
  let lastParent: Element | null = null;
  let lastParentShown = true;
  let chars = 0;
  let truncated = false;
  let done = false;
  let breakBefore = false;
  let previousBlock: Element | null = null;
  let paused = false;
  const pause = () => {
    paused = true;
    return null;
  };
  return {
    next() {
      paused = false;
      if (done) return null;
      const start = first ?? walker.nextNode();
      first = null;
      for (let node = start; node; node = walker.nextNode()) {
        // An element comes back only when the filter paused on it.
        if (node.nodeType !== Node.TEXT_NODE) return pause();
        const text = node as Text;
        if (BLANK.test(text.data)) {
          if (shouldPause?.()) return pause();
          continue;
        }
        const parent = text.parentElement;
        if (style && parent) {
          if (parent !== lastParent) {
            lastParent = parent;
            lastParentShown = style(parent).visibility !== 'hidden';
          }
          if (!lastParentShown) {
            if (shouldPause?.()) return pause();
            continue;
          }
        }
        if (chars + text.data.length > maxChars) {
          truncated = true;
          done = true;
          return null;
        }
        chars += text.data.length;
        const block = blockOf(text);
        breakBefore = crossed || block !== previousBlock;
        crossed = false;
        previousBlock = block;
        return text;
      }
      done = true;
      return null;
    },
    get chars() {
      return chars;
    },
    get truncated() {
      return truncated;
    },
    get breakBefore() {
      return breakBefore;
    },
    get paused() {
      return paused;
    },
  };
}

/** A run of text read from consecutive text nodes, for recognising terms in; offsets map back to the nodes. */
export interface TextChunk {
  /** The nodes' text joined, with a line break where a block ends between two nodes. */
  text: string;
  nodes: readonly Text[];
  /** Where each node's text starts in `text`. */
  starts: readonly number[];
}

/** The nearest block-level ancestor of a node (by tag), for telling whether two text nodes share a block. */
function blockOf(node: Node): Element | null {
  for (let e = node.parentElement; e; e = e.parentElement) if (BLOCK_TAGS.has(e.tagName)) return e;
  return null;
}

/**
 * What `readChunk` carries from one call to the next: a node read past the end of the previous chunk, and the part
 * of a chunk read so far when a call paused. Pass the same object to each call.
 */
export interface ChunkProgress {
  node: Text | null;
  breakBefore?: boolean;
  partial?: { text: string; nodes: Text[]; starts: number[] };
}

/** What `readChunk` returns when `shouldPause` stopped it: call again to go on with the same chunk. */
export const PAUSED = 'paused';

/**
 * Reads text nodes from `walker` into one chunk of about `maxChunkChars` (a chunk ends at the first block
 * boundary past half that, or at the cap; one node longer than the cap is a chunk of its own). Null when the
 * walker has nothing left. `pending` carries a node read past the end of the previous chunk (and a paused chunk):
 * pass the same object to each call. With `shouldPause`, asked after each node, the call may stop early and
 * return PAUSED, keeping what it read in `pending`: a chunk is never cut short by the clock, so a term that spans
 * two nodes is read whole.
 */
export function readChunk(
  walker: VisibleTextWalker,
  maxChunkChars: number,
  pending: ChunkProgress = { node: null },
  shouldPause?: () => boolean,
): TextChunk | typeof PAUSED | null {
  const { nodes, starts } = pending.partial ?? { nodes: [] as Text[], starts: [] as number[] };
  let text = pending.partial?.text ?? '';
  pending.partial = undefined;
  for (;;) {
    let node = pending.node;
    let breaks = pending.breakBefore ?? true;
    pending.node = null;
    if (!node) {
      node = walker.next();
      breaks = walker.breakBefore;
    }
    if (!node) {
      if (!walker.paused) break;
      pending.partial = { text, nodes, starts };
      return PAUSED;
    }
    if (nodes.length > 0) {
      const size = text.length + node.data.length + 1;
      if (size > maxChunkChars || (breaks && text.length >= maxChunkChars / 2)) {
        pending.node = node;
        pending.breakBefore = breaks;
        break;
      }
      if (breaks) text += '\n';
    }
    starts.push(text.length);
    nodes.push(node);
    text += node.data;
    if (shouldPause?.()) {
      pending.partial = { text, nodes, starts };
      return PAUSED;
    }
  }
  return nodes.length === 0 ? null : { text, nodes, starts };
}

/** The index of the node whose text holds offset `at` of the chunk (the last node starting at or before it). */
function nodeAt(chunk: TextChunk, at: number): number {
  let low = 0;
  let high = chunk.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (chunk.starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A Range over the chunk's text from `start` to `end` (end exclusive), across text nodes where a name spans them
 * ("IL-<b>12</b>"). Null when the offsets are outside the chunk, empty, or fall in a line break the chunk added.
 */
export function rangeOfSpan(chunk: TextChunk, start: number, end: number): Range | null {
  if (!(start >= 0 && end > start && end <= chunk.text.length)) return null;
  const first = nodeAt(chunk, start);
  const last = nodeAt(chunk, end - 1);
  const startNode = chunk.nodes[first]!;
  const endNode = chunk.nodes[last]!;
  const startOffset = start - chunk.starts[first]!;
  const endOffset = end - chunk.starts[last]!;
  if (startOffset >= startNode.data.length || endOffset > endNode.data.length) return null;
  // The page may have changed the text since it was read: a range past a node's end would throw.
  try {
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  } catch {
    return null;
  }
}

/** Ranges for each span, in the spans' order; spans that no longer map onto the nodes are left out. */
export function rangesOfSpans(chunk: TextChunk, spans: readonly { start: number; end: number }[]): Range[] {
  const ranges: Range[] = [];
  for (const span of spans) {
    const range = rangeOfSpan(chunk, span.start, span.end);
    if (range) ranges.push(range);
  }
  return ranges;
}

/**
 * The whole visible text under `root` in one go, as chunks: for a caller that reads on demand (the side panel's
 * request) rather than in idle slices. Bounded by `maxChars`; `truncated` says text was left unread.
 */
export function readVisibleText(
  root: Node,
  options: VisibleTextOptions & { maxChunkChars: number },
): { chunks: TextChunk[]; chars: number; truncated: boolean } {
  const walker = createVisibleTextWalker(root, options);
  const pending: ChunkProgress = { node: null };
  const chunks: TextChunk[] = [];
  // No `shouldPause` here: a call never pauses.
  for (let chunk = readChunk(walker, options.maxChunkChars, pending); chunk && chunk !== PAUSED;) {
    chunks.push(chunk);
    chunk = readChunk(walker, options.maxChunkChars, pending);
  }
  return { chunks, chars: walker.chars, truncated: walker.truncated };
}
