import { highlightSegments } from '@/utils/search/highlight';

/** Text with the query's words marked; built from text nodes only. */
export function Highlight({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>{highlightSegments(text, words).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
