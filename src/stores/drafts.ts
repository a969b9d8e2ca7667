/**
 * Answers typed but not yet checked, kept for this tab's session (sessionStorage), so a reload
 * does not lose them; a checked answer moves into progress. Never throws: where storage is
 * blocked, drafts simply do not survive a reload.
 */
const PREFIX = 'cdc:draft:';
const MAX_DRAFT_CHARS = 500;

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The draft of one question (a typed text, or the ids of the choices ticked), if any. */
export function readDraft(key: string): string | string[] | null {
  try {
    const raw = session()?.getItem(PREFIX + key);
    if (raw == null || raw.length > MAX_DRAFT_CHARS * 4) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v === 'string') return v.slice(0, MAX_DRAFT_CHARS);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.slice(0, 50) as string[];
    return null;
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) a draft. */
export function writeDraft(key: string, value: string | string[] | null): void {
  try {
    const s = session();
    if (!s) return;
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) s.removeItem(PREFIX + key);
    else s.setItem(PREFIX + key, JSON.stringify(typeof value === 'string' ? value.slice(0, MAX_DRAFT_CHARS) : value));
  } catch {
    /* storage full or blocked: the draft is only lost on reload */
  }
}
