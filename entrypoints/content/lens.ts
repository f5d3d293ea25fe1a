/**
 * The lens: every known term in the page's visible text marked with the CSS Custom Highlight API, so that no
 * element is added, removed or moved (the marks are painted, not inserted). Built as an ES module
 * (content-scripts/lens.js, see modules/lazy-content.ts), loaded only in a top frame where the lens is on.
 *
 * - Scanning: the text at the top of the viewport first, then the whole body, in idle slices of at most
 *   LENS_SLICE_MS; at most MAX_PAGE_TERMS_CHARS characters and MAX_LENS_MARKS marks (then `truncated`).
 * - Recognition: chunks of text go to the background (`recognizePageText`), where the term index lives; nothing
 *   of the glossary comes to the page (decision 0010).
 * - Changes: a MutationObserver collects the elements whose text changed, read again LENS_MUTATION_DELAY_MS after
 *   the first change, within a total of MAX_LENS_RESCAN_CHARS; past that the lens stops following the page.
 * - Interaction: a mouse resting on a mark (LENS_HOVER_DWELL_MS) or a tap opens the bubble for it; Alt+N / Alt+P
 *   go to the next or previous mark (then N and P alone, until Escape). Nothing listens to scrolling except to
 *   cancel a pending hover.
 */
import {
  LENS_CHUNK_CHARS,
  LENS_HOVER_DWELL_MS,
  LENS_MUTATION_DELAY_MS,
  LENS_SEND_RESERVE_MS,
  LENS_SLICE_MS,
  LENS_VIEWPORT_MAX_CHARS,
  MAX_LENS_CHANGED_ROOTS,
  MAX_LENS_MARKS,
  MAX_LENS_RESCAN_CHARS,
  MAX_PAGE_TERMS_CHARS,
} from '@/utils/limits';
import { lensOnFor } from '@/utils/lens/lens-state';
import { startedWithPage } from '@/utils/lens/start-signal';
import { runInSlices, type SliceClock, type SliceScheduler, type SlicedRun } from '@/utils/lens/idle-slices';
import { Marks, type Mark } from '@/utils/lens/marks';
import { createPageScheduler } from '@/utils/lens/page-scheduler';
import { TERM_HIGHLIGHT, TERM_STYLE } from '@/utils/lens/term-style';
import type { PageTermUse } from '@/utils/messages/to-background';
import { sendToBackground } from '@/utils/messages/transport';
import {
  createVisibleTextWalker,
  isSkippedElement,
  PAUSED,
  rangeOfSpan,
  readChunk,
  type ChunkProgress,
  type TextChunk,
  type VisibleTextWalker,
} from '@/utils/page-text/visible-text';
import { lensAnnouncement } from '@/utils/a11y/lens-announcement';
import { createLensAnnouncer } from './lens-announcer';
import { watchLensSettings } from './lens-settings';
import type { LazyInstance } from './module-loader';
import type { SelectionExplainer } from './selection-explainer';

/** A press that moves less than this and lifts within TAP_MAX_MS is a tap (a finger's jitter, not a scroll). */
const TAP_SLOP_PX = 10;
const TAP_MAX_MS = 500;

/** The mark the keyboard is on: a stronger tint, so the reader sees where N/P went. */
const CURRENT_HIGHLIGHT = 'immunolens-current';

/** The frame's selection explainer (loaded on first use): the lens shows its bubble for a mark. */
export type LensExplainer = LazyInstance<Pick<SelectionExplainer, 'explainRange' | 'dismiss' | 'inBubble'>>;

interface LensHooks {
  explainRange(range: Range): Promise<unknown>;
  dismiss(): void;
  inBubble(target: EventTarget | null): boolean;
}

export interface Lens {
  /** Reads the stored settings and follows them from now on (once; the same promise after). */
  start(): Promise<void>;
  /** The stored settings value: the lens on or off by it, unless the command chose for this tab. */
  follow(stored: unknown): void;
  /** The command: the lens on or off in this tab until it reloads, the opposite of what it is now. */
  toggle(): Promise<'on' | 'off'>;
  on(): void;
  off(): void;
  readonly isOn: boolean;
  /** Whether the page was beyond the lens's bounds (text, marks or changes) and parts of it are unmarked. */
  readonly truncated: boolean;
  readonly markCount: number;
}

export type Recognize = (text: string) => Promise<PageTermUse[]>;

const askBackground: Recognize = async (text) => (await sendToBackground('recognizePageText', { text })).uses;

// The page's idle periods, after a frame when the lens restyled the page, and nothing while the tab is hidden.
const pageScheduler = createPageScheduler(window);

function highlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights !== undefined;
}

/**
 * `walker` with another `next()` (and `breakBefore`): its other getters are inherited, and read its closure, so
 * they stay right for the wrapper.
 */
const wrap = (walker: VisibleTextWalker, own: PropertyDescriptorMap): VisibleTextWalker =>
  Object.create(walker, own) as VisibleTextWalker;

/** A walker that leaves out nodes already read (the viewport's, in the first pass). */
function without(walker: VisibleTextWalker, seen: WeakSet<Text>): VisibleTextWalker {
  let skipped = false;
  return wrap(walker, {
    next: {
      value() {
        for (let node = walker.next(); node; node = walker.next()) {
          if (!seen.has(node)) return node;
          skipped = true;
        }
        return null;
      },
    },
    breakBefore: {
      get() {
        const value = walker.breakBefore || skipped;
        skipped = false;
        return value;
      },
    },
  });
}

/** Whether `node` sits inside something the walker skips (a field, code, a hidden subtree). */
function insideSkipped(node: Node, stop: Node): boolean {
  for (
    let e = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    e;
    e = e.parentElement
  ) {
    if (isSkippedElement(e)) return true;
    if (e === stop) break;
  }
  return false;
}

/** The text node at a point of the viewport, by the caret the browser would put there. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Chrome before 128 and Safari: docs/browser-quirks.md#caret-from-point
  const range = (
    document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function pointIn(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects())
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input,textarea,select,[contenteditable]:not([contenteditable="false"])')) return true;
  return (target as HTMLElement).isContentEditable === true;
}

export function createLens(
  explainer: LensExplainer,
  recognize: Recognize = askBackground,
  scheduler: SliceScheduler = pageScheduler,
  watchSettings: (follow: (stored: unknown) => void) => Promise<void> = watchLensSettings,
): Lens {
  const hooks: LensHooks = {
    explainRange: async (range) => (await explainer.load()).explainRange(range),
    dismiss: () => explainer.current()?.dismiss(),
    inBubble: (target) => explainer.current()?.inBubble(target) ?? false,
  };
  const marks = new Marks(MAX_LENS_MARKS);
  let highlight: Highlight | null = null;
  let sheet: CSSStyleSheet | null = null;
  let isOn = false;
  let truncated = false;
  // Bumped on off(): replies to an earlier run are dropped.
  let generation = 0;
  let run: SlicedRun | null = null;
  let observer: MutationObserver | null = null;
  let rescanChars = 0;
  const changed = new Set<Node>();
  let changedAll = false;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: number | null = null;
  let navigating = false;

  const skip = (element: Element) => hooks.inBubble(element);

  // What the lens itself costs the main thread: each idle slice and each reply's marking, timed (bench:e2e
  // reads it). Each is a task of its own or the end of one.
  const stats = {
    tasks: 0,
    busyMs: 0,
    longestMs: 0,
    slices: 0,
    longestSliceMs: 0,
    firstSliceMs: 0,
    slicesOver: 0,
  };
  const note = (ms: number) => {
    stats.tasks++;
    stats.busyMs += ms;
    if (ms > stats.longestMs) stats.longestMs = ms;
  };
  const noteSlice = (ms: number) => {
    note(ms);
    if (stats.slices++ === 0) stats.firstSliceMs = ms;
    if (ms > 5) stats.slicesOver++;
    if (ms > stats.longestSliceMs) stats.longestSliceMs = ms;
  };
  // On the content script's own global: the isolated world's, which the page cannot see; bench:e2e reads it over
  // the DevTools protocol.
  (globalThis as { immunolensLensStats?: typeof stats }).immunolensLensStats = stats;

  function adoptStyle() {
    try {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(
        TERM_STYLE +
          `\n::highlight(${CURRENT_HIGHLIGHT}) { background-color: rgb(255 196 0 / 0.55); }
@media (forced-colors: active) { ::highlight(${CURRENT_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; } }`,
      );
      // A constructed sheet is no element in the page and no inline style: strict CSP pages keep it (e2e checks).
      if (!document.adoptedStyleSheets.includes(sheet)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        pageScheduler.restyled();
      }
    } catch (error) {
      console.debug('ImmunoLens: the lens has no style on this page', error);
    }
  }

  function dropStyle() {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  /** Turns the background's uses in `chunk` into marks (each span once; a span already marked is kept). */
  function addUses(chunk: TextChunk, uses: readonly PageTermUse[]) {
    let lastStart = -1;
    for (const use of uses) {
      if (use.start === lastStart) continue;
      lastStart = use.start;
      if (marks.full) {
        truncated = true;
        return;
      }
      const range = rangeOfSpan(chunk, use.start, use.end);
      if (!range || marks.at(range.startContainer, range.startOffset)) continue;
      // The sheet and the highlight join the page with its first mark: each makes the browser restyle and repaint
      // the page (bench:e2e's trace saw a drawing task of 2.4 ms median, 10.7 ms worst, after turning on), which a
      // page without terms then never pays.
      if (marks.size === 0 && highlight) {
        adoptStyle();
        CSS.highlights.set(TERM_HIGHLIGHT, highlight);
        // The live region too, in the same drawing: a page without terms is then drawn for none of the three.
        announcer.ready();
      }
      marks.add({ range, id: use.id });
      highlight?.add(range);
    }
  }

  // The announcement: said once per turning on, when the first reading is over and all its replies are marked.
  const announcer = createLensAnnouncer();
  let inFlight = 0;
  let firstReadDone = false;
  let announced = false;
  // This turning on came with the page's load (lens-start.js), not from the reader: see lensAnnouncement.
  let withPage = false;
  let onWithPage = false;
  function announceWhenRead() {
    if (announced || !firstReadDone || inFlight > 0 || !isOn) return;
    announced = true;
    const text = lensAnnouncement({ marks: marks.size, truncated, withPage: onWithPage });
    if (text) announcer.say(text);
  }

  function send(chunk: TextChunk) {
    const mine = generation;
    inFlight++;
    const settle = () => {
      if (mine !== generation) return;
      inFlight--;
      announceWhenRead();
    };
    recognize(chunk.text).then(
      (uses) => {
        if (mine !== generation || !isOn) return;
        const t0 = performance.now();
        addUses(chunk, uses);
        note(performance.now() - t0);
        settle();
      },
      (error: unknown) => {
        console.debug('ImmunoLens: the lens could not recognise a part of the page', error);
        settle();
      },
    );
  }

  /**
   * A walker's source for `scan`: `shouldPause` is the current slice's clock, for the walker to stop by.
   * `stopBelow` ends the source at a chunk below that viewport height; `partial` says a cap reached is not the
   * page's (the viewport pass).
   */
  type ScanSource = (
    shouldPause: () => boolean,
  ) => { walker: VisibleTextWalker; stopBelow?: number; partial?: boolean } | null;

  /**
   * A sliced scan of `sources` in turn: each gives a walker, read chunk by chunk until it is done. Each slice stops
   * by the clock, inside a chunk too (the walk checks it at every element): a slice is LENS_SLICE_MS of work plus
   * at most one element's or one text node's. A chunk read is sent in a step of its own, and only with
   * LENS_SEND_RESERVE_MS left (else first thing in the next slice): sends after the clock's last check took slices
   * to 5.7–7.4 ms of CPU (bench:e2e's trace, decision 0010).
   */
  function scan(sources: ScanSource[], onDone: () => void) {
    let source = 0;
    let walker: VisibleTextWalker | null = null;
    let stopBelow: number | undefined;
    let partial = false;
    let pending: ChunkProgress = { node: null };
    let ready: TextChunk | null = null;
    const seen = new WeakSet<Text>();
    let timeUp: SliceClock = () => false;
    const shouldPause = () => timeUp();
    run?.cancel();
    run = runInSlices(step, LENS_SLICE_MS, { ...scheduler, onSlice: noteSlice }, onDone, (error) =>
      console.debug('ImmunoLens: the lens stopped reading the page', error),
    );
    function step(sliceTimeUp: SliceClock): boolean {
      timeUp = sliceTimeUp;
      if (marks.full) {
        truncated = true;
        return false;
      }
      if (ready) {
        if (timeUp(LENS_SEND_RESERVE_MS)) return true;
        send(ready);
        ready = null;
        return true;
      }
      if (!walker) {
        if (source >= sources.length) return false;
        const next = sources[source++]!(shouldPause);
        if (!next) return true;
        walker = source > 1 ? without(next.walker, seen) : next.walker;
        stopBelow = next.stopBelow;
        partial = next.partial === true;
        pending = { node: null };
      }
      const chunk = readChunk(walker, LENS_CHUNK_CHARS, pending, shouldPause);
      // The slice is over: the same chunk goes on in the next.
      if (chunk === PAUSED) return true;
      if (!chunk) {
        if (walker.truncated && !partial) truncated = true;
        walker = null;
        return true;
      }
      for (const node of chunk.nodes) seen.add(node);
      ready = chunk;
      // The viewport pass ends below the viewport's bottom.
      if (stopBelow !== undefined) {
        const last = chunk.nodes[chunk.nodes.length - 1]!.parentElement;
        if (last && last.getBoundingClientRect().top > stopBelow) walker = null;
      }
      return true;
    }
  }

  /** The viewport's first text, where the first pass starts: the caret at a few points down the middle. */
  function viewportStart(): Text | null {
    for (const y of [0.05, 0.2, 0.4]) {
      const at = caretAt(innerWidth / 2, innerHeight * y);
      if (at && at.node.nodeType === Node.TEXT_NODE && !insideSkipped(at.node, document.body))
        return at.node as Text;
    }
    return null;
  }

  function firstScan() {
    const body = document.body;
    if (!body) return;
    scan(
      [
        (shouldPause) => {
          // In the first idle slice, not at load: the caret look-up lays the page out if it is not yet.
          const start = viewportStart();
          if (!start || !body.contains(start)) return null;
          // A walker over the body placed just before the viewport's first text node, for a screenful of text.
          const walker = createVisibleTextWalker(body, {
            maxChars: LENS_VIEWPORT_MAX_CHARS,
            skip,
            from: start,
            shouldPause,
          });
          return { walker, stopBelow: innerHeight, partial: true };
        },
        (shouldPause) => ({
          walker: createVisibleTextWalker(body, { maxChars: MAX_PAGE_TERMS_CHARS, skip, shouldPause }),
        }),
      ],
      () => {
        firstReadDone = true;
        announceWhenRead();
        follow();
      },
    );
  }

  // Changes: collected by the observer, read in one sliced pass a little later.
  function noteChange(records: MutationRecord[]) {
    if (changedAll) return;
    for (const record of records) {
      const nodes: Node[] = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
      for (const node of nodes) {
        const root = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        if (!root || root.nodeType !== Node.ELEMENT_NODE) continue;
        changed.add(root);
        if (changed.size > MAX_LENS_CHANGED_ROOTS) {
          changedAll = true;
          changed.clear();
          break;
        }
      }
      if (changedAll) break;
    }
    if (changeTimer === undefined && (changedAll || changed.size > 0))
      changeTimer = setTimeout(rescan, LENS_MUTATION_DELAY_MS);
  }

  function rescan() {
    changeTimer = undefined;
    const body = document.body;
    if (!isOn || !body) return;
    // A read still under way would be cancelled by a new one, its elements left unread: wait for it.
    if (run && !run.done) {
      changeTimer = setTimeout(rescan, LENS_MUTATION_DELAY_MS);
      return;
    }
    const roots = changedAll
      ? [body]
      : [...changed].filter(
          (root) =>
            root.isConnected &&
            body.contains(root) &&
            !insideSkipped(root, body) &&
            ![...changed].some((other) => other !== root && other.contains(root)),
        );
    changed.clear();
    changedAll = false;
    // Marks of text the page removed are gone from the highlight too. (From the marks' list: Firefox cannot
    // iterate a Highlight from a content script, docs/browser-quirks.md#firefox-xray-highlight-iteration.)
    for (const mark of marks.prune()) highlight?.delete(mark.range);
    current = null;
    const sources = roots.map((root): ScanSource => (shouldPause) => {
      const left = MAX_LENS_RESCAN_CHARS - rescanChars;
      if (left <= 0) {
        truncated = true;
        stopFollowing();
        return null;
      }
      for (const mark of marks.removeWithin(root)) highlight?.delete(mark.range);
      const walker = createVisibleTextWalker(root, { maxChars: left, skip, shouldPause });
      // Counted as read: the budget holds however the page changes.
      return {
        walker: wrap(walker, {
          next: {
            value() {
              const node = walker.next();
              if (node) rescanChars += node.data.length;
              return node;
            },
          },
        }),
      };
    });
    scan(sources, () => {});
  }

  function follow() {
    if (!isOn || !document.body || observer) return;
    observer = new MutationObserver((records) => {
      const t0 = performance.now();
      noteChange(records);
      note(performance.now() - t0);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  function stopFollowing() {
    observer?.disconnect();
    observer = null;
    clearTimeout(changeTimer);
    changeTimer = undefined;
    changed.clear();
  }

  // Interaction.
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let lastX = -1;
  let lastY = -1;
  let opened: Mark | null = null;

  function markAt(x: number, y: number): Mark | null {
    const at = caretAt(x, y);
    if (!at) return null;
    const mark = marks.at(at.node, at.offset) ?? (at.offset > 0 ? marks.at(at.node, at.offset - 1) : null);
    return mark && pointIn(mark.range, x, y) ? mark : null;
  }

  function open(mark: Mark) {
    opened = mark;
    void hooks
      .explainRange(mark.range)
      .catch((error: unknown) => console.debug('ImmunoLens: the lens could not explain a term', error));
  }

  function setCurrent(index: number | null) {
    current = index;
    if (!highlightsSupported()) return;
    const mark = index === null ? null : marks.all()[index];
    if (mark) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(mark.range));
    else CSS.highlights.delete(CURRENT_HIGHLIGHT);
  }

  let down: { x: number; y: number; t: number } | null = null;
  const onPointerMove = (event: PointerEvent) => {
    // A finger that strays from where it went down is scrolling, even if it lifts where it began: no tap.
    if (event.pointerType !== 'mouse') {
      if (down && Math.hypot(event.clientX - down.x, event.clientY - down.y) >= TAP_SLOP_PX) down = null;
      return;
    }
    if (marks.size === 0) return;
    // Chrome sends a mouse move after a scroll with the pointer still: nothing happens on scroll.
    if (event.clientX === lastX && event.clientY === lastY) return;
    lastX = event.clientX;
    lastY = event.clientY;
    clearTimeout(dwell);
    if (hooks.inBubble(event.target)) return;
    const { clientX, clientY } = event;
    dwell = setTimeout(() => {
      const mark = markAt(clientX, clientY);
      // Resting off every mark forgets the last one, so coming back to it (after Escape closed its bubble)
      // opens it again; resting on it again without leaving does not reopen it.
      if (!mark) opened = null;
      else if (mark !== opened) open(mark);
    }, LENS_HOVER_DWELL_MS);
  };

  const onScroll = () => clearTimeout(dwell);

  const onPointerDown = (event: PointerEvent) => {
    down = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY, t: event.timeStamp };
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!down || event.pointerType === 'mouse' || marks.size === 0) return;
    const tap =
      Math.hypot(event.clientX - down.x, event.clientY - down.y) < TAP_SLOP_PX &&
      event.timeStamp - down.t < TAP_MAX_MS;
    down = null;
    if (!tap || hooks.inBubble(event.target)) return;
    const mark = markAt(event.clientX, event.clientY);
    if (mark) open(mark);
  };

  function go(step: 1 | -1) {
    const list = marks.all();
    if (list.length === 0) return;
    let index: number | null;
    if (current === null) {
      // From the viewport: the first mark on screen or below it (going forward), the last above its bottom (back).
      const visible = list.findIndex((mark) => mark.range.getBoundingClientRect().bottom > 0);
      index = step === 1 ? (visible >= 0 ? visible : 0) : visible > 0 ? visible - 1 : list.length - 1;
    } else index = marks.step(current, step);
    if (index === null) return;
    const mark = list[index]!;
    setCurrent(index);
    mark.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: 'instant',
    });
    open(mark);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (navigating) {
        navigating = false;
        setCurrent(null);
      }
      return;
    }
    if (event.code !== 'KeyN' && event.code !== 'KeyP') return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return;
    if (!event.altKey && !navigating) return;
    if (typingIn(event.target) || hooks.inBubble(event.target) || marks.size === 0) return;
    event.preventDefault();
    event.stopPropagation();
    navigating = true;
    go(event.code === 'KeyN' ? 1 : -1);
  };

  function listen(add: boolean) {
    const method = add ? 'addEventListener' : 'removeEventListener';
    document[method]('pointermove', onPointerMove as EventListener, { passive: true });
    document[method]('pointerdown', onPointerDown as EventListener, { passive: true });
    document[method]('pointerup', onPointerUp as EventListener, { passive: true });
    document[method]('keydown', onKeyDown as EventListener, { capture: true });
    window[method]('scroll', onScroll, { passive: true, capture: true });
  }

  let stored = false;
  // The command's choice for this tab until it reloads; null follows the settings.
  let forTab: boolean | null = null;
  const apply = () => ((forTab ?? stored) ? lens.on() : lens.off());
  let started: Promise<void> | null = null;

  const lens: Lens = {
    start() {
      if (!started) {
        withPage = startedWithPage();
        // Only the settings as first read turn the lens on with the page; a later change is the reader's.
        started = watchSettings((value) => {
          lens.follow(value);
          withPage = false;
        });
      }
      return started;
    },
    follow(value) {
      const next = lensOnFor(value, location.hostname);
      // A change of the settings for this site outranks the command's choice.
      if (next !== stored) forTab = null;
      stored = next;
      apply();
    },
    async toggle() {
      // The settings first: the command goes against what they say for this site.
      await lens.start();
      forTab = !(forTab ?? stored);
      apply();
      return isOn ? 'on' : 'off';
    },
    on() {
      if (isOn) return;
      if (!highlightsSupported()) {
        console.debug('ImmunoLens: this browser has no CSS highlights; the lens stays off');
        return;
      }
      isOn = true;
      truncated = false;
      inFlight = 0;
      firstReadDone = false;
      announced = false;
      onWithPage = withPage;
      rescanChars = 0;
      highlight = new Highlight();
      listen(true);
      firstScan();
    },
    off() {
      if (!isOn) return;
      isOn = false;
      generation++;
      run?.cancel();
      run = null;
      stopFollowing();
      listen(false);
      clearTimeout(dwell);
      CSS.highlights.delete(TERM_HIGHLIGHT);
      CSS.highlights.delete(CURRENT_HIGHLIGHT);
      highlight = null;
      marks.clear();
      current = null;
      navigating = false;
      opened = null;
      announcer.remove();
      dropStyle();
      hooks.dismiss();
    },
    get isOn() {
      return isOn;
    },
    get truncated() {
      return truncated;
    },
    get markCount() {
      return marks.size;
    },
  };
  return lens;
}
