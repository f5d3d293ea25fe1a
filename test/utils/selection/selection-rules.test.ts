// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isEditable, isPasswordField, triggerAllows } from '@/utils/selection/selection-rules';

describe('triggerAllows', () => {
  it.each([
    ['selection', 'drag', false, true],
    ['selection', 'keyboard', false, true],
    ['alt', 'drag', false, false],
    ['alt', 'drag', true, true],
    ['dblclick', 'drag', false, false],
    ['dblclick', 'dblclick', false, true],
    ['off', 'dblclick', true, false],
  ] as const)('mode %s, gesture %s, Alt %s → %s', (mode, gesture, alt, expected) => {
    expect(triggerAllows(mode, gesture, alt)).toBe(expected);
  });
});

describe('isEditable', () => {
  document.body.innerHTML = `
    <p id="p">IL-12 in text</p>
    <input id="text" value="IL-12" />
    <input id="password" type="password" value="secret" />
    <input id="checkbox" type="checkbox" />
    <textarea id="area">IL-12</textarea>
    <div contenteditable="true"><span id="inside">IL-12</span></div>
    <div contenteditable="false"><span id="off">IL-12</span></div>`;
  const el = (id: string) => document.getElementById(id)!;

  it('leaves reading text alone', () => {
    expect(isEditable(el('p').firstChild)).toBe(false);
    expect(isEditable(el('off'))).toBe(false);
  });

  it('recognises text fields, text areas and editable regions', () => {
    expect(isEditable(el('text'))).toBe(true);
    expect(isEditable(el('area'))).toBe(true);
    expect(isEditable(el('inside').firstChild)).toBe(true);
    expect(isEditable(el('checkbox'))).toBe(false);
  });

  it('knows a password field', () => {
    expect(isPasswordField(el('password'))).toBe(true);
    expect(isPasswordField(el('text'))).toBe(false);
    expect(isPasswordField(null)).toBe(false);
  });
});
