/**
 * Instructor mode (issue 13): whether this browser shows the lessons' instructor notes. Kept in
 * localStorage beside the theme and read through `readChecked`, so a corrupt value is set aside
 * with a notice and the mode falls back to off. The inline head script in BaseLayout reads the
 * same key (only the exact value "on" counts) so notes are shown from the first paint.
 *
 * This only hides notes from view: they are in every page's HTML for anyone who looks.
 */
import { readChecked, writeRaw } from './storage';

/** The localStorage key (read before first paint by BaseLayout's inline script too). */
export const INSTRUCTOR_KEY = 'cdc:instructor';

/** Reads a stored value: "on" or "off" (or nothing, which is off); anything else is refused. */
export function parseInstructorMode(raw: string | null): { ok: true; value: boolean } | { ok: false; reason: string } {
  if (raw === null || raw === 'off') return { ok: true, value: false };
  if (raw === 'on') return { ok: true, value: true };
  return { ok: false, reason: `"${raw.slice(0, 20)}" is not on or off` };
}

/** Whether instructor mode is on in this browser (false when storage is blocked or corrupt). */
export function readInstructorMode(): boolean {
  return readChecked(INSTRUCTOR_KEY, 'instructor mode', parseInstructorMode, () => false);
}

/** Remembers the choice; returns false when the browser refused to store it. */
export function saveInstructorMode(on: boolean): boolean {
  return writeRaw(INSTRUCTOR_KEY, on ? 'on' : 'off');
}
