/**
 * What is wrong with a pack file, said so that a person can fix it: which file, where (a CSV line or a JSON entry
 * number), which field, what was expected and what was found.
 */
import { MAX_PACK_ERRORS_SHOWN } from '../limits';

export interface PackError {
  file: string;
  /** CSV: the line the row starts on (1 is the first line of the file). */
  line?: number;
  /** JSON: the entry's position in `entries`, counting from 1. */
  entry?: number;
  /** The field, as the file names it ("aliases", "in cancer", "entries[3].summary" is entry 3, field summary). */
  field?: string;
  expected: string;
  found: string;
}

export interface PackErrors {
  /** The first MAX_PACK_ERRORS_SHOWN errors. */
  errors: PackError[];
  total: number;
}

const FOUND_CHARS = 60;

/** A value as the message shows it: short, on one line, and always as text. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value === '') return 'an empty text';
    const line = value.replace(/\s+/g, ' ');
    return `“${line.length > FOUND_CHARS ? `${line.slice(0, FOUND_CHARS)}…` : line}”`;
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** "example.csv, line 4, field “aliases”: expected …; found …." */
export function describeError(error: PackError): string {
  const where = [
    error.file,
    error.line !== undefined ? `line ${error.line}` : undefined,
    error.entry !== undefined ? `entry ${error.entry}` : undefined,
    error.field !== undefined ? `field “${error.field}”` : undefined,
  ].filter(Boolean);
  return `${where.join(', ')}: expected ${error.expected}; found ${error.found}.`;
}

/** Collects errors, keeping the first few and counting all. */
export class ErrorList {
  readonly errors: PackError[] = [];
  total = 0;
  add(error: PackError): void {
    this.total++;
    if (this.errors.length < MAX_PACK_ERRORS_SHOWN) this.errors.push(error);
  }
  get empty(): boolean {
    return this.total === 0;
  }
  result(): PackErrors {
    return { errors: this.errors, total: this.total };
  }
}

/** The heading of a refused pack's error list. */
export function errorsHeading({ errors, total }: PackErrors): string {
  const n = (k: number) => `${k.toLocaleString('en')} ${k === 1 ? 'problem' : 'problems'}`;
  return errors.length < total
    ? `Nothing was imported: ${n(total)} found, the first ${errors.length} listed.`
    : `Nothing was imported: ${n(total)} found.`;
}
