import type { Knowledge } from '@/utils/knowledge/knowledge';
import type { Explanation } from '@/utils/messages/to-background';
import type { Route } from './route';
import { TermSummary } from './TermSummary';
import { TermView } from './TermView';

interface Props {
  reply: Explanation;
  knowledge: Knowledge;
  onNavigate: (route: Route) => void;
}

/**
 * The lookup page's answer to a selection, as the bubble gives it: one term as its full entry (its name is the
 * page's heading), or every term of a passage in reading order, each expandable. "No entry" is the caller's, since
 * it comes with search results.
 */
export function SelectionExplanation({ reply, knowledge, onNavigate }: Props) {
  const onOpenEntry = (id: string) => onNavigate({ view: 'term', id });
  const onOpenQuestion = (id: string) => onNavigate({ view: 'qa', id });
  const only = reply.terms.length === 1 ? knowledge.termById.get(reply.terms[0]!.term.id) : undefined;
  if (only) return <TermView entry={only} knowledge={knowledge} onNavigate={onNavigate} />;
  return (
    <section class="passage-view" aria-labelledby="passage-title">
      <h1 id="passage-title" class="entry-title">
        {reply.terms.length} terms in this selection
      </h1>
      <ol class="passage">
        {reply.terms.map(({ term }) => (
          <li key={term.id}>
            <TermSummary term={term} collapsible onOpenEntry={onOpenEntry} onOpenQuestion={onOpenQuestion} />
          </li>
        ))}
      </ol>
    </section>
  );
}
