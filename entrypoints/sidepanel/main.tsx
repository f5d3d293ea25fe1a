import { render } from 'preact';
import { Disclaimer } from '@/components/Disclaimer';
import { PageTermsPanel } from '@/components/PageTermsPanel';
import { useStoredState } from '@/components/useStoredState';
import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import { usePageTab } from './page-tab';
import '@/assets/app.css';

/** The side panel (Chrome) or sidebar (Firefox): the terms of the page in the active tab. */
function SidePanel() {
  // The theme and text size the reader chose.
  useStoredState();
  const tab = usePageTab();
  return (
    <>
      <PageTermsPanel
        knowledge={bundledKnowledge()}
        state={tab.state}
        pageTitle={tab.title}
        onRefresh={tab.refresh}
        onReload={tab.reload}
        onShowUse={tab.showUse}
        onOpen={tab.open}
      />
      <footer>
        <Disclaimer />
      </footer>
    </>
  );
}

render(<SidePanel />, document.getElementById('app')!);
