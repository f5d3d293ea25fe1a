import type { ComponentChildren } from 'preact';
import type { TermCard } from '@/utils/messages/to-background';
import { PackBadge } from './PackBadge';
import { distinctShort } from './term-name';

interface Props {
  term: TermCard;
  /** Passage mode folds the details under a disclosure; a single term shows them open. */
  collapsible: boolean;
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
  /** Shown right under the summary, where it is in view without scrolling (the bubble's save button). */
  actions?: ComponentChildren;
}

/** One term in the bubble: its name as a heading, then what it is and what it does in cancer. */
export function TermSummary({ term, collapsible, onOpenEntry, onOpenQuestion, actions }: Props) {
  const nameId = `il-term-${term.id}`;
  const short = distinctShort(term);
  const details = (
    <>
      {term.inCancer ? (
        <>
          <p class="section-label">In cancer</p>
          <p>{term.inCancer}</p>
        </>
      ) : null}
      {term.questions.length > 0 ? (
        <>
          <p class="section-label">Related questions</p>
          <ul class="questions">
            {term.questions.map((q) => (
              <li key={q.id}>
                <button type="button" class="link" onClick={() => onOpenQuestion(q.id)}>
                  {q.question}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" class="open-entry" onClick={() => onOpenEntry(term.id)}>
        Open full entry
      </button>
    </>
  );
  return (
    <article class="term" aria-labelledby={nameId}>
      <h2 class="term-name" id={nameId}>
        {term.name}
      </h2>
      <p class="term-meta">
        {short ? <span class="term-short">{short}</span> : null}
        <span class="term-category">{term.category}</span>
        {term.pack ? <PackBadge pack={term.pack} overrides={term.overrides} /> : null}
      </p>
      <p class="term-summary">{term.summary}</p>
      {actions}
      {collapsible ? (
        <details class="term-details">
          <summary>More about {term.short ?? term.name}</summary>
          {details}
        </details>
      ) : (
        <div class="term-details">{details}</div>
      )}
    </article>
  );
}
