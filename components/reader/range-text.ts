/**
 * The text of a range in a PDF.js text layer, with a line break at each `<br>` (PDF.js ends every line with one).
 * Selection.toString() does not say where lines end the same way in every browser (happy-dom and some engines
 * drop the break), and a hyphenated word can only be joined where the break is known.
 */
export function rangeText(range: Range): string {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) return (root as Text).data.slice(range.startOffset, range.endOffset);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : text.length;
      out += text.data.slice(start, end);
    } else if ((node as Element).tagName === 'BR') out += '\n';
  }
  return out;
}
