// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readTextLayerSelection } from '@/components/reader/selection-explainer';

/** A text layer as PDF.js builds it: one span per run of text, a <br> at each line's end. */
function textLayer(lines: string[]): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  for (const line of lines) {
    const span = document.createElement('span');
    span.textContent = line;
    layer.append(span, document.createElement('br'));
  }
  document.body.replaceChildren(layer);
  return layer;
}

function select(layer: HTMLElement, from: [number, number], to: [number, number]): Selection {
  const spans = layer.querySelectorAll('span');
  const range = document.createRange();
  range.setStart(spans[from[0]]!.firstChild!, from[1]);
  range.setEnd(spans[to[0]]!.firstChild!, to[1]);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('a text-layer selection as the lookup reads it', () => {
  it('joins a word hyphenated across two lines, with the text either side on the page', () => {
    const layer = textLayer(['Tumours answer to inter-', 'leukin-12 in mice.']);
    const read = readTextLayerSelection(select(layer, [0, 18], [1, 9]));
    expect(read?.text).toBe('interleukin-12');
    expect(read?.before).toBe('Tumours answer to ');
    expect(read?.after).toBe(' in mice. ');
  });

  it('reads a selection within one span as it is', () => {
    const layer = textLayer(['the cytokine IL-12 links the two arms']);
    const read = readTextLayerSelection(select(layer, [0, 13], [0, 18]));
    expect(read?.text).toBe('IL-12');
    expect(read?.before).toBe('the cytokine ');
  });
});
