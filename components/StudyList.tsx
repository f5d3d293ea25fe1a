import { useEffect, useMemo, useState } from 'preact/hooks';
import { toAnki } from '@/utils/export/anki';
import { toCsv } from '@/utils/export/csv';
import { toStudyJson } from '@/utils/export/study-json';
import { datedFileName } from '@/utils/export/term-text';
import { CATEGORIES, type Category } from '@/utils/knowledge/types';
import type { Knowledge } from '@/utils/knowledge/knowledge';
import { MAX_IMPORT_CHARS, STUDY_ROWS_PER_PAGE } from '@/utils/limits';
import { sendToBackground } from '@/utils/messages/transport';
import type { StudyEntry } from '@/utils/study/study-entry';
import { filterRows, markTerm, sortRows, studyRows, type StudyOrder } from '@/utils/study/study-view';
import { downloadText } from './download';
import { StudyReview } from './StudyReview';

/** The study list on the lookup page (#study): sort, filter, remove with undo, review, export and import. */
export function StudyList({ knowledge }: { knowledge: Knowledge }) {
  const [entries, setEntries] = useState<StudyEntry[] | null>(null);
  const [order, setOrder] = useState<StudyOrder>('newest');
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const [removed, setRemoved] = useState<StudyEntry | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [message, setMessage] = useState('');
  const [drawn, setDrawn] = useState(STUDY_ROWS_PER_PAGE);
  const reload = () => sendToBackground('listStudy', {}).then(setEntries, () => setEntries([]));
  useEffect(() => void reload(), []);

  const termOf = (id: string) => {
    const e = knowledge.termById.get(id);
    return e && { ...e, category: e.category as string };
  };
  const rows = useMemo(() => sortRows(studyRows(entries ?? [], termOf), order), [entries, order]);
  const shown = useMemo(() => filterRows(rows, category, text), [rows, category, text]);
  const lookup = (id: string) => {
    const e = knowledge.termById.get(id);
    return e && { name: e.name, category: e.category, summary: e.summary, inCancer: e.inCancer };
  };

  async function remove(entry: StudyEntry) {
    await sendToBackground('unsaveFromStudy', { termId: entry.termId });
    setRemoved(entry);
    await reload();
  }
  async function undo() {
    if (!removed) return;
    await sendToBackground('restoreToStudy', { entry: removed });
    setRemoved(null);
    await reload();
  }
  function exportAs(kind: 'anki' | 'csv' | 'json') {
    const list = entries ?? [];
    const now = Date.now();
    if (kind === 'anki') downloadText(toAnki(list, lookup), datedFileName('anki', 'txt', now), 'text/plain');
    if (kind === 'csv') downloadText(toCsv(list, lookup), datedFileName('study', 'csv', now), 'text/csv');
    if (kind === 'json')
      downloadText(toStudyJson(list, now), datedFileName('study', 'json', now), 'application/json');
  }
  async function importFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage(`This file is too large to be an ImmunoLens export. Nothing was changed.`);
      return;
    }
    const reply = await sendToBackground('importStudy', { text: await file.text() });
    setMessage(
      reply.ok
        ? `Imported: ${reply.added} new, ${reply.updated} updated. ${reply.notes.join(' ')}`
        : reply.message,
    );
    await reload();
  }

  if (reviewing)
    return (
      <StudyReview
        rows={shown}
        onMark={(termId, knew) => void sendToBackground('reviewStudy', { termId, knew })}
        onDone={() => {
          setReviewing(false);
          void reload();
        }}
      />
    );
  return (
    <section class="study" aria-labelledby="study-title">
      <h1 id="study-title">Study list</h1>
      <p>
        <a href="#">Back to search</a>
      </p>
      <div class="study-tools">
        <label>
          Order{' '}
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value as StudyOrder)}>
            <option value="newest">Newest first</option>
            <option value="a-z">A–Z</option>
          </select>
        </label>{' '}
        <label>
          Category{' '}
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">All</option>
            {Object.entries(CATEGORIES).map(([key, label]) => (
              <option key={key} value={key as Category}>
                {label}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Filter <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
      </div>
      <p class="study-actions">
        <button type="button" disabled={shown.length === 0} onClick={() => setReviewing(true)}>
          Review
        </button>{' '}
        <button type="button" onClick={() => exportAs('anki')}>
          Export for Anki
        </button>{' '}
        <button type="button" onClick={() => exportAs('csv')}>
          Export CSV
        </button>{' '}
        <button type="button" onClick={() => exportAs('json')}>
          Export JSON
        </button>{' '}
        <label>
          Import JSON{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
      </p>
      <p role="status">
        {message}
        {removed ? (
          <>
            Removed {termOf(removed.termId)?.name ?? removed.termId}.{' '}
            <button type="button" onClick={() => void undo()}>
              Undo
            </button>
          </>
        ) : null}
      </p>
      {entries === null ? null : shown.length === 0 ? (
        <p>
          {entries.length === 0
            ? 'Nothing saved yet: press “Save to study list” on a term.'
            : 'No saved term matches.'}
        </p>
      ) : (
        <ul class="study-rows">
          {shown.slice(0, drawn).map(({ entry, term }) => (
            <li key={entry.termId} class="study-row">
              <h2>
                <a href={`#term/${entry.termId}`}>{term.name}</a>
              </h2>
              <p>{term.summary}</p>
              {entry.sentence ? (
                <blockquote class="study-sentence">
                  {markTerm(entry.sentence, term).map((s, i) =>
                    s.marked ? <mark key={i}>{s.text}</mark> : s.text,
                  )}
                </blockquote>
              ) : null}
              <p class="study-meta">
                {entry.url ? (
                  <a href={entry.url} target="_blank" rel="noopener noreferrer">
                    {entry.pageTitle || entry.url}
                  </a>
                ) : (
                  entry.pageTitle
                )}{' '}
                · knew it {entry.knew}, again {entry.again}{' '}
                <button type="button" onClick={() => void remove(entry)} aria-label={`Remove ${term.name}`}>
                  Remove
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {shown.length > drawn ? (
        <button type="button" onClick={() => setDrawn(drawn + STUDY_ROWS_PER_PAGE)}>
          Show {Math.min(STUDY_ROWS_PER_PAGE, shown.length - drawn)} more of {shown.length - drawn}
        </button>
      ) : null}
    </section>
  );
}
