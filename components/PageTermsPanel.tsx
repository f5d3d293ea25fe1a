import { useMemo, useState } from 'preact/hooks';
import type { Knowledge } from '@/utils/knowledge/knowledge';
import { MAX_LENS_MARKS, MAX_PAGE_TERMS_CHARS } from '@/utils/limits';
import type { PageTerm } from '@/utils/messages/to-page';
import { FRAME_LIST_MS, MAX_FRAME_TERMS_CHARS, MAX_PANEL_FRAMES } from '@/utils/page-terms/frame-terms';
import type { NoAnswer } from '@/utils/page-terms/page-access';
import { filterRows, termRows, type TermOrder, type TermRow } from '@/utils/page-terms/term-rows';
import { PageTermRow } from './PageTermRow';
import { RadioGroup } from './RadioGroup';

/** What the panel knows of the tab's page. */
export type PanelState =
  | { kind: 'loading' }
  | { kind: 'no-answer'; why: NoAnswer }
  | { kind: 'failed' }
  | {
      kind: 'listed';
      terms: readonly PageTerm[];
      truncated: boolean;
      title?: string;
      frames?: number;
      lensTruncated?: boolean;
      /** The top frame's list, while the page's frames are being read. */
      framesPending?: boolean;
      /** Frames whose terms are in the list. */
      framesRead?: number;
      /** Frames left out: past the number the panel reads, or too slow to answer. */
      framesLeftOut?: number;
      /** Frames ImmunoLens does not run in (about:blank, sandboxed): not read. */
      framesClosed?: number;
      /** Frames read only in part: too long. */
      framesCut?: number;
    };

export interface PageTermsPanelProps {
  knowledge: Knowledge;
  state: PanelState;
  /** The page's title, to say which page the list is of. */
  pageTitle?: string;
  onRefresh: () => void;
  /** Reloads the tab (a page open since before ImmunoLens was installed has no content script). */
  onReload: () => void;
  onShowUse: (id: string, index: number) => Promise<'shown' | 'nothing'>;
  onOpen: (target: { kind: 'term' | 'qa'; id: string }) => void;
}

const ORDERS = [
  ['reading', 'Reading order'],
  ['count', 'Most used first'],
] as const;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function countText(all: readonly TermRow[], shown: readonly TermRow[]): string {
  const uses = all.reduce((n, row) => n + row.count, 0);
  const terms = plural(all.length, 'term', 'terms');
  if (shown.length === all.length) return `${terms}, ${plural(uses, 'use', 'uses')}`;
  return `${shown.length.toLocaleString('en')} of ${terms}`;
}

/** What the panel says when it has no list to show. */
function Empty({
  state,
  onRefresh,
  onReload,
}: Pick<PageTermsPanelProps, 'state' | 'onRefresh' | 'onReload'>) {
  if (state.kind === 'loading') return <p class="panel-note">Reading the page…</p>;
  if (state.kind === 'no-answer' && state.why === 'unreadable')
    return (
      <div class="panel-note">
        <p>ImmunoLens can't read this page.</p>
        <p class="muted">
          Browser pages, add-on stores and other extensions' pages are closed to extensions.
        </p>
      </div>
    );
  if (state.kind === 'no-answer' && state.why === 'unknown')
    return (
      <div class="panel-note">
        <p>ImmunoLens can't read this page.</p>
        <p class="muted">
          Browser pages and add-on stores are closed to extensions. A web page that was open before ImmunoLens
          was installed or updated needs a reload first.
        </p>
        <button type="button" onClick={onReload}>
          Reload the page
        </button>
      </div>
    );
  if (state.kind === 'no-answer')
    return (
      <div class="panel-note">
        <p>This page was open before ImmunoLens started: reload it to list its terms.</p>
        <button type="button" onClick={onReload}>
          Reload the page
        </button>
      </div>
    );
  return (
    <div class="panel-note">
      <p>The page did not answer.</p>
      <button type="button" onClick={onRefresh}>
        Try again
      </button>
    </div>
  );
}

const frames = (n: number) => plural(n, 'frame', 'frames');

/** What the list holds of the page's frames, when not all of them. */
function FramesNote({ listed }: { listed: Extract<PanelState, { kind: 'listed' }> }) {
  const notes: string[] = [];
  if (listed.framesPending) notes.push('Reading the frames inside this page…');
  if (listed.framesLeftOut)
    notes.push(
      `${frames(listed.framesLeftOut)} of this page ${listed.framesLeftOut === 1 ? 'was' : 'were'} left out: ` +
        `the list covers the page and at most ${MAX_PANEL_FRAMES} of its frames, each read within ` +
        `${FRAME_LIST_MS / 1000} seconds.`,
    );
  if (listed.framesClosed)
    notes.push(
      `${frames(listed.framesClosed)} inside this page ${listed.framesClosed === 1 ? 'is' : 'are'} closed to ` +
        'ImmunoLens (blank or sandboxed frames): not read.',
    );
  if (listed.framesCut)
    notes.push(
      `${frames(listed.framesCut)} ${listed.framesCut === 1 ? 'is' : 'are'} too long to read whole: the list ` +
        `covers the first ${MAX_FRAME_TERMS_CHARS.toLocaleString('en')} characters of each.`,
    );
  return (
    <>
      {notes.map((note) => (
        <p key={note} class="panel-note frames-note">
          {note}
        </p>
      ))}
    </>
  );
}

/**
 * "Terms on this page": every known term of the tab's page and its frames with its summary and number of uses, in reading order or
 * most used first, a filter, and a button per term that scrolls the page to each use in turn.
 */
export function PageTermsPanel(props: PageTermsPanelProps) {
  const { knowledge, state, onRefresh, onShowUse, onOpen } = props;
  const pageTitle = (state.kind === 'listed' && state.title) || props.pageTitle;
  const [order, setOrder] = useState<TermOrder>('reading');
  const [filter, setFilter] = useState('');
  // The use each term's button shows next; `step` redraws the buttons when one moves on. A new list (another tab,
  // a reloaded page, the frames' terms joining the top page's) starts every term at its first use again, made
  // here in the render and not in an effect: a panel in a hidden tab (the fallback) runs its effects late, and a
  // press in between would be undone.
  const listed = state.kind === 'listed' ? state : null;
  const nextUse = useMemo(() => ({ current: new Map<string, number>() }), [listed]);
  const [, setStep] = useState(0);
  // What the last press did, said of the list it was made on only.
  const [saying, setSaying] = useState<{ text: string; of: typeof listed } | null>(null);
  const said = saying?.of === listed ? saying.text : null;
  const setSaid = (text: string | null) => setSaying(text === null ? null : { text, of: listed });
  const rows = useMemo(
    () => (listed ? termRows(knowledge, listed.terms, order) : []),
    [knowledge, listed, order],
  );
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);

  async function showUse(row: TermRow) {
    // Counted at the press, not at the answer: two quick presses show two uses, not the same one twice.
    const index = (nextUse.current.get(row.id) ?? 0) % row.count;
    nextUse.current.set(row.id, (index + 1) % row.count);
    setStep((n) => n + 1);
    const reply = await onShowUse(row.id, index).catch(() => 'nothing' as const);
    if (reply === 'nothing') {
      setSaid(`${row.card.name}: that use is no longer on the page. Reading the page again.`);
      onRefresh();
      return;
    }
    setSaid(`Showing use ${index + 1} of ${row.count} of ${row.card.name}`);
  }

  return (
    <main class="app page-terms" aria-labelledby="page-terms-title">
      <header class="page-terms-header">
        <h1 id="page-terms-title">Terms on this page</h1>
        <button type="button" onClick={onRefresh} disabled={state.kind === 'loading'}>
          Refresh
        </button>
      </header>
      {pageTitle ? <p class="page-terms-page muted">{pageTitle}</p> : null}
      {listed && rows.length > 0 ? (
        <div class="page-terms-controls">
          <label class="filter-field">
            <span>Filter</span>
            <input
              type="search"
              class="search-input"
              value={filter}
              placeholder="IL-12, T cell…"
              onInput={(e) => {
                setFilter(e.currentTarget.value);
                setSaid(null);
              }}
            />
          </label>
          <fieldset class="order-choice">
            <legend>Order</legend>
            <RadioGroup name="order" choices={ORDERS} value={order} onChange={setOrder} />
          </fieldset>
        </div>
      ) : null}
      <p class="panel-status" role="status">
        {listed
          ? (said ?? (rows.length > 0 ? countText(rows, shown) : 'No known terms found on this page.'))
          : ''}
      </p>
      {listed?.truncated ? (
        <p class="panel-note truncated-note">
          This page is too long to read whole: the list covers its first{' '}
          {MAX_PAGE_TERMS_CHARS.toLocaleString('en')} characters.
        </p>
      ) : null}
      {listed?.lensTruncated ? (
        <p class="panel-note truncated-note">
          The highlighting stopped part-way: this page is beyond what the lens marks (its first{' '}
          {MAX_PAGE_TERMS_CHARS.toLocaleString('en')} characters and {MAX_LENS_MARKS.toLocaleString('en')}{' '}
          terms, or a page that keeps rewriting itself).
        </p>
      ) : null}
      {listed ? <FramesNote listed={listed} /> : null}
      {listed ? (
        shown.length > 0 ? (
          <ul class="passage page-term-list" aria-label="Terms">
            {shown.map((row) => (
              <PageTermRow
                key={row.id}
                row={row}
                nextUse={nextUse.current.get(row.id) ?? 0}
                onShowUse={showUse}
                onOpen={onOpen}
              />
            ))}
          </ul>
        ) : rows.length > 0 ? (
          <p class="panel-note">No term on this page matches “{filter.trim()}”.</p>
        ) : null
      ) : (
        <Empty {...props} />
      )}
    </main>
  );
}
