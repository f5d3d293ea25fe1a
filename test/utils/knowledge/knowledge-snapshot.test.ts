import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge, knowledgeWithPacks } from '@/utils/knowledge/knowledge';
import { restoreKnowledge, serializeKnowledge } from '@/utils/knowledge/knowledge-snapshot';
import { preparePackImport } from '@/utils/packs/import-pack';
import { known } from '../packs/pack-fixtures';

function withExample() {
  const text = readFileSync('docs/examples/example-pack.json', 'utf8');
  const outcome = preparePackImport(
    text,
    { fileName: 'example-pack.json', bytes: text.length, format: 'json' },
    known,
    [],
    1,
  );
  if (!outcome.ok) throw new Error('example refused');
  return knowledgeWithPacks([{ name: outcome.pack.name, entries: outcome.pack.entries }]);
}

describe('the merged glossary’s snapshot', () => {
  it('gives back every entry by id, the whole glossary in order and the search-only names', () => {
    const knowledge = withExample();
    const restored = restoreKnowledge(structuredClone(serializeKnowledge(knowledge)), bundledKnowledge().qa)!;
    expect(restored).not.toBeNull();
    expect(restored.termById.size).toBe(knowledge.termById.size);
    for (const id of ['mc38', 'il-12', 'fmo-control']) {
      expect(restored.termById.has(id)).toBe(true);
      expect(restored.termById.get(id)).toEqual(knowledge.termById.get(id));
    }
    expect(restored.termById.get('no-such-entry')).toBeUndefined();
    expect([...restored.termById.keys()]).toEqual([...knowledge.termById.keys()]);
    expect(restored.glossary).toEqual(knowledge.glossary);
    expect(restored.searchOnly).toEqual(knowledge.searchOnly);
    expect(restored.qaById.get(knowledge.qa[0]!.id)).toEqual(knowledge.qa[0]);
  });

  it('refuses another version, another kind or a damaged value', () => {
    const snapshot = serializeKnowledge(withExample());
    const qa = bundledKnowledge().qa;
    expect(restoreKnowledge({ ...snapshot, version: 99 }, qa)).toBeNull();
    expect(restoreKnowledge({ ...snapshot, kind: 'x' }, qa)).toBeNull();
    expect(restoreKnowledge({ ...snapshot, starts: snapshot.starts.slice(1) }, qa)).toBeNull();
    expect(restoreKnowledge({ ...snapshot, searchOnly: '{' }, qa)).toBeNull();
    expect(restoreKnowledge({ ...snapshot, ids: `${snapshot.ids}\u0000extra` }, qa)).toBeNull();
    expect(restoreKnowledge(null, qa)).toBeNull();
    expect(restoreKnowledge('text', qa)).toBeNull();
  });
});
