/** Messages the side panel answers: from the content scripts of the frames of the tab it lists. */
import { parsePing } from './to-page';

/** Content script → the extension's pages (the side panel): every message and its reply. */
export interface ToPanel {
  /**
   * A frame answers the panel's roll call (`callFrames`): it is there and lists its terms when asked. The sender's
   * `tab.id`, `frameId` and `url` say which frame; the message carries nothing else.
   */
  frameHere: [Record<string, never>, 'noted'];
}

export const TO_PANEL = {
  frameHere: parsePing,
};
