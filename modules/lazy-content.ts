/**
 * Builds the content script's lazily loaded parts as ES modules beside it, and declares them web-accessible so the
 * content script can `import()` them:
 * - content-scripts/explainer.js (entrypoints/content/selection-explainer.ts), on the first selection: settings,
 *   rules, reading the selection, asking the background;
 * - content-scripts/bubble.js (entrypoints/content/bubble-host.tsx), on the first selection with something to show:
 *   Preact, Floating UI, the bubble's components and CSS;
 * - content-scripts/page-terms.js (entrypoints/content/page-terms.ts), when the side panel asks for the page's
 *   terms.
 * WXT builds content scripts as single IIFEs, so these get a build of their own after WXT's (the approach of WXT's
 * esm-content-script-ui example).
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import type { Browser } from 'wxt/browser';
import { defineWxtModule } from 'wxt/modules';

/** Output name → source. Keep the names in step with the paths in entrypoints/content/module-loader.ts. */
const MODULES = {
  explainer: 'entrypoints/content/selection-explainer.ts',
  bubble: 'entrypoints/content/bubble-host.tsx',
  'page-terms': 'entrypoints/content/page-terms.ts',
};
const OUTPUTS = Object.keys(MODULES).map((name) => `content-scripts/${name}.js`);
const CHUNKS = 'content-scripts/chunks';

export default defineWxtModule({
  name: 'lazy-content',
  setup(wxt) {
    wxt.hook('prepare:publicPaths', (_, paths) => {
      paths.push(...OUTPUTS);
    });

    wxt.hook('build:manifestGenerated', (_, manifest) => {
      const resource: Browser.runtime.ManifestV3['web_accessible_resources'] extends (infer R)[] | undefined
        ? R
        : never = {
        resources: [...OUTPUTS, `${CHUNKS}/*`],
        matches: ['<all_urls>'],
      };
      // Chrome: reachable only under a per-session id, so pages cannot probe for the extension by fetching it.
      // Firefox's moz-extension:// host is already a random per-install id.
      // docs/browser-quirks.md#chrome-web-accessible-resources-can-be-probed
      if (wxt.config.browser !== 'firefox') resource.use_dynamic_url = true;
      const list = (manifest.web_accessible_resources ??= []) as (typeof resource)[];
      list.push(resource);
    });

    wxt.hook('build:done', async () => {
      const root = wxt.config.root;
      // One build per module, so that each is whole: a module shared by two of them (limits, the transport) is
      // copied into both instead of becoming a chunk that one more import must fetch and no budget covers.
      for (const [name, source] of Object.entries(MODULES))
        await build({
          configFile: false,
          root,
          mode: wxt.config.mode,
          logLevel: 'warn',
          plugins: [preact()],
          resolve: { alias: { '@': root } },
          define: { 'process.env.NODE_ENV': JSON.stringify(wxt.config.mode) },
          build: {
            outDir: wxt.config.outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            modulePreload: false,
            target: ['chrome123', 'firefox128'],
            cssTarget: ['chrome123', 'firefox128'],
            sourcemap: false,
            rollupOptions: {
              input: { [name]: resolve(root, source) },
              preserveEntrySignatures: 'exports-only',
              output: {
                format: 'es',
                entryFileNames: 'content-scripts/[name].js',
                chunkFileNames: `${CHUNKS}/[name]-[hash].js`,
              },
            },
          },
        });
      wxt.logger.info(`Built the content script's lazily loaded modules: ${OUTPUTS.join(', ')}`);
    });
  },
});
