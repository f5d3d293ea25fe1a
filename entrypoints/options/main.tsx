import { render } from 'preact';
import { OptionsForm } from '@/components/OptionsForm';
import { useStoredState } from '@/components/useStoredState';
import { updateSettings } from '@/utils/settings/settings-item';
import '@/assets/app.css';

function OptionsPage() {
  const { settings, clearHistory } = useStoredState();
  return (
    <main class="app page-narrow">
      <h1>ImmunoLens options</h1>
      <OptionsForm
        settings={settings}
        onChange={(change) => void updateSettings(change)}
        onClearHistory={clearHistory}
      />
      <p class="muted">
        Keyboard shortcuts (look up the selection: Alt+Shift+L) can be changed in the browser’s extension
        shortcut settings.
      </p>
    </main>
  );
}

render(<OptionsPage />, document.getElementById('app')!);
