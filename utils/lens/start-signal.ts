/**
 * How `lens-start.js` (registered by the background only for pages where the lens may be on, lens-script.ts) tells
 * content.js to start the lens. Both run in the frame's one content-script world (Chrome's isolated world,
 * Firefox's sandbox), which the page cannot see, in either order: whichever comes second does it. A property on
 * that world's global is all it takes, so a tab where the lens is off pays nothing more than the property.
 */
const SLOT = 'immunolensStartLens';

type Global = { [SLOT]?: true | (() => void) };

/** content.js, top frame: `start` runs now if lens-start.js ran first, or when it runs. */
export function onLensStart(start: () => void, global: object = globalThis): void {
  const g = global as Global;
  if (g[SLOT] === true) start();
  g[SLOT] = start;
}

/** lens-start.js: start the lens, or leave word for content.js if it has not run yet. */
export function signalLensStart(global: object = globalThis): void {
  const g = global as Global;
  const start = g[SLOT];
  if (typeof start === 'function') start();
  else g[SLOT] = true;
}
