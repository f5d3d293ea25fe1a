import { bundledKnowledge } from '@/utils/knowledge/knowledge';
import type { Known } from '@/utils/packs/validate-pack';

const k = bundledKnowledge();
export const known: Known = { termIds: new Set(k.termById.keys()), qaIds: new Set(k.qaById.keys()) };

export const info = { name: 'Smith lab', version: '2', licence: 'CC BY 4.0', source: 'Smith lab wiki' };

export function entry(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'zorvatinib',
    name: 'Zorvatinib',
    aliases: ['ZRV-101'],
    category: 'therapy',
    summary: 'An experimental kinase inhibitor.',
    explanation: 'Zorvatinib blocks a kinase that some tumours depend on.',
    ...over,
  };
}

export const jsonPack = (entries: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ ...info, ...over, entries });

export const CSV_HEAD = '# name: Smith lab\n# version: 2\n# licence: CC BY 4.0\n# source: Smith lab wiki\n';
export const CSV_COLS = 'name,short,aliases,category,summary,explanation,in cancer,identifiers\n';
