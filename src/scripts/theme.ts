import { parseTheme, type ThemePreference } from '../domain/progress';
import { KEYS, readChecked, writeRaw } from '../stores/storage';

/** Fired on window after the theme changes, so diagrams can re-render in the new colours. */
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
  dispatchEvent(new CustomEvent(THEME_EVENT, { detail: t }));
}

/** Wires the theme toggle; a corrupt stored theme is set aside with a notice. */
export function initTheme(): void {
  let pref = readChecked(
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
  apply(pref);
  const btn = document.getElementById('theme-toggle');
  if (btn) {
    btn.hidden = false;
    btn.addEventListener('click', () => {
      pref = effectiveTheme(pref) === 'dark' ? 'light' : 'dark';
      writeRaw(KEYS.theme, pref);
      apply(pref);
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (pref === 'system') apply(pref);
  });
}
