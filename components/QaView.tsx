import type { Knowledge } from '@/utils/knowledge/knowledge';
import type { QaEntry } from '@/utils/knowledge/types';
import { AnswerBlocks } from './AnswerBlocks';
import type { Route } from './route';
import { RouteLink } from './RouteLink';

/** A question with its formatted answer and the terms it uses, each a link to its entry. */
export function QaView({
  qa,
  knowledge,
  onNavigate,
}: {
  qa: QaEntry;
  knowledge: Knowledge;
  onNavigate: (r: Route) => void;
}) {
  const terms = qa.terms.flatMap((id) => {
    const e = knowledge.termById.get(id);
    return e ? [e] : [];
  });
  return (
    <article class="entry" aria-labelledby="entry-title">
      <p class="entry-meta">Question</p>
      <h1 id="entry-title" class="entry-title">
        {qa.question}
      </h1>
      <AnswerBlocks blocks={qa.answer} excerpt={qa.excerpt} />
      {terms.length > 0 ? (
        <>
          <h2>Terms in this answer</h2>
          <ul class="chips">
            {terms.map((t) => (
              <li key={t.id}>
                <RouteLink route={{ view: 'term', id: t.id }} onNavigate={onNavigate}>
                  {t.short ?? t.name}
                </RouteLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
