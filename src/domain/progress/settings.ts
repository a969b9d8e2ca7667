/** Theme preference: follow the system, or a fixed choice. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** Reads a stored theme; anything else is `null` (unreadable). A missing value means 'system'. */
export function parseTheme(raw: string | null): ThemePreference | null {
  if (raw === null) return 'system';
  return raw === 'light' || raw === 'dark' || raw === 'system' ? raw : null;
}

/** Workshop codes: 3 to 32 letters, digits or hyphens, case-insensitive (stored in lower case). */
const WORKSHOP = /^[a-z0-9](?:[a-z0-9-]{1,30})[a-z0-9]$/;

/**
 * Checks a workshop code typed in a URL (`?workshop=CODE`) or stored earlier.
 * @returns the normalised code, or a sentence saying what is wrong
 */
export function parseWorkshopCode(raw: string): { ok: true; code: string } | { ok: false; reason: string } {
  const code = raw.trim().toLowerCase();
  if (WORKSHOP.test(code)) return { ok: true, code };
  return {
    ok: false,
    reason: 'a workshop code has 3 to 32 letters, digits or hyphens (for example "cloud-2026-a")',
  };
}
