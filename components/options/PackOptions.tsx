import { useEffect, useState } from 'preact/hooks';
import { PACKS_CHANGED_CHANNEL, type PackImportReply } from '@/utils/messages/packs';
import { sendToBackground } from '@/utils/messages/transport';
import { describeConflict } from '@/utils/packs/alias-conflicts';
import { describeError, errorsHeading } from '@/utils/packs/pack-errors';
import { importFraction, importStepText } from '@/utils/packs/import-progress';
import type { PackSummary } from '@/utils/packs/pack';
import { downloadText } from '../download';
import { importPackFile, packFileText, type ImportStage } from '../pack-client';

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const date = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' });

function stageText(stage: ImportStage): string {
  if (stage.stage === 'reading') return 'Reading the file…';
  if (stage.stage === 'sending') return `Sending the file… (${stage.done} of ${stage.total})`;
  return stage.step ? importStepText(stage.step) : 'Checking and saving the pack…';
}

/** The bar's value out of 1: the file sent, then the background's check and save (each half of the bar). */
function stageFraction(stage: ImportStage): number | undefined {
  if (stage.stage === 'sending') return (0.5 * stage.done) / stage.total;
  if (stage.stage === 'checking') return 0.5 + 0.5 * (stage.step ? importFraction(stage.step) : 0);
  return undefined;
}

/** Options section "Glossary packs": import by file or drop, list, enable or disable, export, remove. */
export function PackOptions() {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [reply, setReply] = useState<PackImportReply | null>(null);
  const [dropping, setDropping] = useState(false);
  const reload = () => sendToBackground('listPacks', {}).then(setPacks, () => setPacks([]));
  useEffect(() => {
    void reload();
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PACKS_CHANGED_CHANNEL);
    channel.onmessage = () => void reload();
    return () => channel.close();
  }, []);

  async function importFile(file: File | undefined) {
    if (!file || stage) return;
    setReply(null);
    try {
      setReply(await importPackFile(file, setStage));
    } catch (error) {
      setReply({
        ok: false,
        errors: [{ file: file.name, expected: 'the import to finish', found: String(error) }],
        total: 1,
      });
    } finally {
      setStage(null);
      await reload();
    }
  }

  async function exportPack(id: string) {
    const file = await packFileText(id);
    if (file) downloadText(file.text, `${file.pack.id}-${file.pack.version}.json`, 'application/json');
  }

  return (
    <fieldset
      class={`packs${dropping ? ' dropping' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDropping(false);
        void importFile(e.dataTransfer?.files[0]);
      }}
    >
      <legend>Glossary packs</legend>
      <p class="muted">
        Add your own terms: a JSON or CSV file in the pack format (see docs/glossary-packs.md). Drop a file
        here or choose one. Packs stay on this device.
      </p>
      <label class="inline-field">
        Import a pack
        <input
          type="file"
          name="pack-file"
          accept=".json,.csv,application/json,text/csv"
          disabled={stage !== null}
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).then(() => (input.value = ''));
          }}
        />
      </label>
      {stage ? (
        <p class="pack-progress" role="status">
          {stageText(stage)} <progress aria-label="Import progress" max={1} value={stageFraction(stage)} />
        </p>
      ) : null}
      {reply ? <ImportResult reply={reply} /> : null}
      {packs && packs.length > 0 ? (
        <ul class="pack-list" aria-label="Installed packs">
          {packs.map((p) => (
            <li key={p.id} class="pack-row" data-pack={p.id}>
              <label class="pack-name">
                <input
                  type="checkbox"
                  checked={p.enabled}
                  onChange={(e) =>
                    void sendToBackground('setPackEnabled', {
                      id: p.id,
                      enabled: e.currentTarget.checked,
                    }).then(reload)
                  }
                />{' '}
                {p.name}
              </label>
              <span class="muted pack-facts">
                version {p.version} · {p.entryCount.toLocaleString()}{' '}
                {p.entryCount === 1 ? 'entry' : 'entries'} · {size(p.bytes)} · imported {date(p.importedAt)} ·{' '}
                {p.licence} · {p.source}
              </span>
              <span class="pack-actions">
                <button
                  type="button"
                  class="text-button"
                  aria-label={`Export ${p.name}`}
                  onClick={() => void exportPack(p.id)}
                >
                  Export
                </button>
                <button
                  type="button"
                  class="text-button"
                  aria-label={`Remove ${p.name}`}
                  onClick={() => void sendToBackground('removePack', { id: p.id }).then(reload)}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : packs ? (
        <p class="muted">No packs yet.</p>
      ) : null}
    </fieldset>
  );
}

function ImportResult({ reply }: { reply: PackImportReply }) {
  if (!reply.ok)
    return (
      <div class="pack-errors" role="alert">
        <p class="error">{errorsHeading(reply)}</p>
        <ul>
          {reply.errors.map((e, i) => (
            <li key={i}>{describeError(e)}</li>
          ))}
        </ul>
      </div>
    );
  const { pack, clashes } = reply;
  return (
    <div class="pack-imported" role="status">
      <p>
        {reply.replaced ? 'Replaced' : 'Imported'} “{pack.name}” {pack.version}:{' '}
        {pack.entryCount.toLocaleString()} {pack.entryCount === 1 ? 'entry' : 'entries'}.
      </p>
      {clashes.overrides.length > 0 ? (
        <Notes
          heading="Entries that replace and extend an entry of the same id"
          items={clashes.overrides.map((o) => `${o.entry} (in ${o.source})`)}
        />
      ) : null}
      {clashes.conflicts.length > 0 ? (
        <Notes
          heading={`Names shared with other entries (${clashes.conflictTotal.toLocaleString()}): a selection of one shows both`}
          items={clashes.conflicts.map(describeConflict)}
        />
      ) : null}
      {pack.warnings.length > 0 ? (
        <Notes heading="Imported differently from how they were written" items={pack.warnings} />
      ) : null}
    </div>
  );
}

function Notes({ heading, items }: { heading: string; items: readonly string[] }) {
  return (
    <>
      <p class="section-label">{heading}</p>
      <ul class="pack-notes">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
