import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BACKUP_EXTENSION_PAGE_ONLY, BACKUP_FROM_EXTENSION_PAGE } from '@/utils/messages/backup';
import { EXTENSION_PAGE_ONLY, FROM_EXTENSION_PAGE } from '@/utils/messages/from-extension-page';
import {
  STUDY_EXTENSION_PAGE_ONLY,
  STUDY_FROM_EXTENSION_PAGE,
  STUDY_FROM_PAGE,
} from '@/utils/messages/study';
import { PACKS_EXTENSION_PAGE_ONLY, PACKS_FROM_EXTENSION_PAGE } from '@/utils/messages/packs';
import { TO_BACKGROUND } from '@/utils/messages/to-background';
import { onMessages, type ToBackgroundAll } from '@/utils/messages/transport';
import { TEST_BUILD } from '@/utils/test-build';
import { restartMark } from '@/utils/knowledge/restart-marks';
import { backupHandlers } from './backup-handlers';
import { handleCommand } from './commands';
import { createContextMenu, handleContextMenuClick } from './context-menu';
import { startLensScript, syncLensScript } from './lens-script';
import { backgroundHandlers } from './message-handlers';
import { startPdfRedirect } from './pdf-redirect';
import { packHandlers } from './pack-handlers';
import { studyHandlers } from './study-handlers';

export default defineBackground(() => {
  restartMark('background main');
  // First, so that nothing failing below (an API one browser lacks) leaves the worker deaf to pages.
  onMessages<ToBackgroundAll>(
    {
      ...TO_BACKGROUND,
      ...FROM_EXTENSION_PAGE,
      ...STUDY_FROM_PAGE,
      ...STUDY_FROM_EXTENSION_PAGE,
      ...BACKUP_FROM_EXTENSION_PAGE,
      ...PACKS_FROM_EXTENSION_PAGE,
    },
    { ...backgroundHandlers, ...studyHandlers, ...backupHandlers, ...packHandlers },
    {
      extensionOnly: [
        ...EXTENSION_PAGE_ONLY,
        ...STUDY_EXTENSION_PAGE_ONLY,
        ...BACKUP_EXTENSION_PAGE_ONLY,
        ...PACKS_EXTENSION_PAGE_ONLY,
      ],
    },
  );

  // End-to-end tests call the menu and shortcut handlers through the worker's global (the browser's debugging
  // protocol reaches it). Only in the e2e build: production has no such global (utils/test-build.ts).
  // `lensScriptSynced`: settings written by a test are followed by a page load; it waits for the lens's
  // registration to follow them first.
  if (TEST_BUILD)
    Object.assign(globalThis, {
      immunolens: { handleContextMenuClick, handleCommand, lensScriptSynced: syncLensScript },
    });

  // docs/browser-quirks.md#firefox-android-missing-apis
  // Firefox for Android has no context menus and no commands.
  if (browser.contextMenus) {
    // Menus are kept by the browser across worker restarts, but not across updates: create on both events.
    browser.runtime.onInstalled.addListener(() => void createContextMenu());
    browser.runtime.onStartup.addListener(() => void createContextMenu());
    browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  }
  browser.commands?.onCommand.addListener((command, tab) => void handleCommand(command, tab));

  // The lens's start script, registered only where the lens may be on.
  startLensScript();

  // The "Open PDFs in the ImmunoLens reader" option, off unless the user turned it on and granted its permission.
  void startPdfRedirect();
});
