import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';

type ManifestFn = (env: { browser: string }) => Record<string, unknown>;
const manifest = (browser: string) => (config.manifest as ManifestFn)({ browser });

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  it('sets a content security policy for extension pages that forbids remote script and connections', () => {
    const csp = (manifest(browser).content_security_policy as { extension_pages: string }).extension_pages;
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });
});
