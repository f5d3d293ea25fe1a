/** What a person does in the reader, as steps the scenarios share between Chromium and Firefox. */
import type { ReaderTab } from './reader-tab';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Waits until a text layer holds `text` (a plain loop: it also runs in hooks, where expect.poll may not). */
export async function waitForText(tab: ReaderTab, text: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  const has = () =>
    tab.evaluate(
      (t) => [...document.querySelectorAll('.textLayer')].some((l) => l.textContent?.includes(t)),
      text,
    );
  while (!(await has())) {
    if (Date.now() > deadline) throw new Error(`no text layer shows "${text}" within ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Where the `nth` occurrence (from 0) of `needle` sits in the text layers, as the reader sees it on screen. */
export async function textBox(tab: ReaderTab, needle: string, nth = 0): Promise<Box> {
  const box = await tab.evaluate(
    ({ needle, nth }) => {
      let seen = 0;
      for (const layer of document.querySelectorAll('.textLayer')) {
        const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode as Text;
          for (let i = text.data.indexOf(needle); i >= 0; i = text.data.indexOf(needle, i + 1)) {
            if (seen++ < nth) continue;
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + needle.length);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
        }
      }
      return null;
    },
    { needle, nth },
  );
  if (!box) throw new Error(`"${needle}" (${nth}) is not in the text layer`);
  return box;
}

/** Drags the mouse from the start of `from` to the end of `to` (the same text unless given), as a reader selects. */
export async function dragSelectText(tab: ReaderTab, from: Box, to: Box = from): Promise<void> {
  await tab.mouse.move(from.x + 1, from.y + from.height / 2);
  await tab.mouse.down();
  await tab.mouse.move((from.x + to.x + to.width) / 2, (from.y + to.y + to.height) / 2, { steps: 4 });
  await tab.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 4 });
  await tab.mouse.up();
}

/** The bubble's term headings, in order (its shadow root is open). */
export function bubbleHeadings(tab: ReaderTab): Promise<string[]> {
  return tab.evaluate(
    () =>
      Array.from(
        document.querySelector('immunolens-bubble')?.shadowRoot?.querySelectorAll('.bubble h2') ?? [],
        (h) => (h.textContent ?? '').trim(),
      ),
    null,
  );
}

export function textOf(tab: ReaderTab, selector: string): Promise<string | null> {
  return tab.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector);
}

/** Sets a form control's value as a person would, firing the events Preact listens to. */
export function setValue(
  tab: ReaderTab,
  selector: string,
  value: string,
  event: 'change' | 'input' = 'change',
) {
  return tab.evaluate(
    ({ selector, value, event }) => {
      const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      el.value = value;
      el.dispatchEvent(new Event(event, { bubbles: true }));
    },
    { selector, value, event },
  );
}

export function click(tab: ReaderTab, selector: string) {
  return tab.evaluate((s) => document.querySelector<HTMLElement>(s)!.click(), selector);
}

/** Every address the reader page fetched that is not one of the extension's own files. */
export function fetchedFromOutside(tab: ReaderTab): Promise<string[]> {
  return tab.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => !url.startsWith(location.origin)),
    null,
  );
}

/** Drops a file on the reader, as dragging it from the desktop does. */
export function dropFile(tab: ReaderTab, name: string, bytes: Uint8Array) {
  return tab.evaluate(
    ({ name, data }) => {
      const file = new File([new Uint8Array(data)], name, { type: 'application/pdf' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      document
        .querySelector('.reader')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, data: Array.from(bytes) },
  );
}
