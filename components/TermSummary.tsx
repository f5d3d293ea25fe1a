import type { TermCard } from '@/utils/messages';

interface Props {
  term: TermCard;
  headingLevel: 2 | 3;
  /** Passage mode shows the summary only until the reader expands the term. */
  expanded: boolean;
  onToggle?: () => void;
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
}

/** One term in the bubble: its name as a heading, then what it is and what it does in cancer. */
export function TermSummary({ term, headingLevel, expanded, onToggle, onOpenEntry, onOpenQuestion }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const detailsId = `il-term-${term.id}`;
  return (
    <article class="term" aria-labelledby={`${detailsId}-name`}>
      <Heading class="term-name" id={`${detailsId}-name`}>
        {onToggle ? (
          <button type="button" class="term-toggle" aria-expanded={expanded} aria-controls={detailsId} onClick={onToggle}>
            {term.name}
          </button>
        ) : (
          term.name
        )}
      </Heading>
      <p class="term-meta">
        {term.short && term.short !== term.name ? <span class="term-short">{term.short}</span> : null}
        <span class="term-category">{term.category}</span>
      </p>
      <p class="term-summary">{term.summary}</p>
      {expanded ? (
        <div id={detailsId} class="term-details">
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
        </div>
      ) : null}
    </article>
  );
}
