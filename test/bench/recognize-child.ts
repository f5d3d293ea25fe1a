/**
 * One recogniser timed in a process of its own, for `npm run bench` (run.ts `isolated`): argv `fast` or
 * `reference`, the text (`pages`, a size in characters of the biomedical bench text, or `SIZExTIMES`), the timed
 * runs, and the recognisers' module as the extension's bundler builds it (bundle.ts). Prints the runs' wall and CPU
 * times as JSON. In one process, the reference recogniser's garbage (an object per piece) was collected on the fast
 * one's CPU time: 1 MB took a median 37.8 ms of CPU there against 28.1 ms alone
 * (docs/decisions/0013-recognition-fast-path.md), and the background worker runs the fast one alone.
 */
import { pathToFileURL } from 'node:url';
import { asDelivered, biomedicalText, knowledge, sharedPagesText } from './corpus';
import { timedRuns } from './stats';

const [which, textArg, runsArg, bundle] = process.argv.slice(2);
const { buildTermIndex, recognize, referenceRecognize } = (await import(
  pathToFileURL(bundle!).href
)) as typeof import('./recognizers');
// `100000x100`: the first 100,000 characters of the bench text, written 100 times over.
const [size, times = 1] = textArg!.split('x').map(Number);
const text = textArg === 'pages' ? sharedPagesText() : asDelivered(biomedicalText(size!).repeat(times));
if (text === null) throw new Error('no shared pages: set SHARED_PAGES_DIR');
const terms = buildTermIndex(knowledge.glossary);
const run = which === 'reference' ? () => referenceRecognize(terms, text) : () => recognize(terms, text);
process.stdout.write(JSON.stringify(timedRuns(run, Number(runsArg))));
