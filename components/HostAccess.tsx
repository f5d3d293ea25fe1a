interface Props {
  onAllow: () => void;
}

/**
 * Shown when the browser has not given ImmunoLens access to pages (Firefox asks the user for it in Manifest V3;
 * Chrome lets users restrict it). Without it the bubble cannot appear; search keeps working.
 * See docs/browser-quirks.md#firefox-mv3-host-access-is-the-users
 */
export function HostAccess({ onAllow }: Props) {
  return (
    <div class="host-access" role="region" aria-label="Page access">
      <p>
        To explain terms you select on web pages, ImmunoLens needs your permission to run on them. It reads
        only the text you select, sends nothing anywhere, and works offline.
      </p>
      <button type="button" class="primary" onClick={onAllow}>
        Allow on all sites
      </button>
    </div>
  );
}
