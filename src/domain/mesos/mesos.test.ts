import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../shared/simulation';
import {
  agentFree,
  createMesosState,
  dominantShares,
  drfAllocate,
  fits,
  mesosStep,
  runRounds,
  tasksByFramework,
  type MesosInput,
  type MesosState,
} from './index';

const PAPER_A = { id: 'A', demand: { cpus: 1, mem: 4 } };
const PAPER_B = { id: 'B', demand: { cpus: 3, mem: 1 } };
const paper = (): MesosState =>
  replay(mesosStep, createMesosState({ seed: 42 }), [
    { type: 'add-agent', id: 'agent-1', resources: { cpus: 9, mem: 18 } },
    { type: 'register-framework', ...PAPER_A },
    { type: 'register-framework', ...PAPER_B },
  ]).state;

describe('drfAllocate (Ghodsi et al., NSDI 2011)', () => {
  it('gives the paper’s example: 9 CPUs / 18 GB, A <1 CPU, 4 GB>, B <3 CPU, 1 GB> -> A 3 tasks, B 2', () => {
    expect(drfAllocate({ cpus: 9, mem: 18 }, [PAPER_A, PAPER_B])).toEqual({ A: 3, B: 2 });
  });

  it('gives a framework with an unusable demand nothing, and never throws', () => {
    expect(
      drfAllocate({ cpus: 4 }, [
        { id: 'x', demand: { cpus: -1 } },
        { id: 'y', demand: { cpus: 0 } },
      ]),
    ).toEqual({
      x: 0,
      y: 0,
    });
    expect(drfAllocate({ cpus: NaN }, [{ id: 'z', demand: { cpus: 1 } }])).toEqual({ z: 0 });
    expect(drfAllocate(null as never, null as never)).toEqual({});
  });

  it('on random cases: nothing is over-allocated, and when it stops no framework can launch another task', () => {
    const res = fc.record({ cpus: fc.integer({ min: 0, max: 64 }), mem: fc.integer({ min: 0, max: 256 }) });
    const demand = fc.record({ cpus: fc.integer({ min: 0, max: 8 }), mem: fc.integer({ min: 1, max: 32 }) });
    fc.assert(
      fc.property(res, fc.array(demand, { minLength: 1, maxLength: 6 }), (cap, demands) => {
        const fws = demands.map((d, i) => ({ id: `f${i}`, demand: d }));
        const got = drfAllocate(cap, fws);
        const used = { cpus: 0, mem: 0 };
        for (const f of fws) {
          used.cpus += f.demand.cpus * got[f.id]!;
          used.mem += f.demand.mem * got[f.id]!;
        }
        expect(used.cpus).toBeLessThanOrEqual(cap.cpus);
        expect(used.mem).toBeLessThanOrEqual(cap.mem);
        const left = { cpus: cap.cpus - used.cpus, mem: cap.mem - used.mem };
        for (const f of fws) expect(fits(f.demand, left)).toBe(false);
      }),
    );
  });
});

describe('Mesos master: offers round by round', () => {
  it('steps the paper’s example offer by offer: A, B, A, B, A, then both decline and the allocator is idle', () => {
    const { state, events } = runRounds(paper());
    expect(tasksByFramework(state)).toEqual({ A: 3, B: 2 });
    const accepted = events.filter((e) => e.kind === 'accepted').map((e) => (e as { framework: string }).framework);
    expect(accepted).toEqual(['A', 'B', 'A', 'B', 'A']);
    expect(events.filter((e) => e.kind === 'declined')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ kind: 'idle' });
    const shares = dominantShares(state);
    expect(shares.map((x) => [x.framework, x.share, x.resource])).toEqual([
      ['A', 2 / 3, 'mem'],
      ['B', 2 / 3, 'cpus'],
    ]);
    expect(agentFree(state, 'agent-1')).toEqual({ cpus: 0, mem: 4 });
  });

  it('offers all free resources of an agent; accept launches tasks, decline filters the agent for N seconds', () => {
    let s = paper();
    let r = mesosStep(s, { type: 'offer' });
    const offer = r.state.offer!;
    expect(offer).toMatchObject({ framework: 'A', agent: 'agent-1', resources: { cpus: 9, mem: 18 } });
    expect(mesosStep(r.state, { type: 'offer' }).events[0]).toMatchObject({ kind: 'error' });
    r = mesosStep(r.state, { type: 'decline', offerId: offer.id, filterSeconds: 10 });
    s = r.state;
    // A is filtered on the only agent, so B gets the next offer.
    r = mesosStep(s, { type: 'offer' });
    expect(r.state.offer?.framework).toBe('B');
    r = mesosStep(r.state, { type: 'accept', offerId: r.state.offer!.id, tasks: 2 });
    expect(tasksByFramework(r.state)).toEqual({ A: 0, B: 2 });
    // 9 s later A is still filtered; at 10 s it is offered again.
    r = mesosStep(mesosStep(r.state, { type: 'tick', ms: 9000 }).state, { type: 'offer' });
    expect(r.state.offer?.framework).toBe('B');
    r = mesosStep(r.state, { type: 'decline', offerId: r.state.offer!.id, filterSeconds: 0 });
    r = mesosStep(mesosStep(r.state, { type: 'tick', ms: 1000 }).state, { type: 'offer' });
    expect(r.state.offer).toMatchObject({ framework: 'A', resources: { cpus: 3, mem: 16 } });
  });

  it('refuses an accept that needs more than the offer, naming both', () => {
    const r = mesosStep(paper(), { type: 'offer' });
    const bad = mesosStep(r.state, { type: 'accept', offerId: r.state.offer!.id, tasks: 10 });
    expect(bad.events[0]).toEqual({
      kind: 'error',
      message: `Task uses more resources {cpus: 10, mem: 40} than available {cpus: 9, mem: 18} in offer ${r.state.offer!.id} (TASK_ERROR).`,
    });
    expect(bad.state).toBe(r.state);
  });

  it('loses the tasks of a lost agent and offers the freed capacity again', () => {
    let s = replay(mesosStep, createMesosState(), [
      { type: 'add-agent', id: 'a1', resources: { cpus: 4, mem: 8 } },
      { type: 'add-agent', id: 'a2', resources: { cpus: 4, mem: 8 } },
      { type: 'register-framework', id: 'web', demand: { cpus: 2, mem: 2 }, wants: 2 },
    ]).state;
    s = runRounds(s).state;
    expect(s.tasks.map((t) => t.agent)).toEqual(['a1', 'a1']);
    const lost = mesosStep(s, { type: 'remove-agent', id: 'a1' });
    expect(lost.events.map((e) => e.kind)).toEqual(['agent-lost', 'task-lost', 'task-lost']);
    const again = runRounds(lost.state).state;
    expect(again.tasks.filter((t) => t.state === 'TASK_RUNNING').map((t) => t.agent)).toEqual(['a2', 'a2']);
  });

  it('fails over: the first standby is elected, the offer is rescinded, tasks survive', () => {
    let s = runRounds(paper(), 2).state;
    s = mesosStep(s, { type: 'offer' }).state;
    const r = mesosStep(s, { type: 'fail-master', id: 'master-1' });
    expect(r.events).toEqual([
      { kind: 'offer-rescinded', offerId: s.offer!.id },
      { kind: 'leader-elected', master: 'master-2' },
    ]);
    expect(tasksByFramework(r.state)).toEqual({ A: 1, B: 1 });
    let t = mesosStep(r.state, { type: 'fail-master', id: 'master-2' }).state;
    t = mesosStep(t, { type: 'fail-master', id: 'master-3' }).state;
    expect(t.leader).toBeNull();
    expect(mesosStep(t, { type: 'round' }).events[0]).toMatchObject({ kind: 'error', message: /No leading master/ });
    const back = mesosStep(t, { type: 'start-master', id: 'master-1' });
    expect(back.events).toEqual([{ kind: 'leader-elected', master: 'master-1' }]);
    expect(tasksByFramework(runRounds(back.state).state)).toEqual({ A: 3, B: 2 });
  });

  it('is deterministic for a seed, and refuses garbage with a message instead of throwing', () => {
    expect(runRounds(paper()).events).toEqual(runRounds(paper()).events);
    const bad: unknown[] = [
      null,
      { type: 'nope' },
      { type: 'tick', ms: -1 },
      { type: 'tick', ms: NaN },
      { type: 'add-agent', id: '', resources: { cpus: 1 } },
      { type: 'add-agent', id: 'x', resources: { cpus: 'many' } },
      { type: 'register-framework', id: 'C', demand: { cpus: -2 } },
      { type: 'register-framework', id: 'C', demand: { cpus: 1 }, wants: 1.5 },
      { type: 'accept', offerId: 'none', tasks: 1 },
      { type: 'decline', offerId: 'none' },
      { type: 'remove-agent', id: 'ghost' },
      { type: 'fail-master', id: 'ghost' },
    ];
    for (const input of bad) {
      const r = mesosStep(paper(), input as MesosInput);
      expect(r.events[0]?.kind).toBe('error');
      expect((r.events[0] as { message: string }).message.length).toBeGreaterThan(10);
    }
  });
});
