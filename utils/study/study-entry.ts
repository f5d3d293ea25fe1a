/**
 * One saved term: which entry, the sentence it was met in, where, when, and how its reviews went. Every value that
 * came from a page is bounded and kept as plain text; only http(s) source links are kept.
 */
import {
  MAX_ID_CHARS,
  MAX_STUDY_SENTENCE_CHARS,
  MAX_STUDY_TITLE_CHARS,
  MAX_STUDY_URL_CHARS,
} from '../limits';

export interface StudyEntry {
  /** The glossary entry's id: one study entry per term. */
  termId: string;
  /** The sentence the term was selected in, plain text, at most MAX_STUDY_SENTENCE_CHARS ('' when none). */
  sentence: string;
  pageTitle: string;
  /** The page's address, http or https only ('' otherwise). */
  url: string;
  /** Milliseconds since the epoch: first saved, and last saved again. */
  savedAt: number;
  updatedAt: number;
  /** Review counts: "knew it" and "again". */
  knew: number;
  again: number;
  /** Milliseconds since the epoch of the last review, 0 when never reviewed. */
  reviewedAt: number;
}

/** What a save brings: the page's part of an entry. */
export interface StudySave {
  termId: string;
  sentence?: string;
  pageTitle?: string;
  url?: string;
}

/** Text of one line: control characters and runs of white space become one space, trimmed, cut at `max`. */
export function plainLine(value: string, max: number): string {
  const line = value
    .slice(0, max * 4)
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  if (line.length <= max) return line;
  return line.slice(0, max - 1).trimEnd() + '…';
}

/** The address when it is an http or https page (credentials dropped), '' for anything else. */
export function webUrl(value: string): string {
  if (value.length > MAX_STUDY_URL_CHARS) return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  url.username = '';
  url.password = '';
  return url.href.length <= MAX_STUDY_URL_CHARS ? url.href : '';
}

export function isTermId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value) && value.length <= MAX_ID_CHARS;
}

/** The save made safe to keep: bounded plain text and a web link, or null without a valid term id. */
export function cleanSave(save: StudySave): StudySave | null {
  if (!isTermId(save.termId)) return null;
  return {
    termId: save.termId,
    sentence: plainLine(save.sentence ?? '', MAX_STUDY_SENTENCE_CHARS),
    pageTitle: plainLine(save.pageTitle ?? '', MAX_STUDY_TITLE_CHARS),
    url: webUrl(save.url ?? ''),
  };
}

/**
 * The list after saving: a term saved again keeps its first date and its review counts and takes the new
 * sentence and source (an empty new sentence keeps the old one). Newest saves first.
 */
export function saveInto(list: readonly StudyEntry[], save: StudySave, now: number): StudyEntry[] {
  const clean = cleanSave(save);
  if (!clean) return [...list];
  const old = list.find((e) => e.termId === clean.termId);
  const entry: StudyEntry = {
    termId: clean.termId,
    sentence: clean.sentence || old?.sentence || '',
    pageTitle: clean.sentence ? clean.pageTitle! : (old?.pageTitle ?? clean.pageTitle!),
    url: clean.sentence ? clean.url! : (old?.url ?? clean.url!),
    savedAt: old?.savedAt ?? now,
    updatedAt: now,
    knew: old?.knew ?? 0,
    again: old?.again ?? 0,
    reviewedAt: old?.reviewedAt ?? 0,
  };
  return [entry, ...list.filter((e) => e.termId !== clean.termId)];
}

/** The entry after one review. */
export function reviewed(entry: StudyEntry, knew: boolean, now: number): StudyEntry {
  return knew
    ? { ...entry, knew: entry.knew + 1, reviewedAt: now }
    : { ...entry, again: entry.again + 1, reviewedAt: now };
}

const COUNT_MAX = 1_000_000;
const isCount = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= COUNT_MAX;
/** A date from 2000 to 2200: anything else is a corrupt value, not a date. */
const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 946_684_800_000 && v <= 7_258_118_400_000;

export const STUDY_ENTRY_FIELDS = [
  'termId',
  'sentence',
  'pageTitle',
  'url',
  'savedAt',
  'updatedAt',
  'knew',
  'again',
  'reviewedAt',
] as const;

/**
 * A stored or imported entry made valid: text fields are cleaned (bounded, one line, web links only), unknown
 * fields are dropped. Null, with the reason, when the term id, a date or a count is not one.
 */
export function parseStudyEntry(value: unknown): { entry: StudyEntry } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'not an object' };
  const v = value as Record<string, unknown>;
  if (!isTermId(v.termId)) return { problem: 'termId is not an entry id' };
  for (const key of ['sentence', 'pageTitle', 'url'] as const)
    if (v[key] !== undefined && typeof v[key] !== 'string') return { problem: `${key} is not text` };
  if (!isTime(v.savedAt)) return { problem: 'savedAt is not a date' };
  const updatedAt = v.updatedAt === undefined ? v.savedAt : v.updatedAt;
  if (!isTime(updatedAt)) return { problem: 'updatedAt is not a date' };
  const reviewedAt = v.reviewedAt === undefined || v.reviewedAt === 0 ? 0 : v.reviewedAt;
  if (reviewedAt !== 0 && !isTime(reviewedAt)) return { problem: 'reviewedAt is not a date' };
  for (const key of ['knew', 'again'] as const)
    if (v[key] !== undefined && !isCount(v[key])) return { problem: `${key} is not a count` };
  const clean = cleanSave(v as unknown as StudySave)!;
  return {
    entry: {
      termId: clean.termId,
      sentence: clean.sentence!,
      pageTitle: clean.pageTitle!,
      url: clean.url!,
      savedAt: v.savedAt,
      updatedAt,
      knew: (v.knew as number | undefined) ?? 0,
      again: (v.again as number | undefined) ?? 0,
      reviewedAt: reviewedAt as number,
    },
  };
}
