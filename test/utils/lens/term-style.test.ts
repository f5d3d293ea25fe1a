import { describe, expect, it } from 'vitest';
import { TERM_HIGHLIGHT, TERM_STYLE } from '@/utils/lens/term-style';

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The tint as the page shows it: the highlight's translucent colour over the page's background. */
function tintOver(page: Rgb): Rgb {
  const match = /background-color: rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(TERM_STYLE)!;
  const [r, g, b, alpha] = match.slice(1).map(Number) as [number, number, number, number];
  return [r, g, b].map((c, i) => Math.round(c * alpha + page[i]! * (1 - alpha))) as Rgb;
}

describe('the lens mark style', () => {
  it('keeps body text above 4.5:1 on light and dark pages (text the page made AA, 7:1, stays AA)', () => {
    const white: Rgb = [255, 255, 255];
    const black: Rgb = [0, 0, 0];
    // The darkest grey on white and the lightest on black that meet 7:1 without the tint.
    const greyOnWhite: Rgb = [89, 89, 89];
    const greyOnBlack: Rgb = [158, 158, 158];
    expect(contrast(greyOnWhite, white)).toBeGreaterThanOrEqual(7);
    expect(contrast(greyOnBlack, black)).toBeGreaterThanOrEqual(7);
    expect(contrast(black, tintOver(white))).toBeGreaterThan(15);
    expect(contrast(white, tintOver(black))).toBeGreaterThan(12);
    expect(contrast(greyOnWhite, tintOver(white))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(greyOnBlack, tintOver(black))).toBeGreaterThanOrEqual(4.5);
  });

  it('has a background for Firefox, an underline in the text colour, and system colours in forced colours', () => {
    expect(TERM_STYLE).toContain(`::highlight(${TERM_HIGHLIGHT})`);
    expect(TERM_STYLE).toMatch(/text-decoration: underline dotted currentColor/);
    expect(TERM_STYLE).toMatch(/forced-colors: active[\s\S]*background-color: Mark; color: MarkText/);
  });
});
