// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyTheme } from '@/utils/settings/theme';

describe('applyTheme', () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', null],
  ] as const)('for "%s" leaves data-theme %s', (theme, attribute) => {
    const element = document.createElement('div');
    element.setAttribute('data-theme', 'dark');
    applyTheme(element, theme);
    expect(element.getAttribute('data-theme')).toBe(attribute);
  });
});
