import type { Page } from 'playwright-core';
import type { DocumentDriver } from './driver';

/** Playwright's page as the scenarios' document, to reuse the bubble assertions of driver.ts. */
export const asDocument = (page: Page): DocumentDriver => ({
  origin: { x: 0, y: 0 },
  evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
});

/**
 * Waits until the extension's content script has started in `page`'s top frame: it runs at document_idle, which
 * may come after `load`, and a selection made before then goes unseen. Its isolated world is the proof.
 */
export async function waitForContentScript(page: Page, extensionId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    let started = false;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      if (
        context.origin === `chrome-extension://${extensionId}` &&
        aux?.type === 'isolated' &&
        aux.frameId === frameTree.frame.id
      )
        started = true;
    });
    // Enabling reports every context that exists already, then each new one.
    await cdp.send('Runtime.enable');
    // A plain loop rather than expect.poll, so that hooks can wait too.
    for (const deadline = Date.now() + 10_000; !started; await new Promise((ok) => setTimeout(ok, 25)))
      if (Date.now() > deadline) throw new Error(`the content script did not start in ${page.url()}`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
