// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  autoTriggerAllowed,
  bubbleMayStayOpen,
  frameAnswer,
  frameHasReader,
  gestureOfRelease,
  isEditable,
  isPasswordField,
  mayExplain,
  selectsByKeyboard,
  shortcutFocusesBubble,
  shouldShow,
  triggerAllows,
} from '@/utils/selection/selection-rules';

describe('triggerAllows', () => {
  it.each([
    ['selection', 'drag', false, true],
    ['selection', 'keyboard', false, true],
    ['alt', 'drag', false, false],
    ['alt', 'drag', true, true],
    ['dblclick', 'drag', false, false],
    ['dblclick', 'dblclick', false, true],
    ['selection', 'touch', false, true],
    ['dblclick', 'touch', false, true],
    ['alt', 'touch', false, false],
    ['off', 'touch', false, false],
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

describe('how a selection finished', () => {
  it('tells a double-click from a drag by the click count', () => {
    expect(gestureOfRelease(1)).toBe('drag');
    expect(gestureOfRelease(2)).toBe('dblclick');
    expect(gestureOfRelease(3)).toBe('dblclick');
  });

  it.each([
    [{ key: 'ArrowRight', shiftKey: true }, true],
    [{ key: 'End', shiftKey: true }, true],
    [{ key: 'PageDown', shiftKey: true }, true],
    [{ key: 'ArrowLeft', shiftKey: true, ctrlKey: true }, true],
    [{ key: 'a', ctrlKey: true }, true],
    [{ key: 'a', metaKey: true }, true],
    [{ key: 'a' }, false],
    [{ key: 'ArrowRight' }, false],
    [{ key: 'Escape', shiftKey: true }, false],
    // The explain shortcut, Alt+Shift+L, and the lens's Alt+Shift+D: Shift held, but nothing selected by them.
    [{ key: 'L', shiftKey: true }, false],
    [{ key: 'D', shiftKey: true }, false],
    [{ key: 'Shift' }, false],
  ])('key %o ends a keyboard selection: %s', (key, expected) => {
    expect(selectsByKeyboard({ shiftKey: false, ctrlKey: false, metaKey: false, ...key })).toBe(expected);
  });

  it('counts letting Shift go only after it moved the selection', () => {
    const shift = { key: 'Shift', shiftKey: false, ctrlKey: false, metaKey: false };
    expect(selectsByKeyboard(shift, true)).toBe(true);
    expect(selectsByKeyboard(shift, false)).toBe(false);
  });
});

describe('automatic triggers and the site switch', () => {
  const on = { trigger: 'selection', disabledSites: ['example.org'] } as const;
  it('shows a finished selection unless the site is disabled, sub-domains included', () => {
    const finished = { gesture: 'drag', altKey: false } as const;
    expect(autoTriggerAllowed(on, { ...finished, hostname: 'pubmed.gov' })).toBe(true);
    expect(autoTriggerAllowed(on, { ...finished, hostname: 'www.example.org' })).toBe(false);
    expect(autoTriggerAllowed(on, { ...finished, hostname: 'news.example.org' })).toBe(false);
    expect(autoTriggerAllowed({ ...on, trigger: 'alt' }, { ...finished, hostname: 'pubmed.gov' })).toBe(
      false,
    );
  });

  it('closes an open bubble when the trigger is turned off or its site disabled', () => {
    expect(bubbleMayStayOpen(on, 'pubmed.gov')).toBe(true);
    expect(bubbleMayStayOpen({ ...on, trigger: 'dblclick' }, 'pubmed.gov')).toBe(true);
    expect(bubbleMayStayOpen({ ...on, trigger: 'off' }, 'pubmed.gov')).toBe(false);
    expect(bubbleMayStayOpen(on, 'example.org')).toBe(false);
  });
});

describe('mayExplain', () => {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<p id="reading">IL-12</p><input id="field" value="IL-12" /><input id="secret" type="password" value="IL-12" />`,
  );
  const el = (id: string) => document.getElementById(id)!;
  const reading = { anchor: el('reading').firstChild, active: document.body };
  const inField = { anchor: el('field'), active: el('field') };
  const inPassword = { anchor: el('secret'), active: el('secret') };

  it('reads a selection in the page text', () => {
    expect(mayExplain({ explicit: false, editableFields: false, ...reading })).toBe(true);
  });

  it('leaves editable fields alone on automatic triggers unless the setting allows them', () => {
    expect(mayExplain({ explicit: false, editableFields: false, ...inField })).toBe(false);
    expect(mayExplain({ explicit: false, editableFields: true, ...inField })).toBe(true);
    expect(mayExplain({ explicit: true, editableFields: false, ...inField })).toBe(true);
  });

  it('never reads a password field, explicit or not, whatever the settings', () => {
    expect(mayExplain({ explicit: true, editableFields: true, ...inPassword })).toBe(false);
    expect(
      mayExplain({ explicit: false, editableFields: true, anchor: reading.anchor, active: el('secret') }),
    ).toBe(false);
  });
});

describe('what is shown', () => {
  const term = {
    start: 0,
    end: 5,
    term: { id: 'il-12', name: 'IL-12', category: 'x', summary: 'x', questions: [] },
  };
  it('shows nothing for a plain selection on an automatic trigger, and always answers an explicit one', () => {
    expect(shouldShow({ terms: [] }, { explicit: false })).toBe(false);
    expect(shouldShow({ terms: [term] }, { explicit: false })).toBe(true);
    expect(shouldShow({ terms: [] }, { explicit: true })).toBe(true);
  });

  const frame = {
    isTop: false,
    hasFocus: false,
    focusInChildFrame: false,
    hasSelection: false,
    bubbleOpen: false,
  };
  const every = { everyFrame: true };
  const one = { everyFrame: false };

  it('finds the reader in the frame that has the focus itself, not in the frames that hold it', () => {
    expect(frameHasReader({ ...frame, hasFocus: true })).toBe(true);
    expect(frameHasReader({ ...frame, isTop: true, hasFocus: true })).toBe(true);
    // The top page's focus is an iframe: the reader is in there.
    expect(frameHasReader({ ...frame, isTop: true, hasFocus: true, focusInChildFrame: true })).toBe(false);
    // No frame has focus (the window is in the background): the top frame speaks for the tab.
    expect(frameHasReader({ ...frame, isTop: true })).toBe(true);
    // A selection left in a frame without the focus is not where the reader is.
    const leftBehind = { ...frame, hasSelection: true };
    expect(frameHasReader(leftBehind)).toBe(false);
  });

  it('answers the shortcut sent to every frame only from the reader’s frame; the others keep quiet', () => {
    expect(frameAnswer({ ...frame, hasFocus: true, hasSelection: true }, every)).toBe('explain');
    expect(frameAnswer({ ...frame, isTop: true, hasFocus: true, focusInChildFrame: true }, every)).toBe(
      'silent',
    );
    // An old selection in a frame the reader has left does not answer for the frame they are in.
    expect(frameAnswer({ ...frame, hasSelection: true }, every)).toBe('silent');
    expect(frameAnswer({ ...frame }, every)).toBe('silent');
    // An open bubble takes the shortcut (it moves focus into it).
    expect(frameAnswer({ ...frame, bubbleOpen: true }, every)).toBe('explain');
  });

  it('answers the menu in the frame it names: explains a selection there, or says nothing', () => {
    expect(frameAnswer({ ...frame, hasSelection: true }, one)).toBe('explain');
    expect(frameAnswer({ ...frame, hasFocus: true }, one)).toBe('explain');
    expect(frameAnswer({ ...frame }, one)).toBe('nothing');
    expect(frameAnswer({ ...frame, isTop: true, hasFocus: true, focusInChildFrame: true }, one)).toBe(
      'nothing',
    );
  });

  it('moves focus into an open bubble on the shortcut, and explains again on a menu click', () => {
    expect(shortcutFocusesBubble({ text: '', bubbleOpen: true })).toBe(true);
    expect(shortcutFocusesBubble({ text: '', bubbleOpen: false })).toBe(false);
    expect(shortcutFocusesBubble({ text: 'IL-12', bubbleOpen: true })).toBe(false);
  });
});
