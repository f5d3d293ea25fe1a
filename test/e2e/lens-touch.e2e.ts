/**
 * The lens on a touch screen in Chromium: touch emulation (CDP `Emulation.setTouchEmulationEnabled`) and
 * `Input.dispatchTouchEvent`, which the page receives as trusted touch pointer events, as in touch.e2e.ts.
 */
import { describe } from 'vitest';
import { launchChromiumDriver, type ChromiumPageDriver } from './harness/chromium-driver';
import { sleep } from './harness/driver';
import { describeLensTouchScenarios, type Finger } from './scenarios/lens-touch-scenarios';

describe('the lens on a touch screen in Chromium (touch emulation)', () => {
  describeLensTouchScenarios(launchChromiumDriver, async (_, page): Promise<Finger> => {
    const raw = (page as ChromiumPageDriver).playwright;
    const cdp = await raw.context().newCDPSession(raw);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    return {
      async tap(x, y) {
        await touch('touchStart', x, y);
        await sleep(60);
        await touch('touchEnd');
      },
      async swipe(x, y, dy, back = false) {
        await touch('touchStart', x, y);
        const steps = back ? [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1, 0] : [1, 2, 3, 4, 5, 6];
        for (const step of steps) {
          await sleep(16);
          await touch('touchMove', x, y - (dy * step) / 6);
        }
        await touch('touchEnd');
      },
    };
  });
});
