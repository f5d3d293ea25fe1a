import type { PageTerm } from '../messages/to-page';

export interface Tally {
  /** Each term once, in the order of its first use. */
  terms: PageTerm[];
  /** For each term, the reading-order index (into the uses tallied) of each of its uses. */
  usesOf: ReadonlyMap<string, readonly number[]>;
}

/** Counts the uses of each term, given every use of every term in reading order. */
export function tallyUses(uses: readonly { id: string }[]): Tally {
  const usesOf = new Map<string, number[]>();
  const terms: PageTerm[] = [];
  uses.forEach(({ id }, at) => {
    const list = usesOf.get(id);
    if (list) list.push(at);
    else {
      usesOf.set(id, [at]);
      terms.push({ id, count: 0, first: at });
    }
  });
  for (const term of terms) term.count = usesOf.get(term.id)!.length;
  return { terms, usesOf };
}
