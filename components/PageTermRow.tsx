import type { TermRow } from '@/utils/page-terms/term-rows';
import { TermSummary } from './TermSummary';

interface Props {
  row: TermRow;
  /** The use the button shows next, 0-based. */
  nextUse: number;
  onShowUse: (row: TermRow) => void;
  onOpen: (target: { kind: 'term' | 'qa'; id: string }) => void;
}

const uses = (n: number) => (n === 1 ? '1 use' : `${n.toLocaleString('en')} uses`);

/** One term of the page: its summary, how often the page uses it, and a button that steps through those uses. */
export function PageTermRow({ row, nextUse, onShowUse, onOpen }: Props) {
  return (
    <li>
      <TermSummary
        term={row.card}
        collapsible
        onOpenEntry={(id) => onOpen({ kind: 'term', id })}
        onOpenQuestion={(id) => onOpen({ kind: 'qa', id })}
        actions={
          <p class="term-uses">
            <span class="muted">{uses(row.count)}</span>{' '}
            <button type="button" class="show-use" onClick={() => onShowUse(row)}>
              Show use {nextUse + 1} of {row.count}
              <span class="visually-hidden"> of {row.card.name}</span>
            </button>
          </p>
        }
      />
    </li>
  );
}
