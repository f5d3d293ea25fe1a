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

/**
 * A glossary pack file: a 100,000-entry pack of about 1 KB an entry is about 100 MB; a larger file is refused by
 * its size, before it is read (reading 200 MB into a page would take its memory for nothing).
 */
export const MAX_PACK_FILE_BYTES = 150 * 1024 * 1024;

/** Entries in one pack: twice the 100,000 the indexes are measured at; a million-entry thesaurus is refused. */
export const MAX_PACK_ENTRIES = 200_000;

/** Errors listed for a refused pack (the total is given too): a person fixes the first few, then tries again. */
export const MAX_PACK_ERRORS_SHOWN = 50;

/** Packs installed at once: each is listed and toggled by hand. */
export const MAX_PACKS = 50;

/** Entries sent to the background in one import message (a whole large pack would pass Chrome's 64 MiB limit). */
export const PACK_IMPORT_CHUNK_ENTRIES = 5_000;

/**
 * The lens reads at most MAX_PAGE_TERMS_CHARS of a page's visible text on load (as the side panel does), in
 * chunks of this many characters, each one message to the background. A slice stops by the clock inside a chunk
 * too (utils/page-text/visible-text.ts, `shouldPause`); smaller chunks mean marks arrive sooner.
 */
export const LENS_CHUNK_CHARS = 2000;

/**
 * The lens's first pass, from the top of the viewport to its bottom, reads at most this many characters: a screen
 * of text is a few thousand, and a page whose layout never reaches the viewport's bottom (a fixed or scrolling
 * box) must not turn that pass into a read of the whole page. The full pass after it reads the rest.
 */
export const LENS_VIEWPORT_MAX_CHARS = 20_000;

/**
 * The clock of one idle slice of the lens's scan: it stops at the first pause point after this many ms. The goal
 * is ≤ 5 ms of main-thread work per slice (issue #16); the last step before the clock is read again (one element or
 * text node) gets the 1.5 ms between. At 4 ms, with the sends held back, 2 of 385 slices still took 5.08 and 5.32
 * ms of CPU, all script, at a load of 7–11 (bench:e2e's trace). A chunk's send runs only where
 * LENS_SEND_RESERVE_MS are left, else first in the next slice (`timeUp(reserveMs)`, utils/lens/idle-slices.ts).
 */
export const LENS_SLICE_MS = 3.5;

/**
 * What a slice keeps in hand for one chunk's `runtime.sendMessage`, which cannot stop inside itself. Measured in
 * the page (Chromium, 30 sends each of 200 to 8,000 characters, load 5): median 0.3–0.4 ms, 90th percentile
 * 0.4–0.8 ms, longest 1.1–3.1 ms and once 9.1 ms, whatever the size. Sized for the long ones, not the median:
 * guessing by the last send's cost still let 3 of 305 slices reach 5.7–7.0 ms of CPU (bench:e2e's trace).
 */
export const LENS_SEND_RESERVE_MS = 2;

/**
 * Terms the lens marks on one page, at most. A highlight's ranges are walked on every paint; past this a page is a
 * term list or a data dump, marks would be noise, and the lens stops and says it stopped (`truncated`).
 */
export const MAX_LENS_MARKS = 3000;

/**
 * Characters of changed text the lens reads again after the first scan, in all: a page that rewrites itself every
 * frame stops being followed once it has made the lens read this much, instead of keeping it busy for ever.
 */
export const MAX_LENS_RESCAN_CHARS = 1_000_000;

/** The lens reads changed text this long after the first change it saw (changes in between join it). */
export const LENS_MUTATION_DELAY_MS = 500;

/** Elements whose text changed that the lens remembers between two reads; past this it reads the whole body once. */
export const MAX_LENS_CHANGED_ROOTS = 200;

/** A pointer resting this long on a marked term opens its bubble: long enough that moving across text does not. */
export const LENS_HOVER_DWELL_MS = 400;
