import { recordLookup } from '@/utils/history/history-item';
import { bundledIndexes } from '@/utils/knowledge/indexes';
import { explain } from '@/utils/lookup/explain';
import { onMessage, parseLookupRequest, parseOpenLookupRequest, type Suggestion } from '@/utils/messages';
import { lookupPageUrl } from '@/utils/lookup/lookup-url';
import { createContextMenu, handleContextMenuClick } from './context-menu';
import { handleCommand } from './commands';

/** "Did you mean" for an explicit lookup with no term: only entries whose names match, not passing mentions. */
function suggest(query: string): Suggestion[] {
  return bundledIndexes()
    .search.search(query, 5)
    .hits.filter((h) => h.nameMatch)
    .map((h) => ({ kind: h.kind, id: h.id, title: h.title }));
}

export default defineBackground(() => {
  // End-to-end tests call the menu and shortcut handlers through the worker's global, which only the extension
  // itself and the browser's debugging protocol can reach.
  Object.assign(globalThis, { immunolens: { handleContextMenuClick, handleCommand } });

  // Menus are kept by the browser across worker restarts, but not across updates: create on both events.
  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.runtime.onStartup.addListener(() => void createContextMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

  onMessage('lookup', (data) => {
    const request = parseLookupRequest(data);
    if (!request) return { widened: { start: 0, end: 0 }, terms: [], suggestions: [] };
    const { knowledge, terms } = bundledIndexes();
    const reply = explain(knowledge, terms, request, suggest);
    // A bubble about one term is a lookup worth remembering; a passage's list is not.
    const [only] = reply.terms;
    if (reply.terms.length === 1 && only)
      void recordLookup({ kind: 'term', id: only.term.id, title: only.term.name });
    return reply;
  });

  onMessage('openLookup', async (data, sender) => {
    const request = parseOpenLookupRequest(data);
    if (!request) return;
    await browser.tabs.create({ url: lookupPageUrl(request.target), index: (sender.tab?.index ?? -1) + 1 });
  });
});
