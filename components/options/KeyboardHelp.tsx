import { Fragment } from 'preact';
import { EXPLAIN_SHORTCUT } from '@/utils/a11y/bubble-announcement';
import { LENS_SHORTCUT } from '@/utils/a11y/lens-announcement';

interface KeyRow {
  /** What the reader wants to do. */
  action: string;
  /** The keys, each shown as <kbd>; "then" between steps. */
  keys: string[];
  /** Where and how, in a few words. */
  note: string;
}

interface KeyGroup {
  where: string;
  rows: KeyRow[];
}

/** Ctrl on Windows, Linux and ChromeOS; ⌘ on a Mac, where the reader's shortcuts take Meta too. */
const MOD = 'Ctrl';

/**
 * Every keyboard path through ImmunoLens, one group per place. A feature with keys adds its rows to its group
 * (or a group of its own), and the keyboard e2e tests drive each row.
 */
export const KEYBOARD_PATHS: KeyGroup[] = [
  {
    where: 'On a web page',
    rows: [
      {
        action: 'Explain a selection',
        keys: ['Shift+Arrow keys'],
        note:
          'Select text with the keyboard (turn on caret browsing with F7 to move a caret through the page); ' +
          'a bubble opens and a screen reader announces it without moving focus.',
      },
      {
        action: 'Explain the selection on request',
        keys: [EXPLAIN_SHORTCUT],
        note: 'Answers any selection, even with no known term in it.',
      },
      {
        action: 'Move into the bubble',
        keys: [EXPLAIN_SHORTCUT],
        note: 'While a bubble is open. Then Tab and Shift+Tab move between its buttons.',
      },
      {
        action: 'Leave the bubble',
        keys: ['Escape'],
        note: 'Closes it and puts focus back where it was.',
      },
      {
        action: 'Open an entry',
        keys: ['Enter'],
        note: 'On “Open full entry” or a related question in the bubble.',
      },
      {
        action: 'Save to the study list',
        keys: ['S'],
        note: 'In the bubble, or Enter on “Save to study list”.',
      },
      {
        action: 'Turn the lens on or off',
        keys: [LENS_SHORTCUT],
        note: 'Marks every known term on the current tab’s page, or takes the marks away.',
      },
      {
        action: 'Move between marked terms',
        keys: ['Alt+N', 'Alt+P', 'then N', 'P', 'Escape'],
        note: 'With the lens on: next or previous mark, each opening its bubble; N and P alone until Escape.',
      },
    ],
  },
  {
    where: 'In the toolbar popup',
    rows: [
      { action: 'Open the popup', keys: ['Alt+Shift+K'], note: 'Focus starts in the search box.' },
      {
        action: 'Choose a result',
        keys: ['Arrow Down', 'Arrow Up', 'Enter'],
        note: 'Type, move through the results, open one. The number of results is announced.',
      },
      {
        action: 'Go back, clear, close',
        keys: ['Escape'],
        note: 'From an entry back to the results; then clears the box; on an empty box closes the popup.',
      },
      {
        action: 'Open the terms on this page',
        keys: ['Shift+Tab', 'Enter'],
        note:
          'From the search box back to “Terms on this page”: the side panel lists the page’s terms; there Tab ' +
          'to the filter, the order (arrow keys) and “Show use”, and Enter.',
      },
    ],
  },
  {
    where: 'In the PDF reader',
    rows: [
      {
        action: 'Go to a page',
        keys: ['Tab', 'then a number', 'Enter'],
        note: 'In “Page number”; or Tab to the pages and use Page Up, Page Down and the arrow keys.',
      },
      { action: 'Zoom in, out, fit width', keys: [`${MOD}+=`, `${MOD}+-`, `${MOD}+0`], note: '⌘ on a Mac.' },
      {
        action: 'Find in the document',
        keys: [`${MOD}+F`, 'Enter', 'Shift+Enter', 'Escape'],
        note: 'Open find, next match, previous match, close.',
      },
      {
        action: 'Explain a selection',
        keys: ['Shift+Arrow keys'],
        note: 'In the pages, with caret browsing (F7), as on a web page.',
      },
    ],
  },
];

/** The options page's "Keyboard" section: what each key does, and where shortcuts are changed. */
export function KeyboardHelp() {
  return (
    <section class="keyboard-help" aria-labelledby="keyboard-title">
      <h2 id="keyboard-title">Keyboard</h2>
      <p>
        Everything ImmunoLens does can be done from the keyboard. The two shortcuts ({EXPLAIN_SHORTCUT} and
        Alt+Shift+K) can be changed in the browser’s extension shortcut settings.
      </p>
      {KEYBOARD_PATHS.map((group) => (
        <div key={group.where} class="key-group">
          <h3>{group.where}</h3>
          <dl class="keys">
            {group.rows.map((row) => (
              <div key={row.action} class="key-row">
                <dt>{row.action}</dt>
                <dd>
                  <span class="key-list">
                    {row.keys.map((key, i) => (
                      <Fragment key={key}>
                        {i > 0 ? ', ' : null}
                        {key.startsWith('then ') ? key : <kbd>{key}</kbd>}
                      </Fragment>
                    ))}
                  </span>{' '}
                  <span class="key-note">{row.note}</span>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
