import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The default FlexSearch entry bundles a Blob worker and `Function(...)`, which MV3 forbids in spirit and
// Mozilla's linter reports as eval. The compact ESM build has neither.
const flexsearchCompact = fileURLToPath(
  new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url),
);

// The PDF reader's data, copied from pdfjs-dist into the build so that PDF.js never fetches it from a CDN: the
// standard fonts, the CMaps (CJK text), the colour profile, and the JPEG 2000 / JBIG2 / colour decoders (scanned
// papers). PDF.js's scripting engine (quickjs) is left out: the reader runs no PDF JavaScript.
const pdfjsDir = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url));
const pdfjsData = ['standard_fonts', 'cmaps', 'iccs', 'wasm'].flatMap((dir) =>
  readdirSync(pdfjsDir + dir)
    .filter((name) => !name.startsWith('quickjs') && !name.endsWith('_nowasm_fallback.js'))
    .map((name) => ({ absoluteSrc: `${pdfjsDir}${dir}/${name}`, relativeDest: `pdfjs/${dir}/${name}` })),
);
/**
 * The extension's own pages run only the extension's scripts: no remote script, no plugins, no <base> or form
 * tricks. 'wasm-unsafe-eval' lets PDF.js compile its bundled WebAssembly (the reader), which is not remote code.
 * Connections: the PDF reader must fetch the PDF the reader asked to open (the one exception to "no network"), and
 * an MV3 extension has one policy for all its pages, so this one allows http(s) and file URLs; every other page
 * narrows it back to the extension itself with a <meta> policy of its own (EXTENSION_ONLY_CONNECT, in each
 * page's index.html), which a page may add but never loosen. Decision 0009.
 */
export const EXTENSION_PAGES_CSP =
  "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; connect-src 'self' blob: http: https: file:; base-uri 'none'; form-action 'none'";

const slimContext = fileURLToPath(new URL('./entrypoints/content/slim-context.ts', import.meta.url));

export default defineConfig({
  // Every import is written out, so that readers and tools can follow them (no auto-imports).
  imports: false,
  hooks: {
    'build:publicAssets': (_wxt, files) => void files.push(...pdfjsData),
    // The content script runs in every frame: it gets a slim stand-in for WXT's context (see the file).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        ...((config.resolve.alias as { find: RegExp | string; replacement: string }[] | undefined) ?? []),
        { find: /^wxt\/utils\/content-script-context$/, replacement: slimContext },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'ImmunoLens',
    description:
      'Explains cancer immunology where you read it: select a term such as IL-12 or IFN-γ and see what it is and what it does in cancer.',
    // "scripting": the background registers the lens's start script only for the pages where the lens may be on,
    // so that tabs where it is off read nothing for it (background/lens-script.ts). Neither browser warns for it.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The content script's <all_urls> already asks for page access; naming it optional lets the popup ask again
    // where the browser withheld it (docs/browser-quirks.md#firefox-mv3-host-access-is-the-users). Chrome runs a
    // registered content script (the lens's start script) only on hosts granted by host_permissions, not on those
    // the content script's matches give (docs/browser-quirks.md#chrome-registered-scripts-need-host-permissions):
    // there the same access is declared as host_permissions, which adds no warning to the content script's.
    ...(browser === 'firefox'
      ? { optional_host_permissions: ['<all_urls>'] }
      : { host_permissions: ['<all_urls>'] }),
    // Asked for only when the user turns on "Open PDFs in the ImmunoLens reader" (entrypoints/background/pdf-redirect.ts).
    optional_permissions: ['webNavigation'],
    action: { default_title: 'ImmunoLens' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // light-dark() in the pages' CSS, and MV3 features used here.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '123' }),
    commands: {
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Look up the selected text',
      },
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
      },
      // The third of Chrome's four suggested shortcuts. Not Alt+Shift+H: Firefox's menu bar takes Alt+Shift with
      // the letter of a menu (H is Help), and a page's accesskey takes it before any add-on's shortcut
      // (docs/browser-quirks.md#firefox-alt-shift-letters-open-menus). D is no menu's letter in most locales and no
      // Wikipedia reader's accesskey. utils/a11y/lens-announcement.ts's LENS_SHORTCUT names it to readers.
      'toggle-lens': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Highlight known terms on this page (on or off)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'immunolens@immunolens.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    // Browsers that run MV3 ImmunoLens (Chrome 123+, Firefox 128+) read light-dark() and modern syntax as
    // written; older targets would make the CSS minifier expand them into long fallbacks.
    build: { cssTarget: ['chrome123', 'firefox128'] },
    resolve: {
      alias: [{ find: /^flexsearch$/, replacement: flexsearchCompact }],
    },
  }),
});
