/**
 * How the lens marks a term, as a `::highlight()` rule. Both a background and an underline: Firefox ESR 140 paints
 * no text-decoration on custom highlights (docs/browser-quirks.md#firefox-highlights-draw-no-text-decoration), and
 * an underline alone says "link" less than a tint does. The tint is a translucent amber: over a white page it is a
 * pale yellow under dark text, over a black page a dark olive under light text, so the page's own text contrast
 * stays above 4.5:1 either way (the text colour is left alone). The underline takes the text's own colour, so it
 * meets the contrast the page's text has. Forced colours: the system's Mark colours, which every high-contrast
 * palette keeps readable.
 */
export const TERM_HIGHLIGHT = 'immunolens-term';

export const TERM_STYLE = `::highlight(${TERM_HIGHLIGHT}) {
  background-color: rgb(255 196 0 / 0.22);
  text-decoration: underline dotted currentColor;
}
@media (forced-colors: active) {
  ::highlight(${TERM_HIGHLIGHT}) { background-color: Mark; color: MarkText; text-decoration: none; }
}`;
