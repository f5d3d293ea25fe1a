/**
 * A CSV pack: `#` lines naming the pack (`# name: …`, `# version: …`, `# licence: …`, `# source: …`), then a header
 * row and one entry per row. Quoted fields may hold commas, quotes and line breaks; lines may end in CRLF, LF or CR
 * in the same file (papaparse reads each row's start line for the messages).
 */
import Papa from 'papaparse';
import type { PackError } from './pack-errors';
import type { RawPack } from './validate-pack';

/** Each column, as the file names it, and the entry field it fills. */
export const CSV_COLUMNS = {
  id: 'id',
  name: 'name',
  short: 'short',
  aliases: 'aliases',
  category: 'category',
  summary: 'summary',
  explanation: 'explanation',
  'in cancer': 'inCancer',
  identifiers: 'refs',
  related: 'related',
} as const;

const REQUIRED = ['name', 'category', 'summary', 'explanation'] as const;
const LABEL_OF: Record<string, string> = Object.fromEntries(
  Object.entries(CSV_COLUMNS).map(([c, f]) => [f, c]),
);
const REF_KEYS: Record<string, string> = {
  hgnc: 'hgncSymbol',
  'hgnc symbol': 'hgncSymbol',
  hgncsymbol: 'hgncSymbol',
  'hgnc id': 'hgncId',
  hgncid: 'hgncId',
  uniprot: 'uniprot',
  ncit: 'ncit',
  mesh: 'mesh',
};

const list = (cell: string) =>
  cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** "kebab case" of a name, for rows without an id column. */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** "HGNC: IL12A | UniProt: P29459": known keys go to refs; an unknown key is kept, so that validation names it. */
function refsOf(cell: string): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const part of list(cell)) {
    const colon = part.indexOf(':');
    const key = colon < 0 ? part : part.slice(0, colon).trim();
    refs[REF_KEYS[key.toLowerCase()] ?? key] = colon < 0 ? '' : part.slice(colon + 1).trim();
  }
  return refs;
}

/** A row as the entry it describes: empty cells are absent fields. */
function entryOf(row: Record<string, string>): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const field = (CSV_COLUMNS as Record<string, string>)[column];
    const cell = (raw ?? '').trim();
    if (cell === '') continue;
    if (!field) entry[column] = cell;
    else if (field === 'aliases' || field === 'related') entry[field] = list(cell);
    else if (field === 'refs') entry.refs = refsOf(cell);
    else entry[field] = cell;
  }
  entry.id ??= idFromName(String(entry.name ?? ''));
  // A category may be given by its key or in any case ("Cell", "cell").
  if (typeof entry.category === 'string') entry.category = entry.category.toLowerCase();
  return entry;
}

export function parseCsvPack(
  file: string,
  text: string,
): { ok: true; raw: RawPack } | { ok: false; error: PackError } {
  const body = text.replace(/^\uFEFF/, '');
  // The `#` lines first: papaparse would skip them as comments, but they hold the pack's name.
  const info: Record<string, string> = {};
  let offset = 0;
  let line = 1;
  for (;;) {
    const m = /^[ \t]*#([^\r\n]*)(\r\n|\r|\n|$)/.exec(body.slice(offset));
    if (!m || m[0] === '') break;
    const colon = m[1]!.indexOf(':');
    if (colon > 0) info[m[1]!.slice(0, colon).trim().toLowerCase()] = m[1]!.slice(colon + 1).trim();
    offset += m[0].length;
    line++;
  }
  // Mixed line endings: papaparse takes one newline for the whole file, so every break becomes \n first. Each break
  // stays one break, so a row's line is the count of \n before it.
  const unified = body.slice(offset).replace(/\r\n?/g, '\n');
  const breaks: number[] = [];
  for (let i = unified.indexOf('\n'); i >= 0; i = unified.indexOf('\n', i + 1)) breaks.push(i);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return line + lo;
  };

  const rows: { start: number; cells: string[] }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(unified, {
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ start: cursor, cells: result.data });
      cursor = result.meta.cursor;
    },
  });
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = nonEmpty;
  if (!header)
    return {
      ok: false,
      error: { file, line, expected: 'a header row naming the columns', found: 'no rows' },
    };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const headerLine = lineAt(header.start);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return {
      ok: false,
      error: {
        file,
        line: headerLine,
        expected: `a header row with the columns ${Object.keys(CSV_COLUMNS).join(', ')} (${REQUIRED.join(', ')} required)`,
        found: `no ${missing.map((c) => `“${c}”`).join(', ')} column`,
      },
    };
  const entries = data.map((row) => {
    const record: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (c !== '') record[c] = row.cells[i] ?? '';
    });
    return { place: { line: lineAt(row.start) }, value: entryOf(record) };
  });
  return {
    ok: true,
    raw: {
      file,
      info: {
        name: info.name,
        version: info.version,
        licence: info.licence ?? info.license,
        source: info.source,
      },
      entries,
      fieldLabel: (field) => LABEL_OF[field] ?? field,
    },
  };
}
