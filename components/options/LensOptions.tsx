import type { Settings } from '@/utils/settings/settings';
import { Checkbox } from '../Checkbox';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** The lens option: mark known terms on pages (off by default; the popup switches it per site). */
export function LensOptions({ settings, onChange }: Props) {
  return (
    <fieldset>
      <legend>Lens</legend>
      <Checkbox
        name="highlightTerms"
        checked={settings.highlightTerms}
        onChange={(highlightTerms) => onChange({ highlightTerms })}
      >
        Highlight known terms on pages
      </Checkbox>
      <p class="muted" id="highlight-terms-note">
        Marks every term ImmunoLens knows in the text you see, without changing the page. Hover a mark, or
        press Alt+N and Alt+P to go from one to the next, to see its explanation. The popup turns it on or off
        for one site, and a keyboard shortcut for the current tab.
      </p>
    </fieldset>
  );
}
