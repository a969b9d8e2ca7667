/** Keyboard model of the tabs (WAI-ARIA APG): left and right arrows wrap around, Home and End jump. */

/** The tab a key moves to from `current`, or null when the key is not a tab key. */
export function nextTab(ids: readonly string[], current: string, key: string): string | null {
  const at = Math.max(0, ids.indexOf(current));
  const n = ids.length;
  if (n === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return ids[(at + 1) % n] ?? null;
    case 'ArrowLeft':
      return ids[(at - 1 + n) % n] ?? null;
    case 'Home':
      return ids[0] ?? null;
    case 'End':
      return ids[n - 1] ?? null;
    default:
      return null;
  }
}
