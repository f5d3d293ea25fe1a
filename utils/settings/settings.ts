/** ImmunoLens settings: their shape, defaults, and how a stored value of any age or state becomes a valid one. */

export const TRIGGER_MODES = ['selection', 'alt', 'dblclick', 'off'] as const;
export type TriggerMode = (typeof TRIGGER_MODES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const FONT_SIZES = [85, 100, 115, 130, 150] as const;

export interface Settings {
  /** When the bubble appears by itself: on any selection, only with Alt held, only on double-click, or never. */
  trigger: TriggerMode;
  /** Host names where the bubble never appears by itself (sub-domains included). */
  disabledSites: string[];
  theme: Theme;
  /** Text size of the bubble and popup, in per cent. */
  fontSize: number;
  /** Keep a list of recent lookups on this device. */
  history: boolean;
  /** Also react to selections inside text fields and editable regions. */
  editableFields: boolean;
  /** Send top-level PDF navigations to the ImmunoLens reader (needs the optional "webNavigation" permission). */
  openPdfsInReader: boolean;
  /** The lens: mark every known term in the visible text of pages (utils/lens/lens-state.ts says where). */
  highlightTerms: boolean;
  /** Sites where the lens is on although `highlightTerms` is off (the popup's per-site switch). */
  lensOnSites: string[];
  /** Sites where the lens is off although `highlightTerms` is on. */
  lensOffSites: string[];
}

// Pure, so that a script importing only SETTINGS_KEY (content.js) does not keep the defaults.
export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  trigger: 'selection',
  disabledSites: [],
  theme: 'system',
  fontSize: 100,
  history: true,
  editableFields: false,
  openPdfsInReader: false,
  highlightTerms: false,
  lensOnSites: [],
  lensOffSites: [],
});

/** A fresh copy of the defaults, with a list of its own that a caller may change. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [], lensOnSites: [], lensOffSites: [] };
}

/** The key settings are stored under in `storage.local` (WXT's `local:settings` item). */
export const SETTINGS_KEY = 'settings';
