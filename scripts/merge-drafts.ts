/**
 * Merges the writers' drafts (contract 3) into the glossary: `npx tsx scripts/merge-drafts.ts [DRAFTS_DIR]`
 * (default /work/drafts). Re-runnable: the base is the 265 entries of v1 (merge-drafts/original-ids.txt) as they
 * stand in glossary.json; the drafts writer-1..3.json and the knowledge lead's own merge-drafts/lead-entries.json
 * are re-read each time, fixed by merge-drafts/patches.json, validated (id, category, required fields, summary
 * grade ≤ 14, names not owned elsewhere, rules for names of ≤ 4 letters and digits, identifier formats, gene ids
 * against the vendored table, references resolve) and appended. The Q&A get the terms the recogniser now finds.
 * Prints what it dropped or changed.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../utils/terms/normalize';
import { namesOf } from '../utils/terms/term-index';
import { CATEGORIES, type GlossaryEntry, type QaEntry } from '../utils/knowledge/types';
import { readability } from '../utils/knowledge/readability';
import { checkIds, parseGeneTable } from '../utils/knowledge/id-check';
import { buildTermIndex } from '../utils/terms/term-index';
import { recognize } from '../utils/terms/recognize';
import { answerText } from '../utils/knowledge/knowledge';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = ROOT + 'scripts/merge-drafts/';
const DRAFTS = process.argv[2] ?? '/work/drafts';
const GLOSSARY = ROOT + 'assets/knowledge/glossary.json';
const QA = ROOT + 'assets/knowledge/qa.json';
const original = new Set(
  readFileSync(HERE + 'original-ids.txt', 'utf8')
    .split('\n')
    .filter(Boolean),
);
const all = JSON.parse(readFileSync(GLOSSARY, 'utf8')) as GlossaryEntry[];
const base = all.filter((e) => original.has(e.id));
// Names that an existing, broader entry held as aliases and that a new, dedicated entry now answers to.
const MOVES: Record<string, string[]> = {
  'memory-t-cell': ['central memory T cell', 'effector memory T cell', 'tissue-resident memory T cell'],
  'innate-lymphoid-cell': ['ILC1', 'ILC2', 'ILC3'],
  'macrophage-polarisation': [
    'M1 macrophage',
    'M2 macrophage',
    'classically activated macrophage',
    'alternatively activated macrophage',
  ],
  'dendritic-cell': ['plasmacytoid dendritic cell'],
  neutrophil: ['tumour-associated neutrophil'],
  't-cell-exhaustion': ['exhausted T cell'],
};
// "NK" on its own (issue 13): the NK cell, only with support from the text around it (contract 1).
for (const e of base)
  if (e.id === 'nk-cell' && !e.aliases.includes('NK')) {
    e.aliases = [...e.aliases, 'NK'];
    e.rules = { ...(e.rules ?? {}), NK: { case: 'exact', context: true } };
  }
// Audit fix (M-CSF): the CSF1R drugs now have entries of their own.
for (const e of base)
  if (e.id === 'm-csf')
    for (const r of ['csf1r', 'csf1r-inhibitor']) if (!e.related.includes(r)) e.related = [...e.related, r];
// Spellings papers use that the 265 entries lacked (found by the writers' reviews).
const BASE_ALIASES: Record<string, [string, { case: 'exact' | 'any'; context?: boolean }?][]> = {
  mdsc: [['PMN-MDSC'], ['M-MDSC'], ['G-MDSC'], ['granulocytic MDSC'], ['polymorphonuclear MDSC']],
  'regulatory-t-cell': [['T regulatory cell'], ['CD4+CD25+ regulatory T cell']],
  'follicular-helper-t-cell': [['circulating Tfh'], ['cTfh', { case: 'exact', context: true }]],
  'plasma-cell': [['plasmocyte'], ['long-lived plasma cell']],
  'tcr-t-cell-therapy': [['TCR-T cell'], ['TCR-engineered T cell']],
  'nkt-cell': [['invariant natural killer T cell']],
  mhc: [
    ['HLA-I', { case: 'exact', context: true }],
    ['HLA-II', { case: 'exact', context: true }],
  ],
};
for (const e of base)
  for (const [alias, rule] of BASE_ALIASES[e.id] ?? [])
    if (!e.aliases.includes(alias)) {
      e.aliases = [...e.aliases, alias];
      if (rule) e.rules = { ...(e.rules ?? {}), [alias]: rule };
    }
// How patient leaflets name irAEs.
for (const e of base)
  if (e.id === 'immune-related-adverse-event' && !e.aliases.includes('immune-related side effect'))
    e.aliases = [...e.aliases, 'immune-related side effect'];
// How patients and nurses name tocilizumab ("an IL-6 receptor blocker").
for (const e of base)
  if (e.id === 'tocilizumab' && !e.aliases.includes('IL-6 receptor blocker'))
    e.aliases = [...e.aliases, 'IL-6 receptor blocker'];
for (const e of base) {
  const moved = MOVES[e.id];
  if (!moved) continue;
  e.aliases = e.aliases.filter((a) => !moved.includes(a));
  if (e.rules) for (const a of moved) delete e.rules[a];
}
const qa = JSON.parse(readFileSync(QA, 'utf8')) as QaEntry[];
const qaIds = new Set(qa.map((q) => q.id));
type Patch = Partial<GlossaryEntry> & { drop?: string; dropAliases?: string[]; addAliases?: string[] };
const PATCHES: Record<string, Patch> = existsSync(HERE + 'patches.json')
  ? JSON.parse(readFileSync(HERE + 'patches.json', 'utf8'))
  : {};
const table = parseGeneTable(readFileSync(ROOT + 'test/fixtures/reference/human-genes.tsv', 'utf8'));

const log: Record<string, string[]> = {};
/** Names deliberately shared by several entries (also listed in the data test's SHARED_NAMES). */
const SHARED = new Set<string>([].map((n) => normalize(n)));
const note = (kind: string, msg: string) => (log[kind] ??= []).push(msg);

const KEYS = [
  'id',
  'name',
  'short',
  'aliases',
  'rules',
  'category',
  'summary',
  'explanation',
  'inCancer',
  'related',
  'qa',
  'refs',
] as const;
const REF_KEYS = ['hgncSymbol', 'hgncId', 'uniprot', 'ncit', 'mesh'] as const;
const UNIPROT = /^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$/;
const REF_FORMAT: Record<string, (v: string) => boolean> = {
  hgncSymbol: (v) => /^[A-Z0-9-]+(, [A-Z0-9-]+)*$/.test(v),
  hgncId: (v) => /^HGNC:\d+(, HGNC:\d+)*$/.test(v),
  uniprot: (v) => v.split(', ').every((a) => UNIPROT.test(a)),
  ncit: (v) => /^C\d+$/.test(v),
  mesh: (v) => /^[DC]\d{6,9}$/.test(v),
};

function tidy(raw: Record<string, unknown>): GlossaryEntry {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (raw[k] !== undefined && raw[k] !== null && raw[k] !== '') out[k] = raw[k];
  for (const k of Object.keys(raw))
    if (!(KEYS as readonly string[]).includes(k)) note('unknown key dropped', `${raw.id}: ${k}`);
  const refs: Record<string, string> = {};
  const rawRefs = (raw.refs ?? {}) as Record<string, unknown>;
  for (const k of REF_KEYS) {
    const v = rawRefs[k];
    if (typeof v === 'string' && v.trim()) refs[k] = v.trim();
  }
  out.refs = refs;
  out.aliases ??= [];
  out.related ??= [];
  out.qa ??= [];
  return out as unknown as GlossaryEntry;
}

const accepted: GlossaryEntry[] = [];
const owner = new Map<string, string>();
for (const e of base) for (const n of namesOf(e)) owner.set(normalize(n), e.id);
const ids = new Set(base.map((e) => e.id));
const perWriter: Record<string, number> = {};

for (const w of [1, 2, 3, 0]) {
  // writer-0: the knowledge lead's own entries (chemokines, cytokines and cytokine receptors the drafts lacked)
  const file = w === 0 ? HERE + 'lead-entries.json' : `${DRAFTS}/writer-${w}.json`;
  let drafts: Record<string, unknown>[];
  try {
    drafts = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    note('invalid draft file', `${file}: ${String(err)}`);
    continue;
  }
  perWriter[`writer-${w}`] = 0;
  for (const raw of drafts) {
    const patch = PATCHES[String(raw.id)] ?? {};
    if (patch.drop) {
      note('dropped by patch', `${raw.id}: ${patch.drop}`);
      continue;
    }
    const { drop: _d, dropAliases, addAliases, ...fields } = patch;
    const e = tidy({ ...raw, ...fields });
    if (dropAliases) e.aliases = e.aliases.filter((a) => !dropAliases.includes(a));
    if (addAliases) e.aliases = [...e.aliases, ...addAliases];
    const where = `writer-${w} ${e.id}`;
    if (typeof e.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) {
      note('dropped: bad id', where);
      continue;
    }
    if (ids.has(e.id)) {
      note('dropped: id taken', where);
      continue;
    }
    if (!(e.category in CATEGORIES)) {
      note('dropped: bad category', `${where}: ${e.category}`);
      continue;
    }
    if (![e.name, e.summary, e.explanation].every((s) => typeof s === 'string' && s.trim())) {
      note('dropped: missing field', where);
      continue;
    }
    if (!Array.isArray(e.aliases) || !e.aliases.every((a) => typeof a === 'string')) {
      note('dropped: bad aliases', where);
      continue;
    }
    const grade = readability(e.summary).grade;
    if (grade > 14) {
      note('dropped: summary above grade 14', `${where} (${grade}): ${e.summary}`);
      continue;
    }
    if (e.summary.length > 240 || e.explanation.length > 1200) {
      note('dropped: too long', where);
      continue;
    }
    // names: the entry's own name and short must be free; a taken alias is removed
    const mine = new Set<string>();
    const clashes: string[] = [];
    for (const n of [e.name, ...(e.short ? [e.short] : [])]) {
      const k = normalize(n);
      if (owner.has(k) && owner.get(k) !== e.id && !SHARED.has(k))
        clashes.push(`${n} (owned by ${owner.get(k)})`);
      mine.add(k);
    }
    if (clashes.length) {
      note('dropped: name or short taken', `${where}: ${clashes.join(', ')}`);
      continue;
    }
    e.aliases = [...new Set(e.aliases.map((a) => a.trim()))].filter((a) => {
      const k = normalize(a);
      if (!k || k.length < 2) {
        note('alias removed: empty or one letter', `${where}: ${a}`);
        return false;
      }
      if (owner.has(k) && owner.get(k) !== e.id && !SHARED.has(k)) {
        note('alias removed: owned elsewhere', `${where}: ${a} → ${owner.get(k)}`);
        return false;
      }
      if (mine.has(k) && a !== e.name && a !== e.short) {
        mine.add(k);
        return true;
      }
      mine.add(k);
      return true;
    });
    // rules: keys must be names; short names need one
    const names = new Set(namesOf(e));
    const rules: Record<string, { case: 'exact' | 'any'; context?: boolean }> = {};
    for (const [k, v] of Object.entries(e.rules ?? {})) {
      if (!names.has(k)) {
        note('rule removed: not a name', `${where}: ${k}`);
        continue;
      }
      if (!v || (v.case !== 'exact' && v.case !== 'any')) {
        note('rule removed: bad value', `${where}: ${k} ${JSON.stringify(v)}`);
        continue;
      }
      rules[k] = v.context ? { case: v.case, context: true } : { case: v.case };
    }
    for (const n of names) {
      const alnum = n.replace(/[^\p{L}\p{N}]/gu, '');
      if (alnum.length <= 4 && !rules[n]) {
        const letters = /^[A-Za-z]+$/.test(alnum);
        rules[n] = { case: letters ? 'exact' : 'any' };
        note('rule added (default)', `${where}: ${n} → ${rules[n].case}`);
      }
    }
    if (Object.keys(rules).length) e.rules = rules;
    else delete e.rules;
    // refs format
    for (const k of REF_KEYS) {
      const v = e.refs[k];
      if (v && !REF_FORMAT[k]!(v)) {
        note('ref removed: bad format', `${where}: ${k} ${v}`);
        delete e.refs[k];
      }
    }
    for (const k of mine) owner.set(k, e.id);
    ids.add(e.id);
    accepted.push(e);
    perWriter[`writer-${w}`]!++;
  }
}

// gene ids: drop refs that the table contradicts (never guess a replacement here; PATCHES may set the right one)
for (const e of accepted) {
  const { problems } = checkIds([...base, e], table);
  if (problems.length) {
    note('gene refs removed: mismatch', problems.join('; '));
    delete e.refs.hgncSymbol;
    delete e.refs.hgncId;
    delete e.refs.uniprot;
  }
}
// cross-entry HGNC id consistency among the new entries
{
  const { problems } = checkIds([...base, ...accepted], table);
  for (const p of problems) note('remaining id problem', p);
}

// references
for (const e of accepted) {
  e.related = [...new Set(e.related)].filter((r) => {
    const ok = ids.has(r) && r !== e.id;
    if (!ok) note('related removed: unknown id', `${e.id} → ${r}`);
    return ok;
  });
  e.qa = e.qa.filter((q) => {
    const ok = qaIds.has(q);
    if (!ok) note('qa removed: unknown id', `${e.id} → ${q}`);
    return ok;
  });
}

/** The glossary's key order (rules after aliases, as the precision branch writes them). */
function ordered(e: GlossaryEntry): GlossaryEntry {
  const raw = e as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (raw[k] !== undefined) out[k] = raw[k];
  return out as unknown as GlossaryEntry;
}
const glossary = [...base, ...accepted].map(ordered);
writeFileSync(GLOSSARY, JSON.stringify(glossary, null, 1) + '\n');

// Q&A terms: what the recogniser now finds in each Q&A
const index = buildTermIndex(glossary);
for (const q of qa) {
  const used = new Set(recognize(index, q.question + '\n' + answerText(q)).flatMap((s) => s.ids));
  const added = [...used].filter((id) => !q.terms.includes(id));
  if (added.length) note('qa terms added (review)', `${q.id}: +${added.join(', ')}`);
  q.terms = [...q.terms, ...added];
}
writeFileSync(QA, JSON.stringify(qa, null, 2) + '\n');

for (const [kind, msgs] of Object.entries(log)) {
  console.log(`\n## ${kind} (${msgs.length})`);
  for (const m of msgs) console.log('  ' + m);
}
const byCat: Record<string, number> = {};
for (const e of glossary) byCat[e.category] = (byCat[e.category] ?? 0) + 1;
console.log('\nper writer accepted', perWriter, 'total', glossary.length);
console.log('by category', byCat);
