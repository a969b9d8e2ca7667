/**
 * A Mesos master as a pure step model: agents advertise resources, the allocator offers an
 * agent's free resources to one framework at a time in Dominant Resource Fairness order, the
 * framework accepts (launching tasks) or declines (the agent is filtered for it for N seconds,
 * Mesos's refuse_seconds, default 5). Losing an agent loses its tasks (TASK_LOST) and frees their
 * resources to be offered again. Masters run as one leader and standbys; when the leader fails,
 * the standby that joined the election first takes over (ZooKeeper's lowest sequence number),
 * outstanding offers are rescinded and offer filters, which live only in the old leader's memory,
 * are gone. Time moves only with `tick`.
 *
 * Sources (read 2026-12-03): Apache Mesos documentation "Mesos Architecture" and "High-Availability
 * Mode" (mesos.apache.org/documentation/latest/), Ghodsi et al., NSDI 2011. Apache Mesos was
 * retired to the Apache Attic in 2025 (attic.apache.org/projects/mesos.html): no longer developed.
 */
import { fmix32 } from '../shared/random';
import type { StepResult } from '../shared/simulation';
import { dominantShare, fits, validDemand, type Resources } from './drf';
import type { Agent, Framework, MesosEvent, MesosInput, MesosState, MesosTask, Offer } from './types';

/** A fresh cluster: masters (the first leads), no agents, no frameworks. */
export function createMesosState(
  options: { seed?: number; masters?: readonly string[]; nowMs?: number } = {},
): MesosState {
  const masters = (options.masters ?? ['master-1', 'master-2', 'master-3']).map((id) => ({ id, alive: true }));
  return {
    nowMs: options.nowMs ?? 0,
    seed: (options.seed ?? 1) >>> 0,
    counter: 0,
    masters,
    leader: masters[0]?.id ?? null,
    agents: [],
    frameworks: [],
    tasks: [],
    offer: null,
    filters: [],
  };
}

const running = (s: MesosState) => s.tasks.filter((t) => t.state === 'TASK_RUNNING');
const add = (a: Resources, b: Resources, sign = 1): Record<string, number> => {
  const out: Record<string, number> = { ...a };
  for (const [r, v] of Object.entries(b)) out[r] = (out[r] ?? 0) + sign * v;
  return out;
};
const sum = (list: readonly Resources[]): Record<string, number> =>
  list.reduce<Record<string, number>>((acc, r) => add(acc, r), {});

/** Resources of every live agent together. */
export function clusterTotal(s: MesosState): Record<string, number> {
  return sum(s.agents.filter((a) => a.alive).map((a) => a.total));
}

/** Resources a framework's running tasks use. */
export function frameworkUsage(s: MesosState, framework: string): Record<string, number> {
  return sum(
    running(s)
      .filter((t) => t.framework === framework)
      .map((t) => t.resources),
  );
}

/** Free resources on an agent: total less running tasks less the outstanding offer. */
export function agentFree(s: MesosState, agent: string): Record<string, number> {
  const a = s.agents.find((x) => x.id === agent);
  if (a === undefined || !a.alive) return {};
  let free = add(
    a.total,
    sum(
      running(s)
        .filter((t) => t.agent === agent)
        .map((t) => t.resources),
    ),
    -1,
  );
  if (s.offer?.agent === agent) free = add(free, s.offer.resources, -1);
  return free;
}

/** Each framework's dominant share (0..1) and which resource it is, in registration order. */
export function dominantShares(s: MesosState): { framework: string; share: number; resource: string | null }[] {
  const total = clusterTotal(s);
  return s.frameworks.map((f) => {
    const used = frameworkUsage(s, f.id);
    const share = dominantShare(used, total);
    const resource = Object.keys(total).find((r) => share > 0 && (used[r] ?? 0) / (total[r] ?? 1) === share) ?? null;
    return { framework: f.id, share, resource };
  });
}

/** Running tasks per framework id. */
export function tasksByFramework(s: MesosState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of s.frameworks) out[f.id] = 0;
  for (const t of running(s)) out[t.framework] = (out[t.framework] ?? 0) + 1;
  return out;
}

type Out = StepResult<MesosState, MesosEvent>;
const fail = (s: MesosState, message: string): Out => ({ state: s, events: [{ kind: 'error', message }] });
const NO_LEADER = 'No leading master: start a master (or wait for an election) before scheduling.';
const tag = (s: MesosState): string => (fmix32(s.seed ^ 0x6d65736f) >>> 0).toString(16).padStart(8, '0');
const wantsMore = (s: MesosState, f: Framework): boolean =>
  f.wants === null || running(s).filter((t) => t.framework === f.id).length < f.wants;
const hasSome = (r: Resources): boolean => Object.values(r).some((v) => v > 1e-9);

/** One input. Bad input leaves the state as it was and says why in an `error` event. */
export function mesosStep(state: MesosState, input: MesosInput): Out {
  const s = state;
  switch (input?.type) {
    case 'tick': {
      if (typeof input.ms !== 'number' || !Number.isFinite(input.ms) || input.ms < 0)
        return fail(s, `tick: ms must be a number of milliseconds >= 0 (received ${String(input.ms)})`);
      const nowMs = s.nowMs + Math.round(input.ms);
      return { state: { ...s, nowMs, filters: s.filters.filter((f) => f.untilMs > nowMs) }, events: [] };
    }
    case 'add-agent': {
      if (typeof input.id !== 'string' || input.id === '') return fail(s, 'add-agent: id must be a non-empty name');
      if (s.agents.some((a) => a.id === input.id)) return fail(s, `add-agent: agent ${input.id} already exists`);
      if (!validDemand(input.resources))
        return fail(s, `add-agent ${input.id}: resources must be numbers >= 0, at least one above 0`);
      return {
        state: { ...s, agents: [...s.agents, { id: input.id, total: { ...input.resources }, alive: true }] },
        events: [],
      };
    }
    case 'remove-agent':
      return removeAgent(s, input.id);
    case 'register-framework': {
      if (s.leader === null) return fail(s, NO_LEADER);
      if (typeof input.id !== 'string' || input.id === '')
        return fail(s, 'register-framework: id must be a non-empty name');
      if (s.frameworks.some((f) => f.id === input.id))
        return fail(s, `register-framework: framework ${input.id} is already registered`);
      if (!validDemand(input.demand))
        return fail(s, `framework ${input.id}: demand must be numbers >= 0, at least one above 0`);
      const wants = input.wants ?? null;
      if (wants !== null && (!Number.isInteger(wants) || wants < 0))
        return fail(s, `framework ${input.id}: wants must be a whole number >= 0 (received ${String(wants)})`);
      const refuseSeconds = input.refuseSeconds ?? 5;
      if (!Number.isFinite(refuseSeconds) || refuseSeconds < 0)
        return fail(s, `framework ${input.id}: refuseSeconds must be >= 0 (received ${String(refuseSeconds)})`);
      const f: Framework = { id: input.id, demand: { ...input.demand }, wants, refuseSeconds };
      return { state: { ...s, frameworks: [...s.frameworks, f] }, events: [] };
    }
    case 'offer':
      if (s.leader === null) return fail(s, NO_LEADER);
      if (s.offer !== null) return fail(s, `Offer ${s.offer.id} is still outstanding: accept or decline it first.`);
      return makeOffer(s);
    case 'accept':
      return accept(s, input.offerId, input.tasks);
    case 'decline':
      return decline(s, input.offerId, input.filterSeconds);
    case 'round': {
      if (s.leader === null) return fail(s, NO_LEADER);
      const first = s.offer === null ? makeOffer(s) : { state: s, events: [] };
      const offer = first.state.offer;
      if (offer === null) return first;
      const f = first.state.frameworks.find((x) => x.id === offer.framework)!;
      const answer =
        fits(f.demand, offer.resources) && wantsMore(first.state, f)
          ? accept(first.state, offer.id, 1)
          : decline(first.state, offer.id, f.refuseSeconds);
      return { state: answer.state, events: [...first.events, ...answer.events] };
    }
    case 'fail-master': {
      const m = s.masters.find((x) => x.id === input.id);
      if (m === undefined || !m.alive) return fail(s, `fail-master: no running master ${String(input.id)}`);
      const masters = s.masters.map((x) => (x.id === m.id ? { ...x, alive: false } : x));
      if (s.leader !== m.id) return { state: { ...s, masters }, events: [] };
      const events: MesosEvent[] = [];
      if (s.offer !== null) events.push({ kind: 'offer-rescinded', offerId: s.offer.id });
      const next = masters.find((x) => x.alive)?.id ?? null;
      events.push(next === null ? { kind: 'no-leader' } : { kind: 'leader-elected', master: next });
      return { state: { ...s, masters, leader: next, offer: null, filters: [] }, events };
    }
    case 'start-master': {
      if (typeof input.id !== 'string' || input.id === '') return fail(s, 'start-master: id must be a non-empty name');
      const known = s.masters.find((x) => x.id === input.id);
      if (known?.alive === true) return fail(s, `start-master: ${input.id} is already running`);
      // A restarted master rejoins the election at the back (a new ZooKeeper sequence number).
      const masters = [...s.masters.filter((x) => x.id !== input.id), { id: input.id, alive: true }];
      if (s.leader !== null) return { state: { ...s, masters }, events: [] };
      return { state: { ...s, masters, leader: input.id }, events: [{ kind: 'leader-elected', master: input.id }] };
    }
    default:
      return fail(s, `Unknown input ${JSON.stringify((input as { type?: unknown } | null)?.type ?? null)}`);
  }
}

/** DRF: the framework with the lowest dominant share that still wants tasks gets the first unfiltered agent with free resources. */
function makeOffer(s: MesosState): Out {
  const shares = dominantShares(s);
  const order = s.frameworks
    .map((f, i) => ({ f, i, share: shares[i]!.share }))
    .filter(({ f }) => wantsMore(s, f))
    .sort((a, b) => a.share - b.share || a.i - b.i);
  for (const { f } of order) {
    for (const a of s.agents) {
      if (!a.alive) continue;
      if (s.filters.some((x) => x.framework === f.id && x.agent === a.id && x.untilMs > s.nowMs)) continue;
      const free = agentFree(s, a.id);
      if (!hasSome(free)) continue;
      const offer: Offer = { id: `${tag(s)}-O${s.counter}`, framework: f.id, agent: a.id, resources: free };
      return { state: { ...s, counter: s.counter + 1, offer }, events: [{ kind: 'offered', offer }] };
    }
  }
  const reason =
    order.length === 0
      ? 'No framework wants more tasks.'
      : 'Nothing to offer: every agent is full or filtered for the frameworks that want tasks.';
  return { state: s, events: [{ kind: 'idle', reason }] };
}

function outstanding(s: MesosState, offerId: unknown): Offer | string {
  if (s.leader === null) return NO_LEADER;
  if (s.offer === null || s.offer.id !== offerId)
    return `Offer ${String(offerId)} is no longer valid (it was answered, rescinded, or never made).`;
  return s.offer;
}

function accept(s: MesosState, offerId: string, tasks: number): Out {
  const offer = outstanding(s, offerId);
  if (typeof offer === 'string') return fail(s, offer);
  if (!Number.isInteger(tasks) || tasks < 0)
    return fail(s, `accept: tasks must be a whole number >= 0 (received ${String(tasks)})`);
  const f = s.frameworks.find((x) => x.id === offer.framework)!;
  if (tasks === 0) return decline(s, offerId, f.refuseSeconds);
  const need: Record<string, number> = {};
  for (const [r, v] of Object.entries(f.demand)) need[r] = v * tasks;
  if (!fits(need, offer.resources))
    return fail(
      s,
      `Task uses more resources ${show(need)} than available ${show(offer.resources)} in offer ${offer.id} (TASK_ERROR).`,
    );
  const launched: MesosTask[] = [];
  const base = s.tasks.filter((t) => t.framework === f.id).length;
  for (let i = 0; i < tasks; i++)
    launched.push({
      id: `${f.id}.task-${base + i + 1}`,
      framework: f.id,
      agent: offer.agent,
      resources: { ...f.demand },
      state: 'TASK_RUNNING',
    });
  // Unused resources in the offer go back to the agent's free pool at once.
  return {
    state: { ...s, offer: null, tasks: [...s.tasks, ...launched] },
    events: [{ kind: 'accepted', offerId, framework: f.id, tasks: launched.map((t) => t.id) }],
  };
}

function decline(s: MesosState, offerId: string, filterSeconds: number | undefined): Out {
  const offer = outstanding(s, offerId);
  if (typeof offer === 'string') return fail(s, offer);
  const f = s.frameworks.find((x) => x.id === offer.framework)!;
  const secs = filterSeconds ?? f.refuseSeconds;
  if (typeof secs !== 'number' || !Number.isFinite(secs) || secs < 0)
    return fail(s, `decline: filter seconds must be >= 0 (received ${String(secs)})`);
  const filters =
    secs > 0
      ? [...s.filters, { framework: f.id, agent: offer.agent, untilMs: s.nowMs + Math.round(secs * 1000) }]
      : s.filters;
  return {
    state: { ...s, offer: null, filters },
    events: [{ kind: 'declined', offerId, framework: f.id, agent: offer.agent, filterSeconds: secs }],
  };
}

function removeAgent(s: MesosState, id: string): Out {
  const a = s.agents.find((x) => x.id === id);
  if (a === undefined || !a.alive) return fail(s, `remove-agent: no live agent ${String(id)}`);
  const events: MesosEvent[] = [{ kind: 'agent-lost', agent: id }];
  if (s.offer?.agent === id) events.push({ kind: 'offer-rescinded', offerId: s.offer.id });
  const tasks = s.tasks.map((t) => {
    if (t.agent !== id || t.state !== 'TASK_RUNNING') return t;
    events.push({ kind: 'task-lost', task: t.id, framework: t.framework });
    return { ...t, state: 'TASK_LOST' as const };
  });
  const agents: Agent[] = s.agents.map((x) => (x.id === id ? { ...x, alive: false } : x));
  return {
    state: {
      ...s,
      agents,
      tasks,
      offer: s.offer?.agent === id ? null : s.offer,
      filters: s.filters.filter((f) => f.agent !== id),
    },
    events,
  };
}

function show(r: Resources): string {
  return `{${Object.entries(r)
    .map(([k, v]) => `${k}: ${Number(v.toFixed(6))}`)
    .join(', ')}}`;
}

/** Rounds until the allocator is idle (or `limit` rounds): the events of every round. */
export function runRounds(state: MesosState, limit = 10_000): Out {
  let s = state;
  const events: MesosEvent[] = [];
  for (let i = 0; i < limit; i++) {
    const r = mesosStep(s, { type: 'round' });
    s = r.state;
    events.push(...r.events);
    if (r.events.some((e) => e.kind === 'idle' || e.kind === 'error')) break;
  }
  return { state: s, events };
}
