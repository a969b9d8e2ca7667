import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import {
  exportProgress,
  freshProgress,
  setLessonComplete,
  setQuestion,
  summariseClass,
  type CourseShape,
} from './index';

const NOW = new Date('2026-12-04T10:00:00Z');
const COURSE: CourseShape = {
  lessons: [
    { id: 'm1/l1', title: 'Lesson one' },
    { id: 'm1/l2', title: 'Lesson two' },
  ],
  banks: [{ id: 'bank-a', lessonId: 'm1/l1', lessonTitle: 'Lesson one', questions: ['q1', 'q2'] }],
};
const q = (correct: boolean, revealed = false) => ({ attempts: 1, correct, revealed, variant: 0 });

function learner(seed: number, done: string[], answers: Record<string, ReturnType<typeof q>>) {
  let p = freshProgress(seed);
  for (const id of done) p = setLessonComplete(p, id, true, NOW);
  for (const [id, state] of Object.entries(answers)) p = setQuestion(p, 'bank-a', id, state);
  return exportProgress(p, NOW);
}

describe('the class summary', () => {
  it('sums two learners, refuses the bad files one by one with the reason, and puts the most missed question first', () => {
    const ada = learner(1, ['m1/l1', 'm1/l2'], { q1: q(true), q2: q(false) });
    const bob = learner(2, ['m1/l1'], { q1: q(true), q2: q(true, true) });
    const edited = ada.replace('"seed": 1', '"seed": 3');
    const summary = summariseClass(
      [
        { name: 'ada.json', text: ada },
        { name: 'bob.json', text: bob },
        { name: 'ada-again.json', text: ada },
        { name: 'edited.json', text: edited },
        { name: 'other.json', text: JSON.stringify({ app: 'another-course', version: 2 }) },
        { name: 'broken.json', text: '{"app": "cloud-data-and-' },
      ],
      COURSE,
      NOW,
    );
    expect(summary.learners).toEqual([
      { file: 'ada.json', lessonsDone: 2, correct: 1, answered: 2 },
      { file: 'bob.json', lessonsDone: 1, correct: 1, answered: 2 },
    ]);
    expect(summary.perLesson.map((l) => l.done)).toEqual([2, 1]);
    // Lesson one's quiz: 4 answers checked (2 learners x 2 questions), 2 right (a revealed one is not).
    expect(summary.perLesson.map((l) => [l.answers, l.right])).toEqual([
      [4, 2],
      [0, 0],
    ]);
    expect(summary.perQuestion[0]).toMatchObject({ questionId: 'q2', tried: 2, correct: 0, missed: 2 });
    expect(summary.perQuestion[1]).toMatchObject({ questionId: 'q1', tried: 2, correct: 2, missed: 0 });
    expect(Object.fromEntries(summary.refused.map((r) => [r.file, r.reason]))).toEqual({
      'ada-again.json': 'the same learner as ada.json (a duplicate is counted once)',
      'edited.json': 'the file was changed after it was exported (its checksum does not match)',
      'other.json': 'the file was not exported by this course (expected "app": "cloud-data-and-containers")',
      'broken.json': 'the file is not valid JSON',
    });
  });

  it('refuses every careless file with a reason and never throws', () => {
    const files = [...badInputs('json'), ...badInputs('storage'), ...badInputs('text')].map((text, i) => ({
      name: `bad-${i}.json`,
      text,
    }));
    const summary = summariseClass(files, COURSE, NOW);
    expect(summary.learners).toEqual([]);
    expect(summary.refused).toHaveLength(files.length);
    for (const r of summary.refused) expect(r.reason.length).toBeGreaterThan(10);
  });
});
