/** Bundles test/bench/recognizers.ts with Vite (the bundler WXT builds the extension with) for recognize-child.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * The path of the bundled recognisers' module, built into a folder of its own under the system's temp folder,
 * removed when this process exits; from `entry`, another checkout's recognizers.ts, for recognize-ab.ts.
 */
export async function bundledRecognizers(
  entry = fileURLToPath(new URL('./recognizers.ts', import.meta.url)),
): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'immunolens-bench-'));
  process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: entry,
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'recognizers.mjs' } },
    },
  });
  return join(outDir, 'recognizers.mjs');
}
