/**
 * The bubble's host: a plain <div> appended to <html>, with a shadow root holding the bubble's own styles and
 * state. Not a custom element: a page may define one of any custom name first, and its constructor would then run
 * on our host (attaching its own shadow root, removing the host). A <div> cannot be upgraded. Theme and size
 * live inside the shadow root (on .floating), so the host tells the page nothing. The root is closed, so
 * `host.shadowRoot` is null for the page's scripts; only the e2e build keeps it open, for the tests' page objects
 * (utils/test-build.ts).
 *
 * WXT's createShadowRootUi does the same and more (anchoring, auto-mount on page changes), and brings ~7 KB of
 * helpers we do not use into a script parsed in every tab; see docs/decisions/0002-own-shadow-host.md.
 */
import { TEST_BUILD } from '@/utils/test-build';

export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  mount(): void;
  remove(): void;
}

/** Events from inside the bubble stop at the host, so the page's own handlers never see them. */
const ISOLATED_EVENTS = 'keydown keyup keypress mousedown mouseup click dblclick input focusin'.split(' ');

/**
 * The host's own box, as a `:host` rule inside the shadow root. Its !important declarations outrank every
 * declaration the page makes about the host, even !important ones and inline styles, a page script's included:
 * between declarations of two tree contexts the outer one wins for normal declarations and the inner one for
 * important ones, and context counts before element-attached styles (CSS Cascade 5, the "context" criterion). So page rules such as `* { all: unset !important }` or `div { display: none !important }` cannot
 * reach the host box, and the host never takes layout space. Not an inline `style`: Firefox expands an inline
 * `all: initial !important` into letter-, word-spacing and line-height !important on the element, which is what
 * WCAG 1.4.12 (text spacing) asks a page not to pin (axe's avoid-inline-spacing;
 * docs/browser-quirks.md#firefox-inline-all-expands-to-spacing), and the host carries no style
 * attribute for the page to read either. The root's zoom is undone here too (see `mount`).
 */
function hostRule(zoom: number): string {
  return `:host{${[
    'all:initial',
    'position:fixed',
    'top:0',
    'left:0',
    'width:0',
    'height:0',
    'display:block',
    'visibility:visible',
    'overflow:visible',
    'z-index:2147483647',
    `zoom:${zoom}`,
  ]
    .map((rule) => rule + '!important')
    .join(';')}}`;
}

export function createShadowHost(css: string): ShadowHost {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
  const pinned = document.createElement('style');
  pinned.textContent = hostRule(1);
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.className = 'floating';
  root.append(pinned, style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  return {
    host,
    container,
    mount() {
      // A page that zooms its root would zoom the bubble too: undo it on the host. Only the root's zoom: the
      // host is the root's child, so a zoomed <body> does not reach it.
      const zoom = parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
      pinned.textContent = hostRule(1 / zoom);
      if (!host.isConnected) document.documentElement.append(host);
    },
    remove() {
      host.remove();
    },
  };
}
