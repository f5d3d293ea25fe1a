/**
 * Prints each entrypoint's JavaScript size, minified and gzipped, and fails when the content script passes its
 * budget: it is parsed in every tab a person opens.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = '.output/chrome-mv3';
const CONTENT_SCRIPT_BUDGET = 40 * 1024;

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
console.log('file'.padEnd(44), 'minified'.padStart(10), 'gzipped'.padStart(10));
for (const r of rows) console.log(r.file.padEnd(44), kb(r.min).padStart(10), kb(r.gzip).padStart(10));

const content = rows.find((r) => r.file.startsWith('content-scripts/') && r.file.endsWith('.js'));
if (!content) {
  console.error('no content script in the build');
  process.exit(1);
}
console.log(
  `content script: ${kb(content.min)} minified (budget ${kb(CONTENT_SCRIPT_BUDGET)}), ${kb(content.gzip)} gzipped`,
);
if (content.min > CONTENT_SCRIPT_BUDGET) {
  console.error('content script is over its budget');
  process.exit(1);
}
