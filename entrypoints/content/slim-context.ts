/**
 * Stands in for WXT's ContentScriptContext in the content-script build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here for that build only). WXT's class carries a location watcher, timers, a
 * logger and an AbortController, and at start-up it dispatches an event on `document` to hand over to newer copies
 * of the script: about 2.5 KB of script and 8 KB of heap in every frame, and the first touch of `document` in a
 * content-script world costs 18 KB more (measured with `npm run bench:e2e -- --only load`). This keeps what the
 * script uses: listeners that go when the context does. A copy that Chrome leaves running after the extension was
 * updated or reloaded (its `runtime.id` is gone) notices at its next event and removes its listeners.
 * Only what is here exists on `ctx` in the built script: add to it before using more of WXT's context.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  #valid = true;
  readonly #onInvalidated: (() => void)[] = [];

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get isValid(): boolean {
    // docs/browser-quirks.md#chrome-orphaned-content-scripts
    if (this.#valid && browser.runtime?.id === undefined) {
      this.#valid = false;
      for (const callback of this.#onInvalidated.splice(0)) callback();
    }
    return this.#valid;
  }

  onInvalidated(callback: () => void): void {
    this.#onInvalidated.push(callback);
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    const listener = (event: Event) => {
      if (this.isValid) (handler as (event: Event) => void)(event);
    };
    target.addEventListener(type, listener, options);
    this.onInvalidated(() => target.removeEventListener(type, listener, options));
  }
}
