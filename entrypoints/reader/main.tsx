import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { fileToOpen } from '@/utils/pdf/reader-url';
import { readSettings } from '@/utils/settings/settings-item';
import 'pdfjs-dist/web/pdf_viewer.css';
import '@/assets/app.css';
import '@/components/reader/reader.css';

const source = fileToOpen(location.search);
const asked = new URLSearchParams(location.search).has('file');
void readSettings().then((s) => {
  if (s.theme !== 'system') document.documentElement.dataset.theme = s.theme;
});
render(<ReaderApp source={source} badSource={asked && !source} />, document.getElementById('app')!);
