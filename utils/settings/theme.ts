import type { Theme } from './settings';

/**
 * The one theme switch, for the extension's pages (on <html>) and the bubble (on its shadow host): a fixed theme
 * sets `data-theme`, "system" removes it. The palette (assets/tokens.css) turns the attribute into a
 * color-scheme, and its light-dark() colours follow that, or the system's preference when there is none.
 */
export function applyTheme(element: Element, theme: Theme): void {
  if (theme === 'system') element.removeAttribute('data-theme');
  else element.setAttribute('data-theme', theme);
}
