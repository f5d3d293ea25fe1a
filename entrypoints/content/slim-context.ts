/**
 * Stands in for WXT's ContentScriptContext in the content-script build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here for that build only). WXT's class carries a location watcher, timers and
 * a logger this script never uses, about 2.5 KB of a script parsed in every frame; this keeps what it uses:
 * listeners that go when the context does, and the hand-over to a newer copy of the script after an update.
 * The start-up event is WXT's own, so a copy of an older version (with WXT's class) stops for this one too.
 * Only what is here exists on `ctx` in the built script: add to it before using more of WXT's context.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  readonly #abort = new AbortController();

  constructor(readonly contentScriptName: string) {
    const started = `${browser.runtime.id}:${contentScriptName}:wxt:content-script-started`;
    const id = Math.random().toString(36).slice(2);
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId: id } }));
    const onNewer = (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== id)
        this.#abort.abort('Content script context invalidated');
    };
    this.addEventListener(document, started, onNewer);
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  onInvalidated(callback: () => void): () => void {
    this.#abort.signal.addEventListener('abort', callback);
    return () => this.#abort.signal.removeEventListener('abort', callback);
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.#abort.signal });
  }
}
