import { describe, expect, it } from 'vitest';
import { tasksPerEc2Instance, trunkedAwsvpcTaskLimit } from '../../domain/ecs';
import { grade } from '../grade';
import { createRng } from '../seed';
import { bank, drawNetworkFit } from './orch-ecs';

const template = (id: string) => {
  const t = bank.questions.find((q) => q.id === id);
  if (t === undefined) throw new Error(`no question ${id}`);
  return t;
};

describe('orch-ecs: tasks per instance with the network counted (issue 14)', () => {
  const networkFit = template('tasks-per-instance-network');

  it('answers what the ECS domain computes, and grades that answer correct and one more wrong', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const s = drawNetworkFit(createRng(seed));
      const q = networkFit.build(createRng(seed));
      if (q.kind !== 'numeric') throw new Error('numeric expected');
      const r = tasksPerEc2Instance(s.type, s.task, { eniTrunking: s.eniTrunking });
      expect(q.answer).toBe(r.tasks);
      expect(q.answer).toBeGreaterThanOrEqual(1);
      expect(grade(q, { kind: 'numeric', text: String(q.answer) }).status).toBe('correct');
      expect(grade(q, { kind: 'numeric', text: String(q.answer + 1) }).status).toBe('incorrect');
      expect(q.prompt).not.toMatch(/NaN|undefined|Infinity|null/);
      expect(q.explanation).not.toMatch(/NaN|undefined|Infinity|null/);
    }
  });

  it('names the binding limit in the explanation', () => {
    const names = { cpu: 'CPU', memory: 'memory', eni: 'network interfaces (ENIs)', port: 'the fixed host port' };
    for (let seed = 1; seed <= 200; seed++) {
      const s = drawNetworkFit(createRng(seed));
      const r = tasksPerEc2Instance(s.type, s.task, { eniTrunking: s.eniTrunking });
      const q = networkFit.build(createRng(seed));
      expect(q.explanation).toContain(`limited by ${names[r.limitedBy]}`);
    }
  });

  it('gives the learner the trunked limit from AWS’s table, or says the type is not in it', () => {
    let on = 0;
    let unsupported = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const s = drawNetworkFit(createRng(seed));
      if (!s.eniTrunking) continue;
      const q = networkFit.build(createRng(seed));
      const trunked = trunkedAwsvpcTaskLimit(s.type);
      if (trunked === null) {
        unsupported++;
        expect(q.prompt).toContain(`${s.type.name} is not in AWS's list`);
      } else {
        on++;
        expect(q.prompt).toContain(`allows ${trunked} awsvpc tasks`);
      }
    }
    expect(on).toBeGreaterThan(0);
    expect(unsupported).toBeGreaterThan(0);
  });

  it('over many seeds, ENIs, the host port and CPU or memory each bind somewhere', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      const s = drawNetworkFit(createRng(seed));
      seen.add(tasksPerEc2Instance(s.type, s.task, { eniTrunking: s.eniTrunking }).limitedBy);
    }
    expect(seen).toContain('eni');
    expect(seen).toContain('port');
    expect(seen.has('cpu') || seen.has('memory')).toBe(true);
  });

  it('the CPU-and-memory question states that no network limit applies', () => {
    const q = template('tasks-per-instance').build(createRng(7));
    expect(q.prompt).toContain('bridge network mode with a dynamic host port');
  });
});
