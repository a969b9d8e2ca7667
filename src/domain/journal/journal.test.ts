import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import {
  JOURNAL_QUESTIONS,
  MAX_ANSWER_CHARS,
  answerToMarkdown,
  emptyJournal,
  journalToMarkdown,
  parseJournal,
  setAnswer,
} from './index';

const NOW = new Date('2026-12-03T10:00:00Z');
const TITLE = 'Reflection journal';
const headings = (md: string) => md.split('\n').filter((l) => /^#{1,6} /.test(l));

describe('journal answers', () => {
  it('sets, replaces and (when blank) removes an answer without changing the input', () => {
    const a = setAnswer(emptyJournal(), 'workload', 'Nightly batch loads.', NOW);
    expect(a.answers).toEqual({ workload: { text: 'Nightly batch loads.', savedAt: '2026-12-03T10:00:00.000Z' } });
    const b = setAnswer(a, 'workload', '  \n ', NOW);
    expect(b.answers).toEqual({});
    expect(a.answers['workload']?.text).toBe('Nightly batch loads.');
  });

  it('normalises line ends, drops control characters and caps the length', () => {
    const j = setAnswer(emptyJournal(), 'q', 'a\r\nb\rc\u0000\u001b[31md\tz', NOW);
    expect(j.answers['q']?.text).toBe('a\nb\nc[31md\tz');
    const long = setAnswer(emptyJournal(), 'q', 'x'.repeat(MAX_ANSWER_CHARS + 10), NOW);
    expect(long.answers['q']?.text).toHaveLength(MAX_ANSWER_CHARS);
  });
});

describe('reading a stored journal', () => {
  it('reads a valid journal and refuses anything else with a reason', () => {
    const ok = parseJournal({ answers: { workload: { text: 'Batch.', savedAt: NOW.toISOString() } }, extra: 1 });
    expect(ok).toEqual({ ok: true, value: { answers: { workload: { text: 'Batch.', savedAt: NOW.toISOString() } } } });
    expect(parseJournal([])).toEqual({ ok: false, reason: 'journal should be an object' });
    expect(parseJournal({ answers: 'x' })).toEqual({ ok: false, reason: 'journal.answers should be an object' });
    expect(parseJournal({ answers: { workload: { text: 3, savedAt: NOW.toISOString() } } })).toEqual({
      ok: false,
      reason: 'journal.answers["workload"].text should be text',
    });
    expect(parseJournal({ answers: { workload: { text: 'a', savedAt: 'soon' } } })).toEqual({
      ok: false,
      reason: 'journal.answers["workload"].savedAt should be a date',
    });
    expect(parseJournal({ answers: { __proto__x: { text: 'a', savedAt: NOW.toISOString() } } }).ok).toBe(false);
  });

  it('refuses every careless stored value with a reason, never a throw', () => {
    for (const raw of badInputs('storage')) {
      let value: unknown = raw;
      try {
        value = JSON.parse(raw);
      } catch {
        // Not JSON: offered as the string itself.
      }
      const r = parseJournal(value);
      if (!r.ok) expect(r.reason).toMatch(/^journal/);
      else expect(r.value.answers).toEqual({});
      expect(Object.getPrototypeOf(r.ok ? r.value.answers : {})).toBe(Object.prototype);
    }
  });
});

describe('the Markdown export', () => {
  it('lists every question as a heading with its prompt and the answer, or says there is none', () => {
    const j = setAnswer(emptyJournal(), 'workload', 'Nightly batch loads:\n- orders\n- stock', NOW);
    const md = journalToMarkdown(j, JOURNAL_QUESTIONS, NOW, TITLE);
    expect(md.startsWith('# Reflection journal\n\nExported on 2026-12-03 from Cloud Data & Containers.\n')).toBe(true);
    expect(md).toContain('## 1. What is the workload?\n\n> Scheduled batch loads');
    expect(md).toContain('Nightly batch loads:\n- orders\n- stock\n');
    expect(md).toContain('## 2. How many services, and who runs the platform?\n\n> Kubernetes pays off');
    expect(md.split('_No answer yet._')).toHaveLength(JOURNAL_QUESTIONS.length);
    expect(headings(md)).toHaveLength(1 + JOURNAL_QUESTIONS.length);
  });

  it('keeps answers to questions no longer asked', () => {
    const j = setAnswer(emptyJournal(), 'old-question', 'Still mine.', NOW);
    expect(journalToMarkdown(j, JOURNAL_QUESTIONS, NOW, TITLE)).toContain(
      '## Earlier questions\n\n### old-question\n\nStill mine.\n',
    );
  });

  it('escapes lines that would break the file, and keeps the rest as written', () => {
    expect(answerToMarkdown('# not a heading\ntext\n---\n```\n<pre>\n- a list')).toBe(
      '\\# not a heading\ntext\n\\---\n\\```\n\\<pre>\n- a list',
    );
  });

  it('keeps its structure and every answer whatever the learner types', () => {
    for (const text of badInputs('text')) {
      let j = emptyJournal();
      for (const q of JOURNAL_QUESTIONS) j = setAnswer(j, q.id, text, NOW);
      const md = journalToMarkdown(j, JOURNAL_QUESTIONS, NOW, TITLE);
      expect(headings(md).map((h) => h.slice(0, 5))).toEqual([
        '# Ref',
        ...JOURNAL_QUESTIONS.map((_, i) => `## ${i + 1}.`),
      ]);
      const kept = setAnswer(emptyJournal(), 'q', text, NOW).answers['q']?.text;
      if (kept !== undefined) expect(md).toContain(answerToMarkdown(kept));
      expect(md).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  });
});
