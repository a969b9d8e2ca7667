/**
 * The class summary's records, kept in the instructor's browser (issue 13: class hand-in without
 * a server). Scanning learners' QR codes one after another opens the class page once per scan, so
 * the page keeps what it has counted; "Start again" forgets it. Only records the summary accepted
 * are kept. Unreadable saved records are set aside under a backup key with a notice.
 */
import { MAX_FILES, MAX_FILE_CHARS, type ClassFile } from '../domain/progress';
import { KEYS, readChecked, writeRaw } from './storage';

/** Reads saved class records: a JSON list of `{ name, text }`, at most MAX_FILES. */
export function parseClassRecords(
  raw: string | null,
): { ok: true; value: ClassFile[] } | { ok: false; reason: string } {
  if (raw === null) return { ok: true, value: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  if (!Array.isArray(data)) return { ok: false, reason: 'it is not a list of records' };
  if (data.length > MAX_FILES) return { ok: false, reason: `it holds more than ${MAX_FILES} records` };
  const value: ClassFile[] = [];
  for (const [i, r] of data.entries()) {
    const ok =
      typeof r === 'object' &&
      r !== null &&
      typeof (r as ClassFile).name === 'string' &&
      typeof (r as ClassFile).text === 'string' &&
      (r as ClassFile).name.length <= 120 &&
      (r as ClassFile).text.length <= MAX_FILE_CHARS;
    if (!ok) return { ok: false, reason: `record ${i + 1} is not a name and a file's text` };
    value.push({ name: (r as ClassFile).name, text: (r as ClassFile).text });
  }
  return { ok: true, value };
}

/** The records this browser keeps for the class summary. */
export function readClassRecords(): ClassFile[] {
  return readChecked(KEYS.classRecords, 'class records', parseClassRecords, () => []);
}

/** Keeps the records (an empty list forgets them); false when the browser refuses. */
export function saveClassRecords(records: readonly ClassFile[]): boolean {
  return writeRaw(KEYS.classRecords, records.length === 0 ? null : JSON.stringify(records), 'the class records');
}
