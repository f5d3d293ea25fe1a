// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Marks } from '@/utils/lens/marks';

function rangeOf(node: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

function setup() {
  document.body.innerHTML = '<p id="a">IL-12 and IFN-γ</p><p id="b">CD8 T cells</p>';
  const a = document.getElementById('a')!.firstChild as Text;
  const b = document.getElementById('b')!.firstChild as Text;
  return { a, b };
}

describe('Marks', () => {
  it('keeps marks in reading order whatever order they were added in', () => {
    const { a, b } = setup();
    const marks = new Marks(10);
    marks.add({ range: rangeOf(b, 0, 3), id: 'cd8' });
    marks.add({ range: rangeOf(a, 10, 15), id: 'ifng' });
    marks.add({ range: rangeOf(a, 0, 5), id: 'il12' });
    expect(marks.all().map((m) => m.id)).toEqual(['il12', 'ifng', 'cd8']);
  });

  it('finds the mark that holds a point, and none between marks', () => {
    const { a, b } = setup();
    const marks = new Marks(10);
    marks.add({ range: rangeOf(a, 0, 5), id: 'il12' });
    marks.add({ range: rangeOf(a, 10, 15), id: 'ifng' });
    marks.add({ range: rangeOf(b, 0, 3), id: 'cd8' });
    expect(marks.at(a, 2)?.id).toBe('il12');
    expect(marks.at(a, 12)?.id).toBe('ifng');
    expect(marks.at(b, 1)?.id).toBe('cd8');
    expect(marks.at(a, 7)).toBeNull();
  });

  it('refuses marks past its cap and says it is full', () => {
    const { a } = setup();
    const marks = new Marks(1);
    expect(marks.add({ range: rangeOf(a, 0, 5), id: 'il12' })).toBe(true);
    expect(marks.full).toBe(true);
    expect(marks.add({ range: rangeOf(a, 10, 15), id: 'ifng' })).toBe(false);
    expect(marks.size).toBe(1);
  });

  it('steps forward and back in reading order, wrapping round', () => {
    const { a, b } = setup();
    const marks = new Marks(10);
    marks.add({ range: rangeOf(a, 0, 5), id: 'il12' });
    marks.add({ range: rangeOf(b, 0, 3), id: 'cd8' });
    expect(marks.step(null, 1)).toBe(0);
    expect(marks.step(null, -1)).toBe(1);
    expect(marks.step(1, 1)).toBe(0);
    expect(marks.step(0, -1)).toBe(1);
    expect(new Marks(5).step(null, 1)).toBeNull();
  });

  it('removes the marks inside an element read again, and those whose text the page removed', () => {
    const { a, b } = setup();
    const marks = new Marks(10);
    marks.add({ range: rangeOf(a, 0, 5), id: 'il12' });
    marks.add({ range: rangeOf(b, 0, 3), id: 'cd8' });
    expect(marks.removeWithin(document.getElementById('b')!).map((m) => m.id)).toEqual(['cd8']);
    expect(marks.size).toBe(1);
    document.getElementById('a')!.remove();
    expect(marks.prune().map((m) => m.id)).toEqual(['il12']);
    expect(marks.size).toBe(0);
  });
});

describe('Marks with text the page removed', () => {
  it('sorts and finds without throwing when some ranges were left outside the document', () => {
    const { a, b } = setup();
    const marks = new Marks(10);
    marks.add({ range: rangeOf(b, 0, 3), id: 'cd8' });
    const detached = document.createElement('p');
    detached.textContent = 'IL-2';
    marks.add({ range: rangeOf(detached.firstChild as Text, 0, 4), id: 'il2' });
    marks.add({ range: rangeOf(a, 0, 5), id: 'il12' });
    expect(() => marks.all()).not.toThrow();
    expect(marks.all()[0]!.id).toBe('il12');
    expect(marks.at(a, 1)?.id).toBe('il12');
    expect(marks.prune().map((m) => m.id)).toEqual(['il2']);
  });
});
