/**
 * The attacks and mistakes of the SAS mode, as edits of a token's query string. Each changes
 * exactly one thing and keeps the token well-formed, so verifySas gets past parsing and says
 * what is really wrong (a bad signature). The verdict always comes from verifySas. Shared by the
 * SAS playground and anything else (a quiz, a lesson) that shows what a one-character change does.
 */
import { SAS_PERMISSION_ORDER } from './sas-format.ts';

type Edit = (value: string) => string;

/** Applies `edit` to the decoded value of parameter `name`; the query is unchanged when the parameter is absent. */
export function editParam(query: string, name: string, edit: Edit): string {
  const lead = query.startsWith('?') ? '?' : '';
  const pairs = (lead ? query.slice(1) : query).split('&');
  let done = false;
  const out = pairs.map((pair) => {
    if (done || !pair.startsWith(`${name}=`)) return pair;
    let edited: string;
    try {
      // Both directions throw on broken text (a bad %-escape, a lone surrogate): leave such a pair as it is.
      edited = `${name}=${encodeURIComponent(edit(decodeURIComponent(pair.slice(name.length + 1))))}`;
    } catch {
      return pair;
    }
    done = true;
    return edited;
  });
  return lead + out.join('&');
}

/** Changes the first character of the signature (still valid base64, no longer the right HMAC). */
export function tamperSignature(query: string): string {
  return editParam(query, 'sig', (sig) => (sig === '' ? sig : `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`));
}

/** Moves the expiry by one minute (one digit), keeping it a valid SAS time. */
export function tamperExpiry(query: string): string {
  return editParam(query, 'se', (se) => {
    // 2026-12-07T08:00:00Z: the minute's last digit is at index 15.
    const at = se.length >= 16 && se[10] === 'T' ? 15 : 3;
    const digit = Number(se[at]);
    if (!Number.isInteger(digit)) return se;
    return `${se.slice(0, at)}${digit === 9 ? 8 : digit + 1}${se.slice(at + 1)}`;
  });
}

/** Grants one more permission: delete when it is missing, else the first missing letter (order kept). */
export function tamperPermissions(query: string): string {
  return editParam(query, 'sp', (sp) => {
    const missing = [...SAS_PERMISSION_ORDER].filter((l) => !sp.includes(l));
    const add = missing.includes('d') ? 'd' : missing[0];
    if (add === undefined) return sp.slice(0, -1);
    return [...SAS_PERMISSION_ORDER].filter((l) => sp.includes(l) || l === add).join('');
  });
}
