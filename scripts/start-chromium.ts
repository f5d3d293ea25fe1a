/** Opens Debian's Chromium with the built extension loaded, in a throwaway profile, for trying ImmunoLens by hand. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const build = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'immunolens-try-'));
const chromium = process.env.CHROMIUM_PATH ?? 'chromium';
console.log(`Starting ${chromium} with ${build} (profile ${profile})`);
spawn(
  chromium,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${build}`,
    `--load-extension=${build}`,
    '--no-first-run',
  ],
  { stdio: 'inherit' },
).on('exit', (code) => process.exit(code ?? 0));
