import { defineContentScript } from 'wxt/utils/define-content-script';
import { TO_PAGE, type ToPage } from '@/utils/messages/to-page';
import { onMessages } from '@/utils/messages/transport';
import { lazyInstance } from './module-loader';
import type { createPageTerms } from './page-terms';
import type { createSelectionExplainer } from './selection-explainer';
import { watchSelections } from './selection-watcher';

// The script every frame runs: it only listens. What a selection needs (settings, rules, reading it, asking the
// background) loads on the first selection, and the bubble on the first one with something to show.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT otherwise posts a message to the page on start-up, and its context dispatches a CustomEvent on the page's
  // document (slim-context.ts replaces that context, so neither happens; hostile-page e2e checks). This keeps
  // quiet, it does not hide us: a page sees the bubble's host join <html> once a bubble shows.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const explainer = lazyInstance(
      '/content-scripts/explainer.js',
      (module: { createSelectionExplainer: typeof createSelectionExplainer }) =>
        module.createSelectionExplainer(),
    );
    // The side panel's "terms on this page": loaded when the panel asks, in the top frame (the panel asks it alone).
    const pageTerms = lazyInstance(
      '/content-scripts/page-terms.js',
      (module: { createPageTerms: typeof createPageTerms }) => module.createPageTerms(),
    );
    const failed = (error: unknown) => console.debug('ImmunoLens: explaining the selection failed', error);

    onMessages<ToPage>(TO_PAGE, {
      explainSelection: async (request) => (await explainer.load()).explainSelection(request),
      ping: () => 'pong',
      listPageTerms: async () => (await pageTerms.load()).list(),
      showTermUse: async (request) => (await pageTerms.load()).show(request),
    });

    watchSelections(ctx, {
      // Loading starts as the selection finishes, so it is done by the end of the debounce.
      onSelected: () => void explainer.load().catch(failed),
      onFinished: (finished) =>
        void explainer
          .load()
          .then((e) => e.finished(finished))
          .catch(failed),
      onDismiss: () => explainer.current()?.dismiss(),
      inBubble: (target) => explainer.current()?.inBubble(target) ?? false,
      bubbleOpen: () => explainer.current()?.bubbleOpen() ?? false,
    });
    ctx.onInvalidated(() => explainer.current()?.dismiss());
  },
});
