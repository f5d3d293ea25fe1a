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
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
