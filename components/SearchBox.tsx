import type { HitSection, SearchHit, SearchResult } from '@/utils/search/search-index';
import { Highlight } from './Highlight';

interface Props {
  query: string;
  result: SearchResult;
  active: number;
  onQuery: (query: string) => void;
  onActive: (index: number) => void;
  onOpen: (index: number) => void;
  /** Escape on an empty box: the popup closes itself. */
  onEscapeEmpty: () => void;
  inputRef?: preact.Ref<HTMLInputElement>;
  /** The query is explained elsewhere on the page (the lookup page's selection): no list until it changes. */
  collapsed?: boolean;
  /** The glossary pack a term hit comes from, to name it under the title. */
  packOf?: (hit: SearchHit) => string | undefined;
}

const LISTBOX_ID = 'il-results';
const optionId = (i: number) => `il-result-${i}`;
const groupLabelId = (i: number) => `il-group-${i}`;

/** Characters of a snippet under a result; the answer shows more of itself. */
const SNIPPET_CHARS = 160;
const ANSWER_CHARS = 280;

const clip = (text: string, max: number) =>
  text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;

const LABELS: Record<HitSection, string> = {
  answer: 'Answer',
  term: 'Term',
  linked: 'Questions',
  questions: 'Questions',
  terms: 'Terms',
};

interface Group {
  label: string;
  /** Index of its first hit in the flat list (options keep their flat index for the keyboard). */
  start: number;
  hits: SearchHit[];
}

/** Each run of hits of one section is a group under its label. */
export function groupsOf(hits: readonly SearchHit[]): Group[] {
  const groups: Group[] = [];
  hits.forEach((hit, i) => {
    const last = groups.at(-1);
    if (last && hits[i - 1]?.section === hit.section) last.hits.push(hit);
    else {
      const about = hit.section === 'linked' && hits[i - 1]?.section === 'term' ? hits[i - 1]!.title : null;
      groups.push({ label: about ? `Questions about ${about}` : LABELS[hit.section], start: i, hits: [hit] });
    }
  });
  return groups;
}

/** The search box as an ARIA combobox with its listbox of results (WAI-ARIA APG combobox pattern). */
export function SearchBox({
  query,
  result,
  active,
  onQuery,
  onActive,
  onOpen,
  onEscapeEmpty,
  inputRef,
  collapsed = false,
  packOf,
}: Props) {
  const expanded = query.trim() !== '' && !collapsed;
  const count = expanded ? result.hits.length : 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      onActive(active < 0 ? 0 : (active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      onActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && count > 0) {
      event.preventDefault();
      onOpen(active < 0 ? 0 : active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') onQuery('');
      else onEscapeEmpty();
    }
  };
  return (
    <div class="search">
      <label class="visually-hidden" for="il-search">
        Search terms and questions
      </label>
      <input
        id="il-search"
        ref={inputRef}
        class="search-input"
        type="search"
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded && active >= 0 && active < count ? optionId(active) : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder="Search: IL-12, cytokines, IFN-γ…"
        value={query}
        onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {result.correctedQuery ? (
        <p class="corrected" role="status">
          Showing results for <strong>{result.correctedQuery}</strong>
        </p>
      ) : null}
      {/* A listbox of groups (WAI-ARIA APG listbox with grouped options): each group is announced by its label, and
          the arrow keys move through the options of every group in one sequence. */}
      <div id={LISTBOX_ID} role="listbox" aria-label="Results" class="results" hidden={!expanded}>
        {groupsOf(result.hits).map((group, g) => (
          <div
            key={`${group.label}-${group.start}`}
            role="group"
            aria-labelledby={groupLabelId(g)}
            class="result-group"
          >
            <div id={groupLabelId(g)} class="result-group-label" aria-hidden="true">
              {group.label}
            </div>
            {group.hits.map((hit, k) => {
              const i = group.start + k;
              const answer = hit.section === 'answer';
              const pack = packOf?.(hit);
              return (
                <div
                  key={`${hit.kind}:${hit.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  class={`result${answer ? ' result-answer' : ''}${i === active ? ' active' : ''}`}
                  data-kind={hit.kind}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onOpen(i)}
                  onMouseMove={() => i !== active && onActive(i)}
                >
                  <span class="result-title">
                    <Highlight text={hit.title} words={result.words} />
                  </span>
                  {pack ? <span class="result-pack">From pack “{pack}”</span> : null}
                  <span class="result-snippet">
                    <Highlight
                      text={clip(hit.snippet, answer ? ANSWER_CHARS : SNIPPET_CHARS)}
                      words={result.words}
                    />
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {/* One live region for the count and for "no results", so that each change is announced (a region that
          appears with its text already in it often is not). */}
      <p class={expanded && count === 0 ? 'no-results' : 'visually-hidden'} role="status">
        {!expanded
          ? ''
          : count === 0
            ? `No results for “${clip(query, 80)}”.`
            : result.hits[0]?.section === 'answer'
              ? `Answer: ${result.hits[0].title} ${count} results`
              : `${count} results`}
      </p>
    </div>
  );
}
