/**
 * The lens's marks: each marked term's Range with the entry it names, kept in reading order for N/P, found by a
 * point for hover and tap. Pure DOM (Ranges and boundary points), no `browser.*` and no highlight registry: the
 * caller mirrors the ranges into a `Highlight`.
 */
export interface Mark {
  range: Range;
  id: string;
}

/**
 * Reading order of two ranges. A range whose text the page removed lives in another tree, and comparing across
 * trees throws (Chrome: "in a different document"): such ranges sort last, and are pruned anyway.
 */
function order(a: Range, b: Range): number {
  const gone = Number(!a.startContainer.isConnected) - Number(!b.startContainer.isConnected);
  if (gone !== 0 || !a.startContainer.isConnected) return gone;
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    return 0;
  }
}

/** Whether `node` is `root` or inside it. */
function within(root: Node, node: Node): boolean {
  return root === node || root.contains(node);
}

export class Marks {
  private list: Mark[] = [];
  private sorted = true;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.list.length;
  }

  /** Whether the cap is reached: further adds are refused. */
  get full(): boolean {
    return this.list.length >= this.max;
  }

  /** Adds a mark; false (and nothing added) once the cap is reached. */
  add(mark: Mark): boolean {
    if (this.full) return false;
    const last = this.list[this.list.length - 1];
    if (last && order(last.range, mark.range) > 0) this.sorted = false;
    this.list.push(mark);
    return true;
  }

  /** Removes the marks that start inside `root` (its text is read again) and those the page emptied; returns them. */
  removeWithin(root: Node): Mark[] {
    const removed: Mark[] = [];
    this.list = this.list.filter((mark) => {
      const gone = mark.range.collapsed || within(root, mark.range.startContainer);
      if (gone) removed.push(mark);
      return !gone;
    });
    return removed;
  }

  /** Drops the marks whose text the page removed or emptied (their ranges collapsed), and returns them. */
  prune(): Mark[] {
    const removed: Mark[] = [];
    this.list = this.list.filter((mark) => {
      const gone = mark.range.collapsed || !mark.range.startContainer.isConnected;
      if (gone) removed.push(mark);
      return !gone;
    });
    return removed;
  }

  /** Every mark in reading order. */
  all(): readonly Mark[] {
    if (!this.sorted) {
      this.list.sort((a, b) => order(a.range, b.range));
      this.sorted = true;
    }
    return this.list;
  }

  /** The mark whose range holds the boundary point (`node`, `offset`), if any. */
  at(node: Node, offset: number): Mark | null {
    const list = this.all();
    // Marks do not overlap, so a binary search by the point's place against each range finds the one holding it.
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      let order: number;
      try {
        order = list[mid]!.range.comparePoint(node, offset);
      } catch {
        return null;
      }
      // comparePoint: -1 before the range, 0 inside, 1 after.
      if (order === 0) return list[mid]!;
      if (order > 0) low = mid + 1;
      else high = mid - 1;
    }
    return null;
  }

  /**
   * The index of the mark after (`step` 1) or before (-1) the mark at `current` in reading order, wrapping round;
   * from no current mark, the first (or last) one.
   */
  step(current: number | null, step: 1 | -1): number | null {
    const n = this.all().length;
    if (n === 0) return null;
    if (current === null || current >= n) return step === 1 ? 0 : n - 1;
    return (current + step + n) % n;
  }

  clear(): void {
    this.list = [];
    this.sorted = true;
  }
}
