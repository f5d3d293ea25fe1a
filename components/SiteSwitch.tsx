import { useState } from 'preact/hooks';
import { isSiteDisabled, switchSite } from '@/utils/settings/sites';

interface Props {
  host: string | null;
  /** The sites ImmunoLens is switched off on. */
  disabledSites: readonly string[];
  /** The new list, once the switch has changed it. */
  onChange: (disabledSites: string[]) => void;
}

/**
 * "ImmunoLens on this site": turns the automatic bubble off for one site. A full list (utils/limits.ts) is said
 * so, as the options form does, and the switch stays as it was, rather than dropping the site silently.
 */
export function SiteSwitch({ host, disabledSites, onChange }: Props) {
  const [error, setError] = useState('');
  if (!host)
    return (
      <p class="site-switch muted">ImmunoLens cannot read selections on this page; search works here.</p>
    );
  const toggle = (on: boolean) => {
    const next = switchSite(disabledSites, host, !on);
    setError('error' in next ? next.error : '');
    if ('sites' in next) onChange(next.sites);
  };
  return (
    <div class="site-switch-field">
      <label class="site-switch">
        <input
          type="checkbox"
          role="switch"
          checked={!isSiteDisabled(host, disabledSites)}
          aria-describedby={error ? 'site-switch-error' : undefined}
          onChange={(e) => toggle((e.target as HTMLInputElement).checked)}
        />
        <span>
          ImmunoLens on <strong>{host}</strong>
        </span>
      </label>
      {error ? (
        <p id="site-switch-error" class="error site-switch-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
