/**
 * How `lens-start.js` (registered by the background only for pages where the lens may be on, lens-script.ts) tells
 * content.js to start the lens. Both run in the frame's one content-script world (Chrome's isolated world,
 * Firefox's sandbox), which the page cannot see, in either order: whichever comes second does it. A property on
 * that world's global is all it takes, so a tab where the lens is off pays nothing more than the property.
 */
const SLOT = 'immunolensStartLens';
/** Left by lens-start.js: the lens starts with the page's load, not at the reader's word. */
const WITH_PAGE = 'immunolensLensWithPage';

type Global = { [SLOT]?: true | (() => void); [WITH_PAGE]?: true };

/** content.js, top frame: `start` runs now if lens-start.js ran first, or when it runs. */
export function onLensStart(start: () => void, global: object = globalThis): void {
  const g = global as Global;
  if (g[SLOT] === true) start();
  g[SLOT] = start;
}

/** lens-start.js: start the lens, or leave word for content.js if it has not run yet. */
export function signalLensStart(global: object = globalThis): void {
  const g = global as Global;
  g[WITH_PAGE] = true;
  const start = g[SLOT];
  if (typeof start === 'function') start();
  else g[SLOT] = true;
}

/**
 * lens.js, when it starts: whether lens-start.js ran in this frame, so that the lens came on with the page's load
 * (a registered script runs only at a load), not by the command or by the background's word on a change of the
 * settings. Asked once: it forgets.
 */
export function startedWithPage(global: object = globalThis): boolean {
  const g = global as Global;
  const withPage = g[WITH_PAGE] === true;
  delete g[WITH_PAGE];
  return withPage;
}
