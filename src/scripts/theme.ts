import type { ThemePreference } from '../domain/progress';
import { KEYS } from '../stores/storage';
import { readThemePreference, saveThemePreference, themeStore } from '../stores/theme';

/** Still fired on window after the theme changes, for listeners that predate `themeStore`. */
export const THEME_EVENT = 'cdc:theme';

const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** The colours in force: the stored choice, or the system's. */
export function effectiveTheme(pref: ThemePreference): 'light' | 'dark' {
  return pref === 'system' ? (systemDark() ? 'dark' : 'light') : pref;
}

function apply(pref: ThemePreference): void {
  const t = effectiveTheme(pref);
  document.documentElement.dataset['theme'] = t;
  const btn = document.getElementById('theme-toggle');
  if (btn) {
    // A toggle button keeps one name; aria-pressed says whether the dark theme is on.
    btn.setAttribute('aria-pressed', String(t === 'dark'));
  }
  const before = themeStore.get();
  themeStore.set({ preference: pref, effective: t });
  if (before !== undefined && before.effective !== t) dispatchEvent(new CustomEvent(THEME_EVENT, { detail: t }));
}

/** Wires the theme toggle; a corrupt stored theme is set aside with a notice. */
export function initTheme(): void {
  apply(readThemePreference());
  const pref = () => themeStore.get()?.preference ?? 'system';
  const btn = document.getElementById('theme-toggle');
  if (btn) {
    btn.hidden = false;
    btn.addEventListener('click', () => {
      const next = effectiveTheme(pref()) === 'dark' ? 'light' : 'dark';
      saveThemePreference(next);
      apply(next);
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (pref() === 'system') apply('system');
  });
  // Another tab chose a theme: follow it.
  addEventListener('storage', (e) => {
    if (e.key === KEYS.theme) apply(readThemePreference());
  });
}
