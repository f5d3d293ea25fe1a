/**
 * The shape of a pack and of each entry, checked with valibot. Each check's message is what a person reads after
 * "expected": it says what the field must hold. docs/glossary-pack.schema.json says the same for editors; a test
 * keeps the two in step.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../knowledge/types';
import { MAX_ID_CHARS } from '../limits';

/** Bounds on each text, in characters: the bundled glossary's longest, with room. */
export const PACK_TEXT_LIMITS = {
  name: 200,
  short: 60,
  alias: 200,
  aliases: 50,
  summary: 600,
  explanation: 5000,
  inCancer: 5000,
  ref: 200,
  links: 50,
  packName: 100,
  version: 40,
  licence: 200,
  source: 500,
} as const;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const text = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} as text`),
    v.check((s) => s.trim() !== '', `${what}, not empty`),
    v.maxLength(max, `${what} of at most ${max} characters`),
  );

const id = (what: string) =>
  v.pipe(
    v.string(`${what} as text`),
    v.maxLength(MAX_ID_CHARS, `${what} of at most ${MAX_ID_CHARS} characters`),
    v.regex(ID_PATTERN, `${what} in kebab case: lower-case letters, digits and hyphens (such as “il-12”)`),
  );

const list = <T extends v.GenericSchema>(item: T, what: string, max: number) =>
  v.pipe(v.array(item, `a list of ${what}`), v.maxLength(max, `at most ${max} ${what}`));

export const CATEGORY_KEYS = Object.keys(CATEGORIES) as (keyof typeof CATEGORIES)[];

const L = PACK_TEXT_LIMITS;

export const RuleSchema = v.strictObject(
  {
    case: v.picklist(['exact', 'any'], '“exact” or “any”'),
    context: v.optional(v.boolean('true or false')),
  },
  'a rule such as { "case": "exact" }',
);

export const RefsSchema = v.strictObject(
  {
    hgncSymbol: v.optional(text('an HGNC gene symbol', L.ref)),
    hgncId: v.optional(text('an HGNC id', L.ref)),
    uniprot: v.optional(text('a UniProt accession', L.ref)),
    ncit: v.optional(text('an NCI Thesaurus code', L.ref)),
    mesh: v.optional(text('a MeSH id', L.ref)),
  },
  'identifiers named hgncSymbol, hgncId, uniprot, ncit or mesh',
);

export const EntrySchema = v.strictObject(
  {
    id: id('an id'),
    name: text('a name', L.name),
    short: v.optional(text('a short name', L.short)),
    aliases: v.optional(list(text('an alias', L.alias), 'aliases', L.aliases), []),
    rules: v.optional(v.record(v.string(), RuleSchema, 'names mapped to rules')),
    category: v.picklist(CATEGORY_KEYS, `one of ${CATEGORY_KEYS.join(', ')}`),
    summary: text('a one-line summary', L.summary),
    explanation: text('an explanation', L.explanation),
    inCancer: v.optional(text('a text on its role in cancer', L.inCancer)),
    related: v.optional(list(id('an entry id'), 'entry ids', L.links), []),
    qa: v.optional(list(id('a question id'), 'question ids', L.links), []),
    refs: v.optional(RefsSchema, {}),
  },
  'an entry with id, name, category, summary and explanation',
);

export const PackInfoSchema = v.object(
  {
    name: text('a pack name', L.packName),
    version: text('a version such as “1.0”', L.version),
    licence: text('a licence such as “CC BY 4.0”', L.licence),
    source: text('who made the pack, or where it comes from', L.source),
  },
  'a pack: an object with name, version, licence, source and entries',
);

export type EntryInput = v.InferOutput<typeof EntrySchema>;
