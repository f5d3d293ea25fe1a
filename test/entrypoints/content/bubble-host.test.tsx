// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createBubbleHost } from '@/entrypoints/content/bubble-host';
import type { Explanation } from '@/utils/messages/to-background';

const explanation: Explanation = {
  widened: { start: 0, end: 5 },
  terms: [
    {
      start: 0,
      end: 5,
      term: {
        id: 'il-12',
        name: 'Interleukin-12',
        category: 'cytokine',
        summary: 'A signal.',
        questions: [],
      },
    },
  ],
  suggestions: [],
};
const actions = {
  onOpenEntry() {},
  onOpenQuestion() {},
  onSearch() {},
  study: () => ({
    status: () => Promise.resolve({ saved: false, private: false }),
    save: () => Promise.resolve('saved' as const),
    unsave: () => Promise.resolve('removed'),
  }),
};
const content = {
  query: 'IL-12',
  anchor: new DOMRect(100, 100, 40, 16),
  settings: { theme: 'dark' as const, fontSize: 130 },
  takeFocus: false,
};

/** The element the bubble was mounted in: the last child of <html>. */
const mounted = () => document.documentElement.lastElementChild as HTMLElement;

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body><p>IL-12</p></body>';
});

describe('the bubble on a hostile page', () => {
  it('keeps its theme and text size inside the shadow root, not on the element the page can read', () => {
    const bubble = createBubbleHost(actions);
    bubble.show(explanation, content);
    const host = mounted();
    expect(bubble.contains(host)).toBe(true);
    expect(host.getAttribute('data-theme')).toBeNull();
    expect(host.getAttributeNames().filter((name) => name !== 'style')).toEqual([]);
    expect(host.style.cssText).not.toMatch(/font-size|130|18px/);
  });

  it('closes its shadow root, so the page reads no shadowRoot on the host (production; the e2e build keeps it open)', () => {
    const bubble = createBubbleHost(actions);
    bubble.show(explanation, content);
    const host = mounted();
    expect(bubble.isOpen()).toBe(true);
    expect(host.shadowRoot).toBeNull();
    expect(() => host.attachShadow({ mode: 'open' })).toThrow();
  });

  it('still shows when the page has defined a custom element named like the bubble’s old host', () => {
    customElements.define(
      'immunolens-bubble',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
        connectedCallback() {
          this.remove();
        }
      },
    );
    const bubble = createBubbleHost(actions);
    expect(() => bubble.show(explanation, content)).not.toThrow();
    expect(bubble.isOpen()).toBe(true);
    expect(bubble.contains(mounted())).toBe(true);
  });
});
