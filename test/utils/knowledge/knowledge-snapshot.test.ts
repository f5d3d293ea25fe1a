import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge, knowledgeWithPacks } from '@/utils/knowledge/knowledge';
import {
  chunkOf,
  restoreKnowledge,
  restoreKnowledgeHead,
  serializeKnowledge,
} from '@/utils/knowledge/knowledge-snapshot';
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
    const snapshot = serializeKnowledge(withExample(), 100);
    const { head, chunks } = snapshot;
    const qa = bundledKnowledge().qa;
    const withChunk = (n: number, change: object) => ({
      head,
      chunks: chunks.map((c, i) => (i === n ? { ...c, ...change } : c)),
    });
    expect(restoreKnowledge(structuredClone(snapshot), qa)).not.toBeNull();
    expect(restoreKnowledge({ head: { ...head, version: 99 }, chunks }, qa)).toBeNull();
    expect(restoreKnowledge({ head: { ...head, kind: 'x' }, chunks }, qa)).toBeNull();
    expect(restoreKnowledge({ head: { ...head, searchOnly: '{' }, chunks }, qa)).toBeNull();
    expect(restoreKnowledge({ head: { ...head, count: head.count + 1 }, chunks }, qa)).toBeNull();
    expect(restoreKnowledge({ head, chunks: chunks.slice(1) }, qa)).toBeNull();
    expect(restoreKnowledge(withChunk(0, { version: 1 }), qa)).toBeNull();
    expect(restoreKnowledge(withChunk(0, { chunk: 1 }), qa)).toBeNull();
    expect(restoreKnowledge(withChunk(1, { starts: chunks[1]!.starts.slice(1) }), qa)).toBeNull();
    expect(restoreKnowledge(withChunk(1, { ids: `${chunks[1]!.ids}\u0000extra` }), qa)).toBeNull();
    expect(restoreKnowledge(withChunk(1, { rows: chunks[1]!.rows.map(() => 1e9) }), qa)).toBeNull();
    // Every chunk well formed, but two give an entry the same place: the glossary's order has a hole.
    expect(restoreKnowledge(withChunk(1, { rows: chunks[1]!.rows.map(() => 0) }), qa)).toBeNull();
    // The layout of version 1 (one record of the whole glossary).
    expect(
      restoreKnowledge({ kind: 'immunolens-knowledge', version: 1, ids: '', bytes: new Uint8Array() }, qa),
    ).toBeNull();
    expect(restoreKnowledge(null, qa)).toBeNull();
    expect(restoreKnowledge('text', qa)).toBeNull();
  });

  it('puts every entry in the chunk its id names, about a thousand a chunk', () => {
    const knowledge = withExample();
    expect(serializeKnowledge(knowledge).head.chunks).toBe(Math.ceil(knowledge.glossary.length / 1000));
    const { head, chunks } = serializeKnowledge(knowledge, 100);
    expect(head.count).toBe(knowledge.glossary.length);
    expect(head.chunks).toBe(Math.ceil(knowledge.glossary.length / 100));
    for (const chunk of chunks)
      for (const id of chunk.ids.split('\u0000')) expect(chunkOf(id, head.chunks)).toBe(chunk.chunk);
  });

  it('from its head alone, answers an entry once its chunk is read, and lists the glossary once all are', async () => {
    const knowledge = withExample();
    const { head, chunks } = serializeKnowledge(knowledge, 100);
    // Two chunks at least, so that one can be unread while another is.
    expect(chunks.length).toBeGreaterThan(1);
    const reads: number[] = [];
    const restored = restoreKnowledgeHead(structuredClone(head), knowledge.qa, async (n) => {
      reads.push(n);
      return structuredClone(chunks[n]);
    })!;
    expect(restored.complete).toBe(false);
    expect(restored.termById.size).toBe(knowledge.termById.size);
    // Unread: answered as absent, and noted.
    expect(restored.termById.get('mc38')).toBeUndefined();
    expect(restored.termById.has('il-12')).toBe(false);
    expect(restored.takeMissing().sort()).toEqual(['il-12', 'mc38']);
    expect(restored.takeMissing()).toEqual([]);
    expect(() => restored.glossary).toThrow(/still being read/);
    expect(await restored.readFor(['mc38'])).toBe(true);
    expect(reads).toEqual([chunkOf('mc38', head.chunks)]);
    expect(restored.termById.get('mc38')).toEqual(knowledge.termById.get('mc38'));
    expect(restored.takeMissing()).toEqual([]);
    expect(await restored.readAll()).toBe(true);
    expect(restored.complete).toBe(true);
    // Each chunk read once.
    expect(reads.sort((a, b) => a - b)).toEqual(chunks.map((_, n) => n));
    expect(restored.glossary).toEqual(knowledge.glossary);
    expect([...restored.termById.keys()]).toEqual([...knowledge.termById.keys()]);
    expect(restored.searchOnly).toEqual(knowledge.searchOnly);
  });

  it('says so when a chunk is missing or damaged', async () => {
    const knowledge = withExample();
    const { head, chunks } = serializeKnowledge(knowledge, 100);
    const missing = restoreKnowledgeHead(head, knowledge.qa, async (n) => (n === 1 ? undefined : chunks[n]))!;
    expect(await missing.readAll()).toBe(false);
    expect(missing.complete).toBe(false);
    const failing = restoreKnowledgeHead(head, knowledge.qa, () => Promise.reject(new Error('closed')))!;
    expect(await failing.readFor(['mc38'])).toBe(false);
    expect(restoreKnowledgeHead({ ...head, version: 1 }, knowledge.qa, async () => undefined)).toBeNull();
    expect(
      restoreKnowledgeHead({ ...head, searchOnly: '[' }, knowledge.qa, async () => undefined),
    ).toBeNull();
  });
});
