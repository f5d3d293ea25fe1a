/**
 * Fails when a built file carries eval or the Function constructor (FlexSearch's default build does, for its
 * worker): MV3 forbids them in spirit and Mozilla's linter reports them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = /\beval\(|\bnew Function\(|[^.\w]Function\(/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(m?js|html)$/.test(name)) yield path;
  }
}

let bad = 0;
for (const dir of process.argv.slice(2)) {
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const m = FORBIDDEN.exec(text);
    if (m) {
      bad++;
      console.error(
        `${file}: contains ${JSON.stringify(m[0])} near …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`,
      );
    }
  }
}
if (bad > 0) process.exit(1);
console.log(`no eval or Function( in ${process.argv.slice(2).join(', ')}`);
