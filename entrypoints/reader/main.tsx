import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { fileToOpen } from '@/utils/pdf/reader-url';
import { readSettings, watchSettings } from '@/utils/settings/settings-item';
import type { Settings } from '@/utils/settings/settings';
import { applyTheme } from '@/utils/settings/theme';
import 'pdfjs-dist/web/pdf_viewer.css';
import '@/assets/app.css';
import '@/components/reader/reader.css';

const source = fileToOpen(location.search);
const asked = new URLSearchParams(location.search).has('file');
// Theme and text size as on the extension's other pages, kept as the settings change.
const applyLook = ({ theme, fontSize }: Settings) => {
  applyTheme(document.documentElement, theme);
  document.documentElement.style.fontSize = `${fontSize}%`;
};
void readSettings().then(applyLook);
watchSettings(applyLook);
render(<ReaderApp source={source} badSource={asked && !source} />, document.getElementById('app')!);
