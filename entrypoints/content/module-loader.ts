import { browser } from 'wxt/browser';

export interface LazyInstance<T> {
  /** The instance, its module loaded and `create` called on the first call only. */
  load(): Promise<T>;
  /** The instance if it exists already, else null. */
  current(): T | null;
}

/**
 * One of the content script's ES modules (built by modules/lazy-content.ts), loaded on first use, and the one
 * instance made from it. A failed load (the extension updated underneath the page) is tried again on the next use.
 */
export function lazyInstance<M, T>(
  path: '/content-scripts/explainer.js' | '/content-scripts/bubble.js' | '/content-scripts/page-terms.js',
  create: (module: M) => T,
): LazyInstance<T> {
  let instance: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= (import(/* @vite-ignore */ browser.runtime.getURL(path)) as Promise<M>).then(
        (module) => (instance = create(module)),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    current: () => instance,
  };
}
