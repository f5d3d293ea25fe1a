import { categoryLabel, type Knowledge } from '@/utils/knowledge/knowledge';
import type { GlossaryEntry, SourceRefs } from '@/utils/knowledge/types';
import type { Route } from './route';
import { PackBadge } from './PackBadge';
import { RouteLink, type EntryRoute } from './RouteLink';
import { SaveButton } from './SaveButton';
import { pageStudyClient } from './study-client';
import { distinctShort } from './term-name';

const REF_LABELS: ReadonlyArray<readonly [keyof SourceRefs, string]> = [
  ['hgncSymbol', 'HGNC symbol'],
  ['hgncId', 'HGNC ID'],
  ['uniprot', 'UniProt'],
  ['ncit', 'NCI Thesaurus'],
  ['mesh', 'MeSH'],
];

const studyClient = pageStudyClient();

interface Props {
  entry: GlossaryEntry;
  knowledge: Knowledge;
  onNavigate: (route: Route) => void;
}

/** A glossary entry in full: what it is, what it does in cancer, where to go next, and its identifiers. */
export function TermView({ entry, knowledge, onNavigate }: Props) {
  const related = entry.related.flatMap((id): RouteLinkItem[] => {
    const e = knowledge.termById.get(id);
    return e ? [{ route: { view: 'term', id }, label: e.name }] : [];
  });
  const questions = entry.qa.flatMap((id): RouteLinkItem[] => {
    const q = knowledge.qaById.get(id);
    return q ? [{ route: { view: 'qa', id }, label: q.question }] : [];
  });
  const short = distinctShort(entry);
  const refs = REF_LABELS.filter(([key]) => entry.refs[key]);
  return (
    <article class="entry" aria-labelledby="entry-title">
      <h1 id="entry-title" class="entry-title">
        {entry.name}
      </h1>
      <p class="entry-meta">
        {short ? <span class="entry-short">{short}</span> : null}
        <span class="entry-category">{categoryLabel(entry)}</span>
        {entry.pack ? <PackBadge pack={entry.pack.name} overrides={entry.pack.overrides} /> : null}
      </p>
      <p class="entry-summary">{entry.summary}</p>
      <SaveButton termId={entry.id} client={studyClient} />
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
      <RouteLinks heading="Related terms" links={related} onNavigate={onNavigate} />
      <RouteLinks heading="Related questions" links={questions} onNavigate={onNavigate} />
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

interface RouteLinkItem {
  route: EntryRoute;
  label: string;
}

/** A headed list of links to other entries, or nothing when there are none. */
function RouteLinks({
  heading,
  links,
  onNavigate,
}: {
  heading: string;
  links: readonly RouteLinkItem[];
  onNavigate: (route: Route) => void;
}) {
  if (links.length === 0) return null;
  return (
    <>
      <h2>{heading}</h2>
      <ul class="links">
        {links.map(({ route, label }) => (
          <li key={route.id}>
            <RouteLink route={route} onNavigate={onNavigate}>
              {label}
            </RouteLink>
          </li>
        ))}
      </ul>
    </>
  );
}
