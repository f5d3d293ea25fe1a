interface Props {
  host: string | null;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** "ImmunoLens on this site": turns the automatic bubble off for one site. */
export function SiteSwitch({ host, enabled, onChange }: Props) {
  if (!host)
    return (
      <p class="site-switch muted">ImmunoLens cannot read selections on this page; search works here.</p>
    );
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />
      <span>
        ImmunoLens on <strong>{host}</strong>
      </span>
    </label>
  );
}
