import { sendToBackground } from '@/utils/messages/transport';
import type { StudyClient } from './SaveButton';

/** The study client of an extension page (popup, lookup page): its privacy is the page's own context. */
export function pageStudyClient(): StudyClient {
  const inPrivate = browser.extension?.inIncognitoContext === true;
  return {
    status: (termId) => sendToBackground('studyStatus', { termId, private: inPrivate }),
    save: (termId, confirmPrivate) =>
      sendToBackground('saveToStudy', { termId, confirmPrivate, private: inPrivate }),
    unsave: (termId) => sendToBackground('unsaveFromStudy', { termId }),
    private: inPrivate,
  };
}
