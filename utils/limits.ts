/** Every bound ImmunoLens applies, with the reason for it. */

/** A paragraph: longer selections are copying, not looking up. */
export const MAX_SELECTION_CHARS = 2000;

/** Search queries longer than a long question are pasted text; the tail adds nothing to ranking. */
export const MAX_QUERY_CHARS = 200;

/**
 * Characters of text read either side of a selection and sent with it: about a sentence, enough to widen a
 * double-click that stopped at a hyphen to the whole term, to find an abbreviation's definition, and to see whether
 * an acronym that often means something else (DC, TAM) sits among biomedical words. Never the page.
 */
export const CONTEXT_WINDOW_CHARS = 300;

/** Wait this long after the last selection change before asking: a keyboard selection arrives key by key. */
export const SELECTION_DEBOUNCE_MS = 150;

/** Passage mode lists at most this many terms: a paragraph rarely holds more, and a longer list is not a bubble. */
export const MAX_PASSAGE_TERMS = 20;

/** A bubble shows this many related questions for one term. */
export const MAX_BUBBLE_QUESTIONS = 3;

/** Results shown in the popup list. */
export const MAX_SEARCH_RESULTS = 12;

/** Longest entry or question id a message may name (ids are kebab-case names). */
export const MAX_ID_CHARS = 100;

/** Recent lookups remembered locally. */
export const MAX_HISTORY = 20;

/** Sites in the disabled list; beyond this a list is a mistake, and storage.sync items are small. */
export const MAX_DISABLED_SITES = 500;

/** A tab may open one full view page a second: a reader clicks no faster, a page driving the bubble would. */
export const MIN_TAB_OPEN_INTERVAL_MS = 1000;

/** A saved sentence: a long sentence fits; longer text is a paragraph the reader did not mean to keep. */
export const MAX_STUDY_SENTENCE_CHARS = 600;

/** A saved page title: longer titles are a page stuffing its <title>, not a name to read. */
export const MAX_STUDY_TITLE_CHARS = 300;

/** A saved source URL: browsers keep longer ones, but a study row only needs to link back. */
export const MAX_STUDY_URL_CHARS = 2048;

/** Entries in the study list: well past a year of daily study, and the 200 ms list budget is measured at 10,000. */
export const MAX_STUDY_ENTRIES = 20_000;

/** An import or backup file: 20,000 entries of about 1 KB; a larger file is not one of ours. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

/** Study rows drawn at once; "Show more" draws the next ones. 10,000 rows would take the page past 200 ms to open. */
export const STUDY_ROWS_PER_PAGE = 200;

/**
 * Characters of a page's visible text the side panel's "terms on this page" reads: a long review article is about
 * 150,000; past this the page is a book or a data dump, and the panel says it listed the terms of its start only.
 */
export const MAX_PAGE_TERMS_CHARS = 500_000;

/**
 * Characters of page text in one recognition request to the background: a page is sent in chunks of about this
 * size, so that no single message or recognition pass holds the worker (or the page) for long.
 */
export const MAX_PAGE_CHUNK_CHARS = 50_000;

/** Term uses a page's list keeps (with where each is, to scroll to it): past this the list is cut, and says so. */
export const MAX_PAGE_TERM_USES = 20_000;

/** A page title the side panel shows: longer titles are a page stuffing its <title>, not a name to read. */
export const MAX_PAGE_TITLE_CHARS = 300;

/** How long the side panel's mark stays on the use it scrolled to. */
export const TERM_USE_MARK_MS = 2000;
