import { useState } from 'preact/hooks';
import type { StudyRow } from '@/utils/study/study-view';

interface Props {
  rows: readonly StudyRow[];
  onMark: (termId: string, knew: boolean) => void;
  onDone: () => void;
}

/** Review, one card at a time: the term, then (on reveal) its summary and role in cancer; "knew it" or "again". */
export function StudyReview({ rows, onMark, onDone }: Props) {
  const [at, setAt] = useState(0);
  const [shown, setShown] = useState(false);
  const row = rows[at];
  if (!row)
    return (
      <section class="study-review" aria-label="Review">
        <p>Review finished: {rows.length} terms.</p>
        <button type="button" onClick={onDone}>
          Back to the list
        </button>
      </section>
    );
  const mark = (knew: boolean) => {
    onMark(row.entry.termId, knew);
    setShown(false);
    setAt(at + 1);
  };
  return (
    <section class="study-review" aria-label="Review">
      <p class="review-progress">
        {at + 1} of {rows.length}
      </p>
      <h2 class="review-term">{row.term.name}</h2>
      {shown ? (
        <>
          <p>{row.term.summary}</p>
          {row.term.inCancer ? <p>In cancer: {row.term.inCancer}</p> : null}
          <button type="button" onClick={() => mark(true)}>
            Knew it
          </button>{' '}
          <button type="button" onClick={() => mark(false)}>
            Again
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setShown(true)}>
          Reveal
        </button>
      )}{' '}
      <button type="button" class="link" onClick={onDone}>
        Stop review
      </button>
    </section>
  );
}
