import { browser } from 'wxt/browser';
import { clearHistory, rememberInHistory } from '@/utils/history/history-item';
import { MIN_TAB_OPEN_INTERVAL_MS } from '@/utils/limits';
import { explain } from '@/utils/lookup/explain';
import { suggest } from '@/utils/lookup/suggest';
import type { FromExtensionPage } from '@/utils/messages/from-extension-page';
import type { Explanation, ToBackground } from '@/utils/messages/to-background';
import type { Indexes } from '@/utils/knowledge/indexes';
import type { Handlers } from '@/utils/messages/transport';
import { pageTermUses } from '@/utils/page-terms/page-term-uses';
import { rateLimit } from '@/utils/rate-limit';
import { updateSettings } from '@/utils/settings/settings-item';
import { restartMark } from '@/utils/knowledge/restart-marks';
import { TEST_BUILD } from '@/utils/test-build';
import { fullViewUrlFrom } from './hand-over';
import { backgroundIndexes } from './pack-handlers';

const tabMayOpen = rateLimit(MIN_TAB_OPEN_INTERVAL_MS);

/** What the background answers, each request already parsed (see utils/messages/). */
export const backgroundHandlers: Handlers<ToBackground & FromExtensionPage> = {
  async explain(request, sender) {
    restartMark('explain asked');
    const answer = (indexes: Indexes) =>
      explain(indexes.knowledge, indexes.terms, request, (query) => suggest(indexes, query));
    let explanation: Explanation;
    if (request.explicit) {
      // An explicit request may need "did you mean": a search restored from the cache rather than built
      // (seconds at 100,000 entries) when its snapshot is still being read after a restart.
      const indexes = await backgroundIndexes.indexes();
      await indexes.searchReady?.();
      explanation = answer(indexes);
    } else
      explanation = await backgroundIndexes.answer((indexes) => {
        if (TEST_BUILD) {
          restartMark('indexes loaded');
          // The e2e build times the trie on its own (the first scan would make it anyway).
          void indexes.terms.trie;
          restartMark('trie ready');
        }
        return answer(indexes);
      });
    restartMark('explained');
    // A bubble about one term is worth remembering; a passage's list is not.
    const [only] = explanation.terms;
    // A private window leaves nothing behind.
    if (explanation.terms.length === 1 && only && !sender.tab?.incognito)
      void rememberInHistory({ kind: 'term', id: only.term.id, title: only.term.name });
    return explanation;
  },

  async openFullView({ target }, sender) {
    const tab = sender.tab;
    if (!tabMayOpen(tab?.id ?? -1)) return 'too soon';
    await browser.tabs.create({
      // From a private tab, nothing of the target in the URL (hand-over.ts).
      url: await fullViewUrlFrom(target, tab),
      index: (tab?.index ?? -1) + 1,
      // Beside the page, in its window (not the last focused one), and back to it when the tab is closed.
      ...(tab ? { windowId: tab.windowId, openerTabId: tab.id } : {}),
    });
    return 'opened';
  },

  async recognizePageText({ text }) {
    // Packs join the page's terms as they join a bubble's.
    return backgroundIndexes.answer(({ knowledge, terms }) => ({
      uses: pageTermUses(knowledge, terms, text),
    }));
  },

  async rememberViewed(item, sender) {
    // The full view page in a private window is a private tab. (The popup has no tab: see the README.)
    if (sender.tab?.incognito) return 'history off';
    return (await rememberInHistory(item)) ? 'remembered' : 'history off';
  },

  async changeSettings(change) {
    const settings = await updateSettings(change);
    // Queued after the change: a lookup that reads the settings after this clear sees history off.
    if (change.history === false) await clearHistory();
    return settings;
  },

  async clearHistory() {
    await clearHistory();
    return 'cleared' as const;
  },
};
