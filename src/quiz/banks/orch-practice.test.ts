import { describe, expect, it } from 'vitest';
import { isFargateSize } from '../../domain/ecs';
import { drfAllocate } from '../../domain/mesos';
import { grade } from '../grade';
import { createRng } from '../seed';
import { automationPracticeQuestions, ecsPracticeQuestions, mesosPracticeQuestions } from './orch-practice';
import { bank as ecsBank } from './orch-ecs';

const all = [...ecsPracticeQuestions, ...mesosPracticeQuestions, ...automationPracticeQuestions];

describe('questions graded by the orchestration simulators', () => {
  it('build for 200 seeds, each with its answer among the choices and a right answer graded correct', () => {
    for (const t of all)
      for (let seed = 1; seed <= 200; seed++) {
        const q = t.build(createRng(seed));
        expect(q.explanation).not.toMatch(/NaN|undefined/);
        if (q.kind === 'single') {
          expect(q.choices.map((c) => c.id)).toContain(q.answer);
          expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length);
          expect(grade(q, { kind: 'single', choice: q.answer }).status).toBe('correct');
        } else if (q.kind === 'numeric') {
          expect(Number.isInteger(q.answer)).toBe(true);
          expect(grade(q, { kind: 'numeric', text: String(q.answer) }).status).toBe('correct');
          expect(grade(q, { kind: 'numeric', text: String(q.answer + 1) }).status).toBe('incorrect');
        }
      }
  });

  it('offers exactly one Fargate size the table accepts', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const q = ecsPracticeQuestions[0]!.build(createRng(seed));
      if (q.kind !== 'single') throw new Error('single expected');
      const valid = q.choices.filter((c) => {
        const [cpu, mem] = c.id.split('-').map(Number);
        return isFargateSize(cpu!, mem!);
      });
      expect(valid.map((c) => c.id)).toEqual([q.answer]);
    }
  });

  it('says the service is back at its desired count after a task stops', () => {
    const q = ecsPracticeQuestions[1]!.build(createRng(4));
    if (q.kind !== 'numeric') throw new Error('numeric expected');
    expect(q.prompt).toContain(`desired count of ${q.answer}`);
  });

  it('answers DRF questions as drfAllocate does', () => {
    const q = mesosPracticeQuestions[0]!.build(createRng(9));
    if (q.kind !== 'numeric') throw new Error('numeric expected');
    const [cpus, mem, ac, am, bc, bm] = (q.prompt.match(/\d+/g) ?? []).map(Number);
    expect(
      drfAllocate({ cpus: cpus!, mem: mem! }, [
        { id: 'A', demand: { cpus: ac!, mem: am! } },
        { id: 'B', demand: { cpus: bc!, mem: bm! } },
      ])['A'],
    ).toBe(q.answer);
  });

  it('are part of the ECS lesson’s bank', () => {
    expect(ecsBank.questions.map((q) => q.id)).toEqual(
      expect.arrayContaining(['fargate-valid-size', 'service-task-stops']),
    );
  });
});
