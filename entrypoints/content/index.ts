import { defineContentScript } from 'wxt/utils/define-content-script';
import { onLensStart } from '@/utils/lens/start-signal';
import { TO_PAGE, type ToPage } from '@/utils/messages/to-page';
import { onMessages, notifyPanel } from '@/utils/messages/transport';
import { frameHasReader } from '@/utils/selection/selection-rules';
import { frameFocus } from './frame-focus';
import type { createLens } from './lens';
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
    // The side panel's "terms on this page": loaded when the panel asks, in the top frame and the few frames it
    // reads (page-terms/frame-terms.ts).
    const pageTerms = lazyInstance(
      '/content-scripts/page-terms.js',
      (module: { createPageTerms: typeof createPageTerms }) => module.createPageTerms(),
    );
    const failed = (error: unknown) => console.debug('ImmunoLens: explaining the selection failed', error);
    // The lens marks terms in the top frame only: frames are mostly ads and widgets. Nothing here reads whether
    // it is on: the background registers lens-start.js only for the pages where it may be (lens-script.ts), and
    // that script, or the background's word for a tab already open, starts it; the lens module then follows the
    // settings itself. A tab where the lens is off pays for none of it.
    const lens =
      window === window.top
        ? lazyInstance('/content-scripts/lens.js', (module: { createLens: typeof createLens }) =>
            module.createLens(explainer),
          )
        : null;
    const startLens = async () => {
      if (!lens) return 'off';
      const started = await lens.load();
      await started.start();
      return started.isOn ? 'on' : 'off';
    };
    if (lens) onLensStart(() => void startLens().catch(console.debug));

    onMessages<ToPage>(
      TO_PAGE,
      {
        explainSelection: async (request) => (await explainer.load()).explainSelection(request),
        ping: () => 'pong',
        listPageTerms: async () => ({
          ...(await (await pageTerms.load()).list()),
          ...(lens?.current()?.truncated ? { lensTruncated: true } : {}),
        }),
        showTermUse: async (request) => (await pageTerms.load()).show(request),
        // The panel's roll call: a frame says it is there without loading anything, so a page of 10,000 frames
        // costs one small message each; the panel then asks a bounded few of them for their terms.
        callFrames: () => {
          if (window !== window.top) notifyPanel('frameHere', {});
          return 'called';
        },
        toggleLens: async () => (lens ? (await lens.load()).toggle() : 'off'),
        startLens,
      },
      {
        // The shortcut asks every frame and the first answer wins: only the frame the reader is in answers.
        answers: {
          explainSelection: ({ everyFrame }) =>
            !everyFrame || !!explainer.current()?.bubbleOpen() || frameHasReader(frameFocus()),
        },
      },
    );

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
    ctx.onInvalidated(() => {
      explainer.current()?.dismiss();
      lens?.current()?.off();
    });
  },
});
