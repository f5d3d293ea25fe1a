import { render } from 'preact';
import { HostAccess } from '@/components/HostAccess';
import { OptionsForm } from '@/components/OptionsForm';
import { useHostAccess } from '@/components/useHostAccess';
import { useStoredState } from '@/components/useStoredState';
import { sendToBackground } from '@/utils/messages/transport';
import '@/assets/app.css';

function OptionsPage() {
  const { settings, clearHistory } = useStoredState();
  const access = useHostAccess();
  return (
    <main class="app page-narrow">
      <h1>ImmunoLens options</h1>
      {access.granted === false ? <HostAccess onAllow={access.request} /> : null}
      <OptionsForm
        settings={settings}
        onChange={(change) => void sendToBackground('changeSettings', change)}
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
