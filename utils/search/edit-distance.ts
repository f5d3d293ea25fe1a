/** Rows reused across calls: a typo search compares a word with thousands of others on one keystroke. */
let rows = new Int32Array(3 * 64);

/**
 * Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`, giving up once it exceeds `max`.
 * A swapped pair of letters ("cytoknie") costs one edit, as a reader's typo does.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const width = n + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  // Three rows in one array: the row before the previous, the previous and the current one, rotated by offset.
  let prevPrev = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= n; j++) {
    rows[prevPrev + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj)
        d = Math.min(d, rows[prevPrev + j - 2]! + 1);
      rows[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = spare;
  }
  return rows[prev + n]!;
}
