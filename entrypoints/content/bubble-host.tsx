import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Bubble } from '@/components/Bubble';
import type { LookupReply } from '@/utils/messages';
import type { Settings } from '@/utils/settings/settings';
// Inlined into the script: the CSS then needs no web-accessible file, which any page could probe for.
import bubbleCss from '@/components/Bubble.css?inline';

export interface BubbleActions {
  onOpenEntry: (id: string) => void;
  onOpenQuestion: (id: string) => void;
  onSearch: (query: string) => void;
}

const GAP_PX = 8;
const EDGE_PX = 8;

/** Keeps the host box out of the page's layout whatever the page's CSS says (inline !important wins). */
function pinHost(host: HTMLElement): void {
  const set = (name: string, value: string) => host.style.setProperty(name, value, 'important');
  set('position', 'fixed');
  set('top', '0');
  set('left', '0');
  set('width', '0');
  set('height', '0');
  set('margin', '0');
  set('padding', '0');
  set('border', '0');
  set('display', 'block');
  set('visibility', 'visible');
  set('opacity', '1');
  set('transform', 'none');
  set('z-index', '2147483647');
  set('pointer-events', 'auto');
  // A page that zooms its root would zoom the bubble too: undo it on the host.
  const zoom = parseFloat(getComputedStyle(document.documentElement).zoom || '1') || 1;
  const bodyZoom = document.body ? parseFloat(getComputedStyle(document.body).zoom || '1') || 1 : 1;
  set('zoom', String(1 / (zoom * bodyZoom)));
}

/** The bubble in a shadow root, placed beside the selection with Floating UI, mounted only when needed. */
export function createBubbleHost(ctx: ContentScriptContext, actions: BubbleActions) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let stopFollowing: (() => void) | null = null;
  let open = false;
  let returnFocus: Element | null = null;

  async function ensureUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (ui) return ui;
    ui = await createShadowRootUi(ctx, {
      name: 'immunolens-bubble',
      css: bubbleCss,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'dblclick'],
      onMount(container, _shadow, host) {
        const floating = document.createElement('div');
        floating.className = 'floating';
        container.append(floating);
        pinHost(host);
        return floating;
      },
      onRemove(floating) {
        if (floating) render(null, floating);
      },
    });
    return ui;
  }

  function close(): void {
    if (!open) return;
    open = false;
    stopFollowing?.();
    stopFollowing = null;
    const hadFocus = ui !== null && ui.shadowHost.matches(':focus-within');
    ui?.remove();
    if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  async function show(
    reply: LookupReply,
    query: string,
    anchor: Range | DOMRect,
    settings: Settings,
    takeFocus = false,
  ): Promise<void> {
    const current = await ensureUi();
    stopFollowing?.();
    current.mount();
    const floating = current.mounted!;
    const host = current.shadowHost;
    if (settings.theme === 'system') host.removeAttribute('data-theme');
    else host.setAttribute('data-theme', settings.theme);
    host.style.setProperty('--il-font-size', `${Math.round((14 * settings.fontSize) / 100)}px`);
    open = true;
    render(<Bubble reply={reply} query={query} {...actions} onClose={close} />, floating);

    const reference: VirtualElement =
      anchor instanceof Range
        ? {
            getBoundingClientRect: () => anchor.getBoundingClientRect(),
            getClientRects: () => anchor.getClientRects(),
            contextElement:
              anchor.startContainer.nodeType === Node.ELEMENT_NODE
                ? (anchor.startContainer as Element)
                : (anchor.startContainer.parentElement ?? undefined),
          }
        : { getBoundingClientRect: () => anchor };
    const place = () =>
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(GAP_PX),
          flip({ padding: EDGE_PX }),
          shift({ padding: EDGE_PX }),
          // Never over the selection: shrink to the room on the chosen side rather than overlap.
          size({
            padding: EDGE_PX,
            apply({ availableHeight }) {
              floating.style.maxHeight = `${Math.max(80, availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    stopFollowing = autoUpdate(reference, floating, place);
    if (takeFocus) {
      returnFocus = document.activeElement;
      floating.querySelector<HTMLElement>('button:not(.close), button')?.focus({ preventScroll: true });
    }
  }

  function contains(node: EventTarget | null): boolean {
    return ui !== null && node instanceof Node && (node === ui.shadowHost || ui.shadowHost.contains(node));
  }

  function focus(): boolean {
    if (!open || !ui?.mounted) return false;
    returnFocus = document.activeElement;
    ui.mounted.querySelector<HTMLElement>('button:not(.close), button')?.focus({ preventScroll: true });
    return true;
  }

  return { show, close, contains, focus, isOpen: () => open };
}
