/**
 * A pack checked entry by entry: every problem found is reported with its place (errors refuse the whole pack),
 * and what is imported differently from how it was written is said in warnings.
 */
import { PROGRESS_EVERY_ENTRIES, type ImportStep } from './import-progress';
import * as v from 'valibot';
import { MAX_PACK_ENTRIES } from '../limits';
import { namesOf } from '../terms/term-index';
import { ErrorList, shown, type PackError, type PackErrors } from './pack-errors';
import type { PackEntry, PackInfo, ValidPack } from './pack';
import { EntrySchema, PackInfoSchema, type EntryInput } from './pack-schema';
import { defaultRule, notRecognisable } from './recognisable';

/** Where an entry stands in its file. */
export type Place = { line: number } | { entry: number };

export interface RawPack {
  file: string;
  /** The pack's own fields (a JSON pack's top level, a CSV pack's `#` lines). */
  info: unknown;
  entries: readonly { place: Place; value: unknown }[];
  /** How the file names a field ("inCancer" is the CSV column "in cancer"). */
  fieldLabel?: (field: string) => string;
}

/** What the pack may link to besides its own entries: the bundled glossary's terms and questions. */
export interface Known {
  termIds: ReadonlySet<string>;
  qaIds: ReadonlySet<string>;
}

export type Validated = { ok: true; pack: ValidPack } | ({ ok: false } & PackErrors);

const MAX_WARNINGS = 50;

function fieldOf(
  path: readonly { key?: unknown }[] | undefined,
  label: (f: string) => string,
): string | undefined {
  if (!path || path.length === 0) return undefined;
  const [first, ...rest] = path.map((p) => String(p.key));
  return [label(first!), ...rest.map((k) => (/^\d+$/.test(k) ? `[${Number(k) + 1}]` : `.${k}`))].join('');
}

/** One valibot issue as a person reads it. */
function issueError(
  issue: v.BaseIssue<unknown>,
  base: Omit<PackError, 'expected' | 'found'>,
  label: (f: string) => string,
): PackError {
  const field = fieldOf(issue.path, label);
  const where = { ...base, ...(field ? { field } : {}) };
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return {
      ...where,
      expected: 'only the fields docs/glossary-packs.md names',
      found: 'a field of this name',
    };
  if (issue.type === 'strict_object' || issue.type === 'object')
    if (issue.received === 'undefined')
      return { ...where, expected: 'this field, which is required', found: 'nothing' };
  const found =
    issue.type === 'max_length' && (typeof issue.input === 'string' || Array.isArray(issue.input))
      ? `${issue.input.length} ${typeof issue.input === 'string' ? 'characters' : 'items'}`
      : shown(issue.input);
  return { ...where, expected: issue.message, found };
}

/** Names left out of recognition go to `searchOnly`; short names get their default rule. */
function withRecognition(entry: EntryInput, warn: (text: string) => void): PackEntry {
  const rules = { ...entry.rules };
  const searchOnly: string[] = [];
  for (const name of namesOf(entry)) {
    const why = notRecognisable(name);
    if (why) {
      searchOnly.push(name);
      warn(`${entry.id}: “${name}” is ${why}, so it is found by search but not recognised on pages`);
    } else if (!rules[name]) {
      const rule = defaultRule(name);
      if (rule) rules[name] = rule;
    }
  }
  const out: PackEntry = { ...entry, rules };
  if (searchOnly.length > 0) out.searchOnly = searchOnly;
  return out;
}

export function validatePack(
  raw: RawPack,
  known: Known,
  /** Told every PROGRESS_EVERY_ENTRIES entries checked (the options page's bar). */
  onStep?: (step: ImportStep) => void,
): Validated {
  const label = raw.fieldLabel ?? ((f: string) => f);
  const errors = new ErrorList();
  const warnings: string[] = [];
  let moreWarnings = 0;
  const warn = (text: string) => (warnings.length < MAX_WARNINGS ? warnings.push(text) : moreWarnings++);

  const info = v.safeParse(PackInfoSchema, raw.info);
  if (!info.success)
    for (const issue of info.issues) errors.add(issueError(issue, { file: raw.file }, (f) => f));
  if (raw.entries.length === 0)
    errors.add({ file: raw.file, field: 'entries', expected: 'at least one entry', found: 'none' });
  if (raw.entries.length > MAX_PACK_ENTRIES) {
    errors.add({
      file: raw.file,
      field: 'entries',
      expected: `at most ${MAX_PACK_ENTRIES.toLocaleString('en')} entries (split the pack into smaller packs)`,
      found: `${raw.entries.length.toLocaleString('en')} entries`,
    });
    return { ok: false, ...errors.result() };
  }

  const entries: PackEntry[] = [];
  const placeOfId = new Map<string, Place>();
  const where = (place: Place) => ('line' in place ? `line ${place.line}` : `entry ${place.entry}`);
  let checked = 0;
  const total = raw.entries.length;
  for (const { place, value } of raw.entries) {
    if (onStep && checked++ % PROGRESS_EVERY_ENTRIES === 0)
      onStep({ step: 'checking', done: checked - 1, total });
    const base = { file: raw.file, ...place };
    const parsed = v.safeParse(EntrySchema, value);
    if (!parsed.success) {
      for (const issue of parsed.issues) errors.add(issueError(issue, base, label));
      continue;
    }
    const entry = parsed.output;
    const earlier = placeOfId.get(entry.id);
    if (earlier) {
      errors.add({
        ...base,
        field: label('id'),
        expected: 'an id no other entry of the pack has',
        found: `“${entry.id}”, also at ${where(earlier)}`,
      });
      continue;
    }
    placeOfId.set(entry.id, place);
    const names = new Set(namesOf(entry));
    for (const name of Object.keys(entry.rules ?? {}))
      if (!names.has(name))
        errors.add({
          ...base,
          field: `${label('rules')}.${name}`,
          expected: 'a rule for one of the entry’s names, as written',
          found: shown(name),
        });
    entries.push(withRecognition(entry, warn));
  }
  if (!errors.empty) return { ok: false, ...errors.result() };

  // Links to nothing are dropped, not refused: a pack may be written against another version of the glossary.
  for (const entry of entries) {
    const dropped = [
      ...entry.related.filter((id) => !placeOfId.has(id) && !known.termIds.has(id)),
      ...entry.qa.filter((id) => !known.qaIds.has(id)),
    ];
    if (dropped.length === 0) continue;
    entry.related = entry.related.filter((id) => placeOfId.has(id) || known.termIds.has(id));
    entry.qa = entry.qa.filter((id) => known.qaIds.has(id));
    warn(
      `${entry.id}: links to ${dropped.map((d) => `“${d}”`).join(', ')} left out (no such entry or question)`,
    );
  }
  if (moreWarnings > 0) warnings.push(`… and ${moreWarnings.toLocaleString('en')} more`);
  const packInfo = info.output as PackInfo;
  return {
    ok: true,
    pack: {
      name: packInfo.name.trim(),
      version: packInfo.version.trim(),
      licence: packInfo.licence.trim(),
      source: packInfo.source.trim(),
      entries,
      warnings,
    },
  };
}
