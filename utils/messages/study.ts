/**
 * Study list messages. A content script (the bubble) and extension pages may save, unsave and ask whether a term
 * is saved; only extension pages may read or change the list as a whole (content scripts never see it). The
 * background owns the store: every change goes through it.
 */
import { CONTEXT_WINDOW_CHARS, MAX_IMPORT_CHARS, MAX_SELECTION_CHARS } from '../limits';
import { isTermId, parseStudyEntry, type StudyEntry } from '../study/study-entry';
import { fieldsOf, isText } from './parse';

export interface SaveRequest {
  termId: string;
  /** The selection and the text read either side of it (the bubble): the background cuts the sentence from it. */
  context?: { before: string; text: string; after: string };
  /** The reader confirmed saving from a private window. */
  confirmPrivate: boolean;
  /** The sending page knows it is in a private window (extension pages have no tab to tell). */
  private: boolean;
}

export type SaveReply = 'saved' | 'updated' | 'private: confirm first' | 'list full' | 'not an entry';

export interface StudyStatus {
  saved: boolean;
  /** The sender is in a private window: a save needs the reader's confirmation. */
  private: boolean;
}

export type ImportReply =
  { ok: true; added: number; updated: number; notes: string[] } | { ok: false; message: string };

/** Content script or extension page → background. */
export interface StudyFromPage {
  saveToStudy: [SaveRequest, SaveReply];
  unsaveFromStudy: [{ termId: string }, 'removed' | 'not saved'];
  studyStatus: [{ termId: string; private: boolean }, StudyStatus];
}

/** Extension page → background only. */
export interface StudyFromExtensionPage {
  listStudy: [Record<string, never>, StudyEntry[]];
  /** Puts a removed entry back (undo). */
  restoreToStudy: [{ entry: StudyEntry }, 'restored'];
  reviewStudy: [{ termId: string; knew: boolean }, StudyEntry | null];
  /** A study JSON file's text: merged into the list, or refused whole. */
  importStudy: [{ text: string }, ImportReply];
}

function termOnly(value: unknown): { termId: string } | null {
  const v = fieldsOf(value);
  return v && isTermId(v.termId) ? { termId: v.termId } : null;
}

/** The selection with its context, each part within the bounds the explain message has. */
function parseContext(value: unknown): SaveRequest['context'] | null {
  const c = fieldsOf(value);
  if (!c || !isText(c.before, CONTEXT_WINDOW_CHARS) || !isText(c.after, CONTEXT_WINDOW_CHARS)) return null;
  return isText(c.text, MAX_SELECTION_CHARS) ? { before: c.before, text: c.text, after: c.after } : null;
}

export function parseSaveRequest(value: unknown): SaveRequest | null {
  const v = fieldsOf(value);
  if (!v || !isTermId(v.termId)) return null;
  const context = v.context === undefined ? undefined : parseContext(v.context);
  if (context === null) return null;
  return {
    termId: v.termId,
    context,
    confirmPrivate: v.confirmPrivate === true,
    private: v.private === true,
  };
}

export const STUDY_FROM_PAGE = {
  saveToStudy: parseSaveRequest,
  unsaveFromStudy: termOnly,
  studyStatus: (value: unknown) => {
    const t = termOnly(value);
    return t && { ...t, private: fieldsOf(value)?.private === true };
  },
};

export const STUDY_FROM_EXTENSION_PAGE = {
  listStudy: (value: unknown) => (fieldsOf(value) ? {} : null),
  restoreToStudy: (value: unknown) => {
    const parsed = parseStudyEntry(fieldsOf(value)?.entry);
    return 'entry' in parsed ? { entry: parsed.entry } : null;
  },
  reviewStudy: (value: unknown) => {
    const v = fieldsOf(value);
    return v && isTermId(v.termId) && typeof v.knew === 'boolean' ? { termId: v.termId, knew: v.knew } : null;
  },
  importStudy: (value: unknown) => {
    // The page refuses a larger file itself (importStudyJson on its text), before sending anything.
    const text = fieldsOf(value)?.text;
    return isText(text, MAX_IMPORT_CHARS) ? { text } : null;
  },
};

export const STUDY_EXTENSION_PAGE_ONLY = Object.keys(
  STUDY_FROM_EXTENSION_PAGE,
) as (keyof StudyFromExtensionPage)[];
