/**
 * The lens on a touch screen in Firefox: WebDriver BiDi's `input.performActions` with a pointer of type "touch",
 * which reaches the page as trusted touch pointer events, as in firefox-touch.e2e.ts.
 */
import { launchFirefoxDriver, type FirefoxDriver } from './harness/firefox-driver';
import { describeInFirefox } from './harness/use-browser';
import { describeLensTouchScenarios, type Finger } from './scenarios/lens-touch-scenarios';

interface BidiConnection {
  send(method: string, params: unknown): Promise<unknown>;
}

describeInFirefox('the lens on a touch screen in Firefox (WebDriver BiDi touch input)', () => {
  describeLensTouchScenarios(launchFirefoxDriver, async (browser): Promise<Finger> => {
    const firefox = (browser as FirefoxDriver).firefox.browser;
    const pages = await firefox.pages();
    const raw = pages[pages.length - 1]!;
    // One finger's actions in the page's browsing context (its id is the frame's `_id`, as firefox-driver.ts reads it).
    const finger = (actions: unknown[]) =>
      (firefox as unknown as { connection: BidiConnection }).connection.send('input.performActions', {
        context: (raw.mainFrame() as unknown as { _id: string })._id,
        actions: [{ type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' }, actions }],
      });
    const at = (x: number, y: number) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y) });
    return {
      async tap(x, y) {
        await finger([
          at(x, y),
          { type: 'pointerDown', button: 0 },
          { type: 'pause', duration: 60 },
          { type: 'pointerUp', button: 0 },
        ]);
      },
      async swipe(x, y, dy, back = false) {
        const steps = back ? [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1, 0] : [1, 2, 3, 4, 5, 6];
        await finger([
          at(x, y),
          { type: 'pointerDown', button: 0 },
          ...steps.map((step) => ({ ...at(x, y - (dy * step) / 6), duration: 16 })),
          { type: 'pointerUp', button: 0 },
        ]);
      },
    };
  });
});
