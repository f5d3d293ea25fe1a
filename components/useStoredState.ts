import { useEffect, useState } from 'preact/hooks';
import { historyItem, readHistory } from '@/utils/history/history-item';
import type { HistoryItem } from '@/utils/history/history';
import { parseHistory } from '@/utils/history/history';
import { readSettings, watchSettings } from '@/utils/settings/settings-item';
import { defaultSettings, type Settings } from '@/utils/settings/settings';
import { applyTheme } from '@/utils/settings/theme';
import { sendToBackground } from '@/utils/messages/transport';

/** Settings and recent lookups, kept live from extension storage, for the popup and the extension pages. */
export function useStoredState() {
  const [settings, setSettings] = useState<Settings>(defaultSettings());
  const [history, setHistory] = useState<HistoryItem[]>([]);
  useEffect(() => {
    void readSettings().then(setSettings);
    void readHistory().then(setHistory);
    const unwatchSettings = watchSettings(setSettings);
    const unwatchHistory = historyItem.watch((value) => setHistory(parseHistory(value)));
    return () => {
      unwatchSettings();
      unwatchHistory();
    };
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    applyTheme(root, settings.theme);
    root.style.fontSize = `${settings.fontSize}%`;
  }, [settings.theme, settings.fontSize]);
  return { settings, history, clearHistory: () => void sendToBackground('clearHistory', {}) };
}
