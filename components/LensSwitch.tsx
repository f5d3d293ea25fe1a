import type { Settings } from '@/utils/settings/settings';
import { isSiteDisabled } from '@/utils/settings/sites';
import { lensOnFor, lensSiteChange } from '@/utils/lens/lens-state';

interface Props {
  host: string | null;
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** "Highlight terms on <site>": the lens on or off for one site, against the option's choice for all sites. */
export function LensSwitch({ host, settings, onChange }: Props) {
  // Where ImmunoLens is off (or cannot run), the lens is too: the site switch above says so.
  if (!host || isSiteDisabled(host, settings.disabledSites)) return null;
  return (
    <label class="site-switch lens-switch">
      <input
        type="checkbox"
        role="switch"
        name="lensSite"
        checked={lensOnFor(settings, host)}
        onChange={(e) => onChange(lensSiteChange(settings, host, (e.target as HTMLInputElement).checked))}
      />
      <span>
        Highlight terms on <strong>{host}</strong>
      </span>
    </label>
  );
}
