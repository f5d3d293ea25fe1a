import { categoryLabel, type Knowledge } from '@/utils/knowledge/knowledge';
import type { GlossaryEntry, SourceRefs } from '@/utils/knowledge/types';
import type { Route } from './route';

const REF_LABELS: ReadonlyArray<readonly [keyof SourceRefs, string]> = [
  ['hgncSymbol', 'HGNC symbol'],
  ['hgncId', 'HGNC ID'],
  ['uniprot', 'UniProt'],
  ['ncit', 'NCI Thesaurus'],
  ['mesh', 'MeSH'],
];

interface Props {
  entry: GlossaryEntry;
  knowledge: Knowledge;
  onNavigate: (route: Route) => void;
}

/** A glossary entry in full: what it is, what it does in cancer, where to go next, and its identifiers. */
export function TermView({ entry, knowledge, onNavigate }: Props) {
  const related = entry.related.flatMap((id) => {
    const e = knowledge.termById.get(id);
    return e ? [e] : [];
  });
  const questions = entry.qa.flatMap((id) => {
    const q = knowledge.qaById.get(id);
    return q ? [q] : [];
  });
  const refs = REF_LABELS.filter(([key]) => entry.refs[key]);
  return (
    <article class="entry" aria-labelledby="entry-title">
      <h1 id="entry-title" class="entry-title">
        {entry.name}
      </h1>
      <p class="entry-meta">
        {entry.short && entry.short !== entry.name ? <span class="entry-short">{entry.short}</span> : null}
        <span class="entry-category">{categoryLabel(entry)}</span>
      </p>
      <p class="entry-summary">{entry.summary}</p>
      <h2>What it is</h2>
      <p>{entry.explanation}</p>
      {entry.inCancer ? (
        <>
          <h2>In cancer</h2>
          <p>{entry.inCancer}</p>
        </>
      ) : null}
      {entry.aliases.length > 0 ? (
        <>
          <h2>Also written</h2>
          <p class="aliases">{entry.aliases.join(' · ')}</p>
        </>
      ) : null}
      {related.length > 0 ? (
        <>
          <h2>Related terms</h2>
          <ul class="links">
            {related.map((r) => (
              <li key={r.id}>
                <a
                  href={`#term/${r.id}`}
                  onClick={(e) => (e.preventDefault(), onNavigate({ view: 'term', id: r.id }))}
                >
                  {r.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {questions.length > 0 ? (
        <>
          <h2>Related questions</h2>
          <ul class="links">
            {questions.map((q) => (
              <li key={q.id}>
                <a
                  href={`#qa/${q.id}`}
                  onClick={(e) => (e.preventDefault(), onNavigate({ view: 'qa', id: q.id }))}
                >
                  {q.question}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {refs.length > 0 ? (
        <>
          <h2>Identifiers</h2>
          <dl class="refs">
            {refs.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{entry.refs[key]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </article>
  );
}
