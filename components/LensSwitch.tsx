import { useState } from 'preact/hooks';
import { MAX_DISABLED_SITES } from '@/utils/limits';
import type { Settings } from '@/utils/settings/settings';
import { isSiteDisabled, siteListFull } from '@/utils/settings/sites';
import { lensOnFor, lensSiteChange } from '@/utils/lens/lens-state';

interface Props {
  host: string | null;
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/**
 * "Highlight terms on <site>": the lens on or off for one site, against the option's choice for all sites. Its
 * lists hold at most MAX_DISABLED_SITES sites, as the disabled sites do: a change that needs one more is refused
 * with a message (the settings' writer would drop the site silently).
 */
export function LensSwitch({ host, settings, onChange }: Props) {
  const [error, setError] = useState('');
  // Where ImmunoLens is off (or cannot run), the lens is too: the site switch above says so.
  if (!host || isSiteDisabled(host, settings.disabledSites)) return null;
  const toggle = (on: boolean) => {
    const change = lensSiteChange(settings, host, on);
    const grows =
      change.lensOnSites.length > settings.lensOnSites.length ||
      change.lensOffSites.length > settings.lensOffSites.length;
    const full =
      grows && Math.max(change.lensOnSites.length, change.lensOffSites.length) > MAX_DISABLED_SITES;
    setError(
      full ? siteListFull(host, 'Return one of them to the choice of “Highlight known terms on pages”') : '',
    );
    if (!full) onChange(change);
  };
  return (
    <div class="site-switch-field">
      <label class="site-switch lens-switch">
        <input
          type="checkbox"
          role="switch"
          name="lensSite"
          checked={lensOnFor(settings, host)}
          aria-describedby={error ? 'lens-switch-error' : undefined}
          onChange={(e) => toggle((e.target as HTMLInputElement).checked)}
        />
        <span>
          Highlight terms on <strong>{host}</strong>
        </span>
      </label>
      {error ? (
        <p id="lens-switch-error" class="error site-switch-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
