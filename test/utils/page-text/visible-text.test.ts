// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  createVisibleTextWalker,
  PAUSED,
  rangeOfSpan,
  rangesOfSpans,
  readChunk,
  readVisibleText,
  type ChunkProgress,
  type TextChunk,
  type VisibleTextOptions,
} from '@/utils/page-text/visible-text';

/** Every chunk's text, read with `readChunk` (calling it again after each pause) and how many calls paused. */
function chunkTexts(
  walker: ReturnType<typeof createVisibleTextWalker>,
  size: number,
  shouldPause?: () => boolean,
): { texts: string[]; pauses: number; chunks: TextChunk[] } {
  const pending: ChunkProgress = { node: null };
  const chunks: TextChunk[] = [];
  let pauses = 0;
  for (let chunk = readChunk(walker, size, pending, shouldPause); chunk;) {
    if (chunk === PAUSED) pauses++;
    else chunks.push(chunk);
    chunk = readChunk(walker, size, pending, shouldPause);
  }
  return { texts: chunks.map((c) => c.text), pauses, chunks };
}

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function texts(root: Node, options: Partial<VisibleTextOptions> = {}): string[] {
  const walker = createVisibleTextWalker(root, { maxChars: 1_000_000, ...options });
  const out: string[] = [];
  for (let node = walker.next(); node; node = walker.next()) out.push(node.data);
  return out;
}

describe('createVisibleTextWalker', () => {
  it('returns text nodes in reading order, blank ones left out', () => {
    page('<h1>Title</h1>\n  <p>One <b>two</b> three</p><ul><li>four</li></ul>');
    expect(texts(document.body)).toEqual(['Title', 'One ', 'two', ' three', 'four']);
  });

  it('skips form fields, editable regions, code, scripts and styles', () => {
    page(
      '<p>kept</p><textarea>typed</textarea><input value="v"><select><option>opt</option></select>' +
        '<div contenteditable="true">editing <b>here</b></div><div contenteditable="false">not editable</div>' +
        '<pre>pre text</pre><p>a <code>code()</code> b</p><script>var x = 1</script><style>p{}</style>' +
        '<noscript>no script</noscript><button>Press</button>',
    );
    expect(texts(document.body)).toEqual(['kept', 'not editable', 'a ', ' b']);
  });

  it('skips hidden, aria-hidden, inert and display:none subtrees, and text under visibility:hidden', () => {
    page(
      '<p hidden>hidden attr</p><div aria-hidden="true"><p>aria hidden</p></div><div inert>inert</div>' +
        '<div style="display:none"><p>display none</p></div><p style="visibility:hidden">invisible</p>' +
        '<div aria-hidden="false">shown</div>',
    );
    expect(texts(document.body)).toEqual(['shown']);
  });

  it('reads hidden text when asked not to check style, never aria-hidden text', () => {
    page('<div style="display:none">styled away</div><div aria-hidden="true">aria</div>');
    expect(texts(document.body, { checkStyle: false })).toEqual(['styled away']);
  });

  it('skips what the caller names (the ImmunoLens host)', () => {
    page('<p>page</p><div id="host"><p>our bubble</p></div>');
    expect(texts(document.body, { skip: (e) => e.id === 'host' })).toEqual(['page']);
  });

  it('stops at the character cap and says it did', () => {
    page('<p>aaaa</p><p>bbbb</p><p>cccc</p>');
    const walker = createVisibleTextWalker(document.body, { maxChars: 9 });
    expect(walker.next()?.data).toBe('aaaa');
    expect(walker.next()?.data).toBe('bbbb');
    expect(walker.next()).toBeNull();
    expect(walker.chars).toBe(8);
    expect(walker.truncated).toBe(true);
    expect(walker.next()).toBeNull();
  });

  it('is not truncated when the text fits', () => {
    page('<p>aaaa</p>');
    const walker = createVisibleTextWalker(document.body, { maxChars: 4 });
    expect(walker.next()?.data).toBe('aaaa');
    expect(walker.next()).toBeNull();
    expect(walker.truncated).toBe(false);
  });

  it('says where a block boundary lies between nodes', () => {
    page('<p>IL-<b>12</b> rose<br>after</p><div>a<p>b</p>c</div><p>x<code>y</code>z</p>');
    const walker = createVisibleTextWalker(document.body, { maxChars: 1000 });
    const breaks: [string, boolean][] = [];
    for (let node = walker.next(); node; node = walker.next()) breaks.push([node.data, walker.breakBefore]);
    expect(breaks).toEqual([
      ['IL-', true],
      ['12', false],
      [' rose', false],
      ['after', true],
      ['a', true],
      ['b', true],
      ['c', true],
      ['x', true],
      ['z', true],
    ]);
  });
});

describe('readChunk and rangeOfSpan', () => {
  it('joins inline nodes into one word and puts a line break between blocks', () => {
    page('<p>Levels of IL-<b>12</b> rose.</p><p>PD-1 fell.</p>');
    const { chunks, truncated } = readVisibleText(document.body, { maxChars: 1000, maxChunkChars: 1000 });
    expect(truncated).toBe(false);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.text).toBe('Levels of IL-12 rose.\nPD-1 fell.');
    expect(chunks[0]!.starts).toEqual([0, 13, 15, 22]);
  });

  it('maps a span across two text nodes to one range', () => {
    page('<p>Levels of IL-<b>12</b> rose.</p>');
    const [chunk] = readVisibleText(document.body, { maxChars: 1000, maxChunkChars: 1000 }).chunks;
    const start = chunk!.text.indexOf('IL-12');
    const range = rangeOfSpan(chunk!, start, start + 5)!;
    expect(range.toString()).toBe('IL-12');
    expect(range.startContainer).toBe(chunk!.nodes[0]);
    expect(range.endContainer).toBe(chunk!.nodes[1]);
    expect(range.endOffset).toBe(2);
  });

  it('maps a span that ends exactly at a node end', () => {
    page('<p>PD-1</p><p>fell</p>');
    const [chunk] = readVisibleText(document.body, { maxChars: 1000, maxChunkChars: 1000 }).chunks;
    expect(rangeOfSpan(chunk!, 0, 4)!.toString()).toBe('PD-1');
    expect(rangeOfSpan(chunk!, 5, 9)!.toString()).toBe('fell');
  });

  it('returns no range for offsets outside the chunk, an empty span, or a span starting in an added break', () => {
    page('<p>PD-1</p><p>fell</p>');
    const [chunk] = readVisibleText(document.body, { maxChars: 1000, maxChunkChars: 1000 }).chunks;
    expect(rangeOfSpan(chunk!, -1, 2)).toBeNull();
    expect(rangeOfSpan(chunk!, 3, 3)).toBeNull();
    expect(rangeOfSpan(chunk!, 0, 100)).toBeNull();
    expect(rangeOfSpan(chunk!, 4, 6)).toBeNull();
  });

  it('returns no range when the page shortened the text since it was read', () => {
    page('<p>Levels of IL-12 rose.</p>');
    const [chunk] = readVisibleText(document.body, { maxChars: 1000, maxChunkChars: 1000 }).chunks;
    chunk!.nodes[0]!.data = 'short';
    expect(rangeOfSpan(chunk!, 10, 15)).toBeNull();
  });

  it('leaves out spans that do not map, keeping the order of the rest', () => {
    page('<p>a IL-2 b CD8 c</p>');
    const [chunk] = readVisibleText(document.body, { maxChars: 1000, maxChunkChars: 1000 }).chunks;
    const ranges = rangesOfSpans(chunk!, [
      { start: 2, end: 6 },
      { start: 50, end: 60 },
      { start: 9, end: 12 },
    ]);
    expect(ranges.map(String)).toEqual(['IL-2', 'CD8']);
  });

  it('splits long text into chunks at block boundaries past half the chunk size', () => {
    page('<p>aaaa</p><p>bbbb</p><p>cccc</p><p>dddd</p>');
    const walker = createVisibleTextWalker(document.body, { maxChars: 1000 });
    expect(chunkTexts(walker, 10).texts).toEqual(['aaaa\nbbbb', 'cccc\ndddd']);
  });

  it('keeps inline runs together until the chunk cap, and a node longer than the cap is its own chunk', () => {
    page(`<p>ab<b>cd</b>ef</p><p>${'x'.repeat(30)}</p><p>yz</p>`);
    const walker = createVisibleTextWalker(document.body, { maxChars: 1000 });
    expect(chunkTexts(walker, 5).texts).toEqual(['abcd', 'ef', 'x'.repeat(30), 'yz']);
  });

  it('reads nothing from an empty page', () => {
    page('');
    expect(readVisibleText(document.body, { maxChars: 10, maxChunkChars: 10 })).toEqual({
      chunks: [],
      chars: 0,
      truncated: false,
    });
  });

  it('reads a long page only up to the cap', () => {
    page('<p>word </p>'.repeat(5000));
    const read = readVisibleText(document.body, { maxChars: 1000, maxChunkChars: 200 });
    expect(read.truncated).toBe(true);
    expect(read.chars).toBe(1000);
    expect(read.chunks.reduce((n, c) => n + c.nodes.length, 0)).toBe(200);
  });
});

describe('createVisibleTextWalker from a node', () => {
  it('starts at the given text node and goes on in reading order', () => {
    page('<p>one</p><p>two</p><div><p>three</p></div>');
    const from = document.querySelectorAll('p')[1]!.firstChild as Text;
    expect(texts(document.body, { from })).toEqual(['two', 'three']);
  });

  it('ignores a node outside the root', () => {
    page('<p id="a">one</p><p id="b">two</p>');
    const from = document.getElementById('b')!.firstChild as Text;
    expect(texts(document.getElementById('a')!, { from })).toEqual(['one']);
  });
});

describe('pausing by the clock', () => {
  const html =
    '<p>IL-<b>12</b> and IFN-γ</p><div>' +
    '<span><i></i></span>'.repeat(50) +
    '<p>one</p><p hidden>no</p>  <p>two <em>three</em></p></div><p>four</p>';

  it('reads the same chunks, whatever the clock says, a term across two nodes included', () => {
    page(html);
    const plain = chunkTexts(createVisibleTextWalker(document.body, { maxChars: 1000 }), 20);
    // Pausing at every chance the walk and the chunk reader have.
    const always = () => true;
    const paused = chunkTexts(
      createVisibleTextWalker(document.body, { maxChars: 1000, shouldPause: always }),
      20,
      always,
    );
    expect(paused.texts).toEqual(plain.texts);
    expect(paused.texts[0]).toBe('IL-12 and IFN-γ');
    expect(paused.pauses).toBeGreaterThan(50);
    // The node lists (and so the ranges) are the same too.
    expect(paused.chunks.map((c) => c.nodes.map((n) => n.data))).toEqual(
      plain.chunks.map((c) => c.nodes.map((n) => n.data)),
    );
    expect(rangeOfSpan(paused.chunks[0]!, 0, 5)!.toString()).toBe('IL-12');
  });

  it('stops inside a run of elements with no text, and goes on from there', () => {
    page('<div>' + '<span></span>'.repeat(1000) + '<p>end</p></div>');
    let elements = 0;
    const walker = createVisibleTextWalker(document.body, {
      maxChars: 1000,
      // Time is up after every 100 elements passed.
      shouldPause: () => ++elements % 100 === 0,
    });
    let calls = 0;
    let node: Text | null = null;
    do {
      node = walker.next();
      calls++;
    } while (!node && walker.paused);
    expect(node?.data).toBe('end');
    expect(calls).toBeGreaterThanOrEqual(10);
    expect(walker.next()).toBeNull();
    expect(walker.paused).toBe(false);
  });
});
