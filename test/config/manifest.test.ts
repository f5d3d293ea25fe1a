import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});

describe.each(['popup', 'lookup', 'options'])('the %s page', (page) => {
  it('connects to nothing outside the extension', () => {
    const html = readFileSync(new URL(`../../entrypoints/${page}/index.html`, import.meta.url), 'utf8');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="connect-src 'self' blob:" />`,
    );
  });
});
