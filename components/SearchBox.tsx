import type { SearchResult } from '@/utils/search/search-index';
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
}

const LISTBOX_ID = 'il-results';
const optionId = (i: number) => `il-result-${i}`;

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
}: Props) {
  const count = result.hits.length;
  const expanded = query.trim() !== '';
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
      <ul id={LISTBOX_ID} role="listbox" aria-label="Results" class="results" hidden={!expanded}>
        {result.hits.map((hit, i) => (
          <li
            key={`${hit.kind}:${hit.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'result active' : 'result'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onOpen(i)}
            onMouseMove={() => i !== active && onActive(i)}
          >
            <span class={`kind kind-${hit.kind}`}>{hit.kind === 'term' ? 'Term' : 'Question'}</span>
            <span class="result-title">
              <Highlight text={hit.title} words={result.words} />
            </span>
            <span class="result-snippet">
              <Highlight
                text={hit.snippet.length > 160 ? hit.snippet.slice(0, 157) + '…' : hit.snippet}
                words={result.words}
              />
            </span>
          </li>
        ))}
      </ul>
      {expanded && count === 0 ? (
        <p class="no-results" role="status">
          No entry for “{query}”.
        </p>
      ) : (
        <p class="visually-hidden" role="status">
          {expanded ? `${count} results` : ''}
        </p>
      )}
    </div>
  );
}
