/**
 * The theme as a nanostores atom: the shell's toggle sets it, and whatever draws in colours
 * (Mermaid diagrams, the Compose visualiser, a future cluster view) subscribes to it instead of
 * listening for a window event (docs/decisions/0006). The stored preference is read through
 * `readChecked`, so a corrupt value is set aside with a notice; another tab's choice is followed.
 */
import { atom } from 'nanostores';
import { parseTheme, type ThemePreference } from '../domain/progress';
import { KEYS, readChecked, writeRaw } from './storage';

export interface ThemeState {
  /** What the learner chose ('system' follows the operating system). */
  preference: ThemePreference;
  /** The colours in force. */
  effective: 'light' | 'dark';
}

/** `undefined` until the shell has read the preference (and at build time). */
export const themeStore = atom<ThemeState | undefined>(undefined);

/** Reads the stored preference; a value that is not light, dark or system is set aside. */
export function readThemePreference(): ThemePreference {
  return readChecked(
    KEYS.theme,
    'theme',
    (raw) => {
      const t = parseTheme(raw);
      return t
        ? { ok: true, value: t }
        : { ok: false, reason: `"${(raw ?? '').slice(0, 20)}" is not light, dark or system` };
    },
    () => 'system' as ThemePreference,
  );
}

/** Remembers the learner's choice. */
export function saveThemePreference(pref: ThemePreference): void {
  writeRaw(KEYS.theme, pref);
}
