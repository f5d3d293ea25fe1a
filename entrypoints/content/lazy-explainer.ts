import type { SelectionExplainer } from './selection-explainer';

/** Where the build puts selection-explainer.ts (modules/lazy-content.ts), web-accessible to content scripts. */
const EXPLAINER_MODULE = '/content-scripts/explainer.js';

/**
 * The explainer as the always-loaded script holds it: loaded by the first call to `load` (a selection, or a
 * menu or shortcut request), and absent until then (no bubble, nothing to dismiss).
 */
export function lazyExplainer() {
  let explainer: SelectionExplainer | null = null;
  let loading: Promise<SelectionExplainer> | null = null;
  return {
    load: () =>
      (loading ??= import(/* @vite-ignore */ browser.runtime.getURL(EXPLAINER_MODULE)).then(
        (module: { createSelectionExplainer: () => SelectionExplainer }) =>
          (explainer = module.createSelectionExplainer()),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => explainer,
  };
}
