import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LENS_SHORTCUT } from '@/utils/a11y/lens-announcement';
import config from '@/wxt.config';

type ManifestFn = (env: { browser: string }) => Record<string, unknown>;
const manifest = (browser: string) => (config.manifest as ManifestFn)({ browser });

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  it('sets a content security policy for extension pages that forbids remote script', () => {
    const csp = (manifest(browser).content_security_policy as { extension_pages: string }).extension_pages;
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // The reader fetches the PDF it was asked to open; every other page narrows this back (test below).
    expect(directives['connect-src']).toEqual(["'self'", 'blob:', 'http:', 'https:', 'file:']);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('suggests the lens key the options page names, with no letter of an (en-US) Firefox menu after Alt', () => {
    const commands = manifest(browser).commands as Record<string, { suggested_key?: { default: string } }>;
    expect(commands['toggle-lens']?.suggested_key?.default).toBe(LENS_SHORTCUT);
    // Alt (with Shift or not) and the access key of File, Edit, View, History, Bookmarks, Tools or Help opens
    // that menu instead (docs/browser-quirks.md#firefox-alt-shift-letters-open-menus); e2e checks the real menus.
    const opensMenu = (key: string) => /^Alt\+(Shift\+)?[FEVSBTH]$/.test(key);
    expect(
      Object.values(commands).filter((c) => c.suggested_key && opensMenu(c.suggested_key.default)),
    ).toEqual([]);
  });
});

describe.each(['popup', 'lookup', 'options'])('the %s page', (page) => {
  it('connects to nothing outside the extension', () => {
    const html = readFileSync(new URL(`../../entrypoints/${page}/index.html`, import.meta.url), 'utf8');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="connect-src 'self' blob:" />`,
    );
  });
});
