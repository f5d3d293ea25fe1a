import type { Explanation } from '@/utils/messages/to-background';
import { SaveButton, type StudyClient } from './SaveButton';
import { TermSummary } from './TermSummary';

export interface BubbleProps {
  reply: Explanation;
  /** The selected text, shown (as text) when nothing matched an explicit request. */
  query: string;
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
  onSearch: (query: string) => void;
  onClose: () => void;
  /** Saves a term with the sentence it was selected in; no save button without it. */
  study?: StudyClient;
}

/**
 * Key S in the bubble presses the save button (outside any text field; the bubble has none): the only one, or in a
 * passage the one of the term that holds the focus.
 */
function saveOnS(event: KeyboardEvent) {
  if (event.key !== 's' && event.key !== 'S') return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const save = 'button[data-save]';
  const buttons = (event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>(save);
  const focused = event.target instanceof Element ? event.target.closest('.term') : null;
  const button =
    focused?.querySelector<HTMLButtonElement>(save) ?? (buttons.length === 1 ? buttons[0] : null);
  if (!button) return;
  event.preventDefault();
  button.click();
}

/** The definition bubble: one term in full, every term of a passage in reading order, or "no entry". */
export function Bubble({ reply, query, onOpenEntry, onOpenQuestion, onSearch, onClose, study }: BubbleProps) {
  const single = reply.terms.length === 1;
  const label = single ? `ImmunoLens: ${reply.terms[0]!.term.name}` : 'ImmunoLens';
  return (
    <div class="bubble" role="dialog" aria-label={label} onKeyDown={saveOnS}>
      <button type="button" class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {reply.terms.length === 0 ? (
        <div class="no-entry">
          <h2 class="term-name">No entry for “{query.length > 60 ? query.slice(0, 60) + '…' : query}”</h2>
          {reply.suggestions.length > 0 ? (
            <>
              <p class="section-label">Did you mean</p>
              <ul class="questions">
                {reply.suggestions.map((s) => (
                  <li key={`${s.kind}:${s.id}`}>
                    <button
                      type="button"
                      class="link"
                      onClick={() => (s.kind === 'term' ? onOpenEntry(s.id) : onOpenQuestion(s.id))}
                    >
                      {s.title}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <button type="button" class="open-entry" onClick={() => onSearch(query)}>
            Search ImmunoLens
          </button>
        </div>
      ) : single ? (
        <TermSummary
          term={reply.terms[0]!.term}
          collapsible={false}
          onOpenEntry={onOpenEntry}
          onOpenQuestion={onOpenQuestion}
          actions={study ? <SaveButton termId={reply.terms[0]!.term.id} client={study} /> : null}
        />
      ) : (
        <>
          <p class="passage-count">{reply.terms.length} terms in this selection</p>
          <ol class="passage">
            {reply.terms.map(({ term }) => (
              <li key={term.id}>
                <TermSummary
                  term={term}
                  collapsible
                  onOpenEntry={onOpenEntry}
                  onOpenQuestion={onOpenQuestion}
                  actions={study ? <SaveButton termId={term.id} termName={term.name} client={study} /> : null}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
