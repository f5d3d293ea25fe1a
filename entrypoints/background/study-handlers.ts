import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import type { StudyFromExtensionPage, StudyFromPage } from '@/utils/messages/study';
import type { Handlers } from '@/utils/messages/transport';
import { importStudyJson } from '@/utils/export/study-json';
import { saveSource } from '@/utils/study/save-source';
import { openStudyStore, withListCache, type StudyStore } from '@/utils/study/study-store';

let opening: Promise<StudyStore> | null = null;
/** The one connection of the one owner; opened on first use, again after the worker restarts. */
export const studyStore = () => (opening ??= openStudyStore().then(withListCache));

/** A private window: the tab says so for a content script, the page itself for an extension page without a tab. */
const isPrivate = (request: { private: boolean }, sender: { tab?: { incognito?: boolean } }) =>
  request.private || sender.tab?.incognito === true;

/** The study list's one owner: every save, removal and review goes through here. */
export const studyHandlers: Handlers<StudyFromPage & StudyFromExtensionPage> = {
  async saveToStudy(request, sender) {
    if (isPrivate(request, sender) && !request.confirmPrivate) return 'private: confirm first';
    if (!bundledKnowledge().termById.has(request.termId)) return 'not an entry';
    // The source is what the browser says about the sender, not what the page claims.
    const source = saveSource(sender, browser.runtime.getURL('/'), request.context);
    const result = await (await studyStore()).save({ termId: request.termId, ...source }, Date.now());
    return result.outcome;
  },
  async unsaveFromStudy({ termId }) {
    return (await (await studyStore()).remove(termId)) ? 'removed' : 'not saved';
  },
  async studyStatus(request, sender) {
    const saved = (await (await studyStore()).get(request.termId)) !== undefined;
    return { saved, private: isPrivate(request, sender) };
  },
  async listStudy() {
    return (await studyStore()).list();
  },
  async restoreToStudy({ entry }) {
    await (await studyStore()).put([entry]);
    return 'restored' as const;
  },
  async reviewStudy({ termId, knew }) {
    return (await (await studyStore()).review(termId, knew, Date.now())) ?? null;
  },
  async importStudy({ text }) {
    const store = await studyStore();
    const result = importStudyJson(text, await store.list());
    if (!result.ok) return result;
    await store.put(result.list);
    return { ok: true, added: result.added, updated: result.updated, notes: result.notes };
  },
};
