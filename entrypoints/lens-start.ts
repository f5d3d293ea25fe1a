/**
 * `lens-start.js`: registered by the background (background/lens-script.ts) only for the pages the settings may
 * turn the lens on for, in top frames. It tells content.js, in the same content-script world, to start the lens
 * (utils/lens/start-signal.ts). Where the lens is off nothing of it runs.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { signalLensStart } from '@/utils/lens/start-signal';

export default defineUnlistedScript(() => signalLensStart());
