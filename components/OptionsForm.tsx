import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REDIRECT_PERMISSION } from '@/utils/pdf/redirect';
import { FONT_SIZES, type Settings, type Theme, type TriggerMode } from '@/utils/settings/settings';
import { addSite as addToSites } from '@/utils/settings/sites';
import { Checkbox } from './Checkbox';
import { PrivateWindows } from './options/PrivateWindows';
import { BackupOptions } from './options/BackupOptions';
import { PackOptions } from './options/PackOptions';
import { LensOptions } from './options/LensOptions';
import { RadioGroup } from './RadioGroup';
import { KeyboardHelp } from './options/KeyboardHelp';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  onClearHistory: () => void;
}

const TRIGGERS: ReadonlyArray<readonly [TriggerMode, string]> = [
  ['selection', 'When I select a term'],
  ['alt', 'Only when I hold Alt while selecting'],
  ['dblclick', 'Only when I double-click a word'],
  ['off', 'Never by itself (context menu and shortcut still work)'],
];
const THEME_LABELS: ReadonlyArray<readonly [Theme, string]> = [
  ['system', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** Every setting, saved as soon as it changes. */
export function OptionsForm({ settings, onChange, onClearHistory }: Props) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const addSite = (event: Event) => {
    event.preventDefault();
    const added = addToSites(settings.disabledSites, site);
    if ('error' in added) {
      setSiteError(added.error);
      return;
    }
    setSiteError('');
    setSite('');
    if (added.sites.length !== settings.disabledSites.length) onChange({ disabledSites: added.sites });
  };
  const [pdfPermissionRefused, setPdfPermissionRefused] = useState(false);
  // Asked from the click itself (a user gesture), and only when the option is turned on; refused keeps it off.
  const setOpenPdfs = (on: boolean) => {
    if (!on) {
      onChange({ openPdfsInReader: false });
      return;
    }
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ permissions: [REDIRECT_PERMISSION] });
    } catch {
      asked = Promise.resolve(false);
    }
    void asked.then(
      (granted) => {
        setPdfPermissionRefused(!granted);
        onChange({ openPdfsInReader: granted });
      },
      () => {
        setPdfPermissionRefused(true);
        onChange({ openPdfsInReader: false });
      },
    );
  };
  return (
    <div class="options">
      <fieldset>
        <legend>Show the bubble</legend>
        <RadioGroup
          name="trigger"
          choices={TRIGGERS}
          value={settings.trigger}
          onChange={(trigger) => onChange({ trigger })}
        />
        <Checkbox
          name="editableFields"
          checked={settings.editableFields}
          onChange={(editableFields) => onChange({ editableFields })}
        >
          Also in text fields and editable areas (never in password fields)
        </Checkbox>
      </fieldset>

      <fieldset>
        <legend>Sites where ImmunoLens stays quiet</legend>
        {settings.disabledSites.length > 0 ? (
          <ul class="site-list" aria-label="Disabled sites">
            {settings.disabledSites.map((s) => (
              <li key={s}>
                <span>{s}</span>
                <button
                  type="button"
                  class="text-button"
                  aria-label={`Remove ${s}`}
                  onClick={() => onChange({ disabledSites: settings.disabledSites.filter((x) => x !== s) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">None. You can also switch a site off from the toolbar popup.</p>
        )}
        <form class="add-site" onSubmit={addSite}>
          <label for="add-site">Add a site</label>
          <input
            id="add-site"
            name="site"
            type="text"
            inputMode="url"
            placeholder="example.org"
            value={site}
            aria-invalid={siteError !== ''}
            aria-describedby={siteError ? 'add-site-error' : undefined}
            onInput={(e) => setSite((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
        {siteError ? (
          <p id="add-site-error" class="error" role="alert">
            {siteError}
          </p>
        ) : null}
      </fieldset>

      <LensOptions settings={settings} onChange={onChange} />

      <fieldset>
        <legend>PDFs</legend>
        <Checkbox name="openPdfsInReader" checked={settings.openPdfsInReader} onChange={setOpenPdfs}>
          Open PDFs in the ImmunoLens reader
        </Checkbox>
        <p class="muted" id="open-pdfs-permission">
          Needs the “webNavigation” permission, to see a tab navigate to a .pdf address; ImmunoLens asks for
          it when you turn this on.
        </p>
        {pdfPermissionRefused && !settings.openPdfsInReader ? (
          <p class="error" role="alert">
            The permission was not granted, so PDFs keep opening in the browser’s viewer.
          </p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>Appearance</legend>
        <RadioGroup
          name="theme"
          choices={THEME_LABELS}
          value={settings.theme}
          onChange={(theme) => onChange({ theme })}
        />
        <label class="inline-field">
          Text size
          <select
            name="fontSize"
            value={String(settings.fontSize)}
            onChange={(e) => onChange({ fontSize: Number((e.target as HTMLSelectElement).value) })}
          >
            {FONT_SIZES.map((size) => (
              <option key={size} value={String(size)}>
                {size} %
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <PackOptions />

      <fieldset>
        <legend>Lookup history</legend>
        <Checkbox name="history" checked={settings.history} onChange={(history) => onChange({ history })}>
          Remember recent lookups on this device
        </Checkbox>
        <button type="button" onClick={onClearHistory}>
          Clear history
        </button>
      </fieldset>
      <PrivateWindows />
      <BackupOptions />
      <KeyboardHelp />
    </div>
  );
}
