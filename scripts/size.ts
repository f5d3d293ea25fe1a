/**
 * Prints each entrypoint's JavaScript size, minified and gzipped, and fails when a part of the content script
 * passes its budget. content.js is parsed in every frame a person opens; explainer.js loads on a frame's first
 * selection and bubble.js on its first selection with something to show (see modules/lazy-content.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = '.output/chrome-mv3';
/**
 * Minified bytes: what each reached (3.2, 6.0 and 30.0 KB in December 2026) and a little room. explainer.js grew
 * to 6.9 KB with the bounded selection walk and the user-activation check on tab opening (hardening, #15); the
 * bubble's budget rose by 2 KB for "Save to study list" (the button, its note and styles, key S: 30.4 → 32.4 KB),
 * and by 1 KB for accessibility (#20: the live region that announces the bubble and its wording, 24 px targets,
 * forced-colours rules: 32.4 → 33.6 KB).
 * Touch and frames (#15): content.js 3.5 → 4 KB (3.23 → 3.94) for the one listener that loads touch.js on the first
 * finger or pen press, and the check that keeps a frame quiet when the shortcut asks every frame (it must answer
 * at once, before anything can load); explainer.js 7.25 → 7.75 KB for the frame rules; bubble.js 33 → 34.5 KB
 * (32.4 → 34.1) for placement below a touch selection, the sheet and pinch zoom; touch.js (the touch gesture
 * rules, loaded by a first touch) 1 KB. The lens (#16): content.js +0.5 KB for the top frame's lens check (one storage read and a storage listener;
 * everything else of the lens is in lens.js), explainer.js +0.25 KB for explaining a
 * mark's range and for the few helpers it now holds itself rather than in a chunk shared with lens.js (one build
 * per module: modules/lazy-content.ts says why).
 * Lens cost (#16, session 3): content.js no longer reads anything for the lens (4.74 → 4.69 KB, with the lens's
 * `truncated` added to the side panel's answer): the background registers lens-start.js (0.5 KB, top frames where
 * the lens may be on) instead. lens.js 12 → 13.5 KB (11.8 → 13.3 KB) for slices that stop by the clock inside the
 * walk and a chunk, a slice that waits for a frame after the lens restyled the page, and the settings watch moved
 * in from content.js, and a tap that follows the finger's path. Then 13.5 → 15 KB (13.3 → 14.6 KB) for the lens's
 * polite live region (#20: how many terms it marked and the keys that move between them), its own off-screen host.
 * lens.js loads only in tabs where the lens is on.
 */
const CONTENT_SCRIPT_BUDGETS: Record<string, number> = {
  // Touch (the listener that loads touch.js, the frame check the shortcut's broadcast needs at once), the side
  // panel's two messages (their parsers and the registration of the lazy module) and the lens check.
  // 3.23 → 4.74 KB in all.
  'content-scripts/content.js': 5 * 1024,
  'content-scripts/explainer.js': 8 * 1024,
  // Touch placement and the sheet (+1.8 KB), accessibility (+1.1 KB), the pack's badge (+0.3 KB): 32.4 → 36.0 KB.
  'content-scripts/bubble.js': 36.5 * 1024,
  // Loaded only when the side panel asks for the page's terms: the visible-text walk, the tally, the use mark.
  'content-scripts/page-terms.js': 6 * 1024,
  'content-scripts/touch.js': 1 * 1024,
  // Loaded only in a top frame where the lens is on: the visible-text walk, the marks, hover and N/P.
  'content-scripts/lens.js': 15 * 1024,
  // Registered by the background only for pages where the lens may be on: it tells content.js to start the lens.
  'lens-start.js': 1 * 1024,
};

function* jsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsFiles(path);
    else if (name.endsWith('.js')) yield path;
  }
}

const rows = [...jsFiles(BUILD)].map((file) => {
  const bytes = readFileSync(file);
  return { file: relative(BUILD, file), min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
rows.sort((a, b) => a.file.localeCompare(b.file));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const kb2 = (n: number) => `${(n / 1024).toFixed(2)} KB`;
console.log('file'.padEnd(44), 'minified'.padStart(10), 'gzipped'.padStart(10));
for (const r of rows) console.log(r.file.padEnd(44), kb(r.min).padStart(10), kb(r.gzip).padStart(10));

let over = false;
for (const [file, budget] of Object.entries(CONTENT_SCRIPT_BUDGETS)) {
  const row = rows.find((r) => r.file === file);
  if (!row) {
    console.error(`${file} is missing from the build`);
    over = true;
    continue;
  }
  console.log(`${file}: ${kb2(row.min)} minified (budget ${kb2(budget)}), ${kb2(row.gzip)} gzipped`);
  if (row.min > budget) {
    console.error(`${file} is over its budget`);
    over = true;
  }
}
const chunks = rows.filter(
  (r) => r.file.startsWith('content-scripts/') && !(r.file in CONTENT_SCRIPT_BUDGETS),
);
if (chunks.length > 0) {
  // A chunk shared by the lazily loaded modules is loaded with them, but nothing budgets it: say so.
  console.error(`content-script files without a budget: ${chunks.map((c) => c.file).join(', ')}`);
  over = true;
}
if (over) process.exit(1);
