/**
 * Names a new pack shares with the bundled glossary or another pack, for different entries. Both entries keep the
 * name (the term index holds every entry of a key, and the bubble shows each): the conflict is listed at import
 * so that the person decides, never resolved silently. Overrides (the same id) are listed apart.
 */
import { MAX_PACK_ERRORS_SHOWN } from '../limits';
import { PROGRESS_EVERY_ENTRIES, type ImportStep } from './import-progress';
import { normalize } from '../terms/normalize';
import { namesOf, type NamedEntry } from '../terms/term-index';

export interface NamedSource {
  /** "the built-in glossary" or a pack's name. */
  name: string;
  entries: readonly (NamedEntry & { searchOnly?: readonly string[] })[];
}

export interface AliasConflict {
  /** The name as the new pack writes it. */
  name: string;
  entry: string;
  other: { source: string; entry: string; name: string };
}

export interface PackClashes {
  conflicts: AliasConflict[];
  conflictTotal: number;
  /** Ids of the new pack that replace an entry of the bundled glossary or of another pack. */
  overrides: { entry: string; source: string }[];
}

function recognised(entry: NamedSource['entries'][number]): string[] {
  const skip = new Set(entry.searchOnly ?? []);
  return namesOf(entry).filter((n) => !skip.has(n));
}

export function packClashes(
  pack: NamedSource,
  others: readonly NamedSource[],
  /** Told every PROGRESS_EVERY_ENTRIES entries of the new pack compared (the options page's bar). */
  onStep?: (step: ImportStep) => void,
): PackClashes {
  const owners = new Map<string, { source: string; entry: string; name: string }[]>();
  const idSource = new Map<string, string>();
  for (const other of others)
    for (const entry of other.entries) {
      idSource.set(entry.id, other.name);
      for (const name of recognised(entry)) {
        const key = normalize(name);
        if (key === '') continue;
        const list = owners.get(key) ?? [];
        list.push({ source: other.name, entry: entry.id, name });
        owners.set(key, list);
      }
    }
  const conflicts: AliasConflict[] = [];
  let conflictTotal = 0;
  const overrides: PackClashes['overrides'] = [];
  const total = pack.entries.length;
  // Counted from the other sources' names: gathering them is part of the step.
  onStep?.({ step: 'clashes', done: 0, total });
  let compared = 0;
  for (const entry of pack.entries) {
    if (onStep && ++compared % PROGRESS_EVERY_ENTRIES === 0)
      onStep({ step: 'clashes', done: compared, total });
    const source = idSource.get(entry.id);
    if (source) overrides.push({ entry: entry.id, source });
    const seen = new Set<string>();
    for (const name of recognised(entry)) {
      const key = normalize(name);
      for (const other of owners.get(key) ?? []) {
        if (other.entry === entry.id || seen.has(`${key} ${other.entry}`)) continue;
        seen.add(`${key} ${other.entry}`);
        conflictTotal++;
        if (conflicts.length < MAX_PACK_ERRORS_SHOWN) conflicts.push({ name, entry: entry.id, other });
      }
    }
  }
  return { conflicts, conflictTotal, overrides };
}

export function describeConflict(c: AliasConflict): string {
  return `“${c.name}” (${c.entry}) is also “${c.other.name}” of ${c.other.entry} in ${c.other.source}: both are shown`;
}
