import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const FIXTURES_DIR = resolve(here, '../fixtures');
/**
 * The team's saved real-world pages, beside the repository (`../shared/pages`), or where SHARED_PAGES_DIR says:
 * a git worktree elsewhere (`/work/wt/NAME`) has no `shared` beside it.
 */
export const SHARED_PAGES_DIR = process.env.SHARED_PAGES_DIR ?? resolve(here, '../../../../shared/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

/**
 * A host name of another site that the e2e browsers resolve to 127.0.0.1 (Chromium `--host-resolver-rules`,
 * Firefox `network.dns.localDomains`). Another port of 127.0.0.1 is another origin but the same site, which
 * Chromium keeps in the page's process; a frame of this host runs in a process of its own.
 */
export const CROSS_SITE_HOST = 'immunolens-other-site.test';

/** `origin` (a fixture server's) under CROSS_SITE_HOST: the same server, seen as another site. */
export const crossSiteOrigin = (origin: string): string => {
  const url = new URL(origin);
  url.hostname = CROSS_SITE_HOST;
  return url.origin;
};

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the fixtures at `/` and the shared real pages at `/pages/`, from 127.0.0.1 only. */
export async function startServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const [root, rest] = path.startsWith('/pages/')
      ? [SHARED_PAGES_DIR, path.slice(7)]
      : [FIXTURES_DIR, path.slice(1)];
    const file = normalize(join(root, rest || 'index.html'));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // The strictest policy a page can set: the bubble must still work and be styled there.
      ...(rest === 'strict-csp.html' ? { 'content-security-policy': "default-src 'none'" } : {}),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // A browser still open may hold a connection it opened and never used (Chromium did, to a frame of
        // another site), which would keep the server from closing.
        server.closeAllConnections();
      }),
  };
}
