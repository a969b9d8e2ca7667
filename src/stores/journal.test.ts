import { beforeEach, describe, expect, it } from 'vitest';
import { badInputs } from '../../tests/support/bad-inputs';
import { withMemoryStorage } from '../../tests/support/memory-storage';
import { setAnswer } from '../domain/journal';
import { KEYS } from './storage';
import { $journal, JOURNAL_BACKUP_KEY, saveJournal } from './journal';
import { $progress, progressStore, resetProgress, saveProgress } from './progress';
import { exportProgressFile, importProgressFile } from './progress-file';

const NOW = new Date('2026-12-03T10:00:00Z');
const OLD_RECORD = {
  version: 2,
  lessons: { '01-data-in-the-cloud/01-business-requirements': { completedAt: '2026-11-30T09:00:00.000Z' } },
  quizzes: { egress: { q1: { attempts: 1, correct: true, revealed: false, variant: 0 } } },
  seed: 42,
};
const stored = () => JSON.parse(env.storage.getItem(KEYS.progress) ?? 'null') as Record<string, unknown>;

const env = withMemoryStorage();
beforeEach(() => {
  progressStore.set(undefined);
});

describe('the journal kept with progress', () => {
  it('old saved progress (no journal) loads as before, with an empty journal and no notice', () => {
    env.storage.setItem(KEYS.progress, JSON.stringify(OLD_RECORD));
    expect($progress().lessons).toEqual(OLD_RECORD.lessons);
    expect($journal().answers).toEqual({});
    expect(env.notices).toEqual([]);
    expect(stored()).toEqual(OLD_RECORD);
  });

  it('an answer survives a reload, and a quiz saved later does not drop it', () => {
    env.storage.setItem(KEYS.progress, JSON.stringify(OLD_RECORD));
    saveJournal(setAnswer($journal(), 'workload', 'Nightly batch loads.', NOW));
    // Another page (a quiz) saves progress it read before: the journal is written back with it.
    saveProgress({ ...$progress(), seed: 7 });
    progressStore.set(undefined);
    expect($journal().answers['workload']?.text).toBe('Nightly batch loads.');
    expect($progress().seed).toBe(7);
    expect($progress()).not.toHaveProperty('journal');
  });

  it('a save on a page that never reads the journal writes it back as it was, even one it could not read', () => {
    const journal = { answers: 'not answers' };
    env.storage.setItem(KEYS.progress, JSON.stringify({ ...OLD_RECORD, journal }));
    saveProgress({ ...$progress(), seed: 9 });
    expect(stored()).toEqual({ ...OLD_RECORD, seed: 9, journal });
    expect(env.notices).toEqual([]);
  });

  it('a corrupt journal is set aside with a clear notice and nothing else is lost', () => {
    for (const raw of badInputs('storage')) {
      env.storage.data.clear();
      progressStore.set(undefined);
      env.notices.length = 0;
      let journal: unknown = raw;
      try {
        journal = JSON.parse(raw);
      } catch {
        // Not JSON: stored as a string, which is no journal either.
      }
      env.storage.setItem(KEYS.progress, JSON.stringify({ ...OLD_RECORD, journal }));
      expect($progress().lessons, raw.slice(0, 40)).toEqual(OLD_RECORD.lessons);
      expect($progress().quizzes).toEqual(OLD_RECORD.quizzes);
      expect($journal().answers).toEqual({});
      expect(env.notices).toHaveLength(1);
      expect(env.notices[0]).toMatch(
        /^Your saved journal answers could not be read \(journal.*\)\. They were set aside under "cdc:progress:journal-backup"; the rest of your progress was kept\.$/,
      );
      expect(env.storage.getItem(JOURNAL_BACKUP_KEY)).toBe(JSON.stringify(journal));
      expect(stored()).toEqual(OLD_RECORD);
    }
  });

  it('a corrupt record as a whole is still handled by the progress store, and the journal starts empty', () => {
    for (const raw of badInputs('storage')) {
      env.storage.setItem(KEYS.progress, raw);
      progressStore.set(undefined);
      expect(typeof $progress().seed).toBe('number');
      expect($journal().answers).toEqual({});
    }
  });

  it('the progress export includes the journal, and importing it brings the answers back', () => {
    env.storage.setItem(KEYS.progress, JSON.stringify(OLD_RECORD));
    saveJournal(setAnswer($journal(), 'access', 'IRSA roles per pod.', NOW));
    const file = exportProgressFile(NOW);
    expect(JSON.parse(file)).toMatchObject({ app: 'cloud-data-and-containers', lessons: OLD_RECORD.lessons });
    expect(JSON.parse(file).journal.answers.access.text).toBe('IRSA roles per pod.');

    resetProgress();
    expect($journal().answers).toEqual({});
    expect($progress().lessons).toEqual({});
    const r = importProgressFile(file, 1, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) saveProgress(r.value);
    expect($journal().answers['access']?.text).toBe('IRSA roles per pod.');
    expect($progress().lessons).toEqual(OLD_RECORD.lessons);
    expect($progress()).not.toHaveProperty('journal');
  });

  it('refuses an export whose journal is corrupt, and keeps the journal when a file has none', () => {
    env.storage.setItem(KEYS.progress, JSON.stringify(OLD_RECORD));
    const plain = exportProgressFile(NOW);
    expect(JSON.parse(plain)).not.toHaveProperty('journal');
    const bad = JSON.stringify({ ...JSON.parse(plain), journal: { answers: { workload: { text: 1 } } } });
    expect(importProgressFile(bad, 1, NOW)).toEqual({
      ok: false,
      reason: 'the file\'s journal is not valid: journal.answers["workload"].text should be text',
    });
    saveJournal(setAnswer($journal(), 'freshness', 'Minutes are fine.', NOW));
    const r = importProgressFile(plain, 1, NOW);
    if (r.ok) saveProgress(r.value);
    expect($journal().answers['freshness']?.text).toBe('Minutes are fine.');
  });
});
