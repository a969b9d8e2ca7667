/**
 * Mesos resource offers under Dominant Resource Fairness, one offer at a time: forward and back
 * through the rounds of src/domain/mesos (each round: the master offers an agent's free resources
 * to the framework with the lowest dominant share; the framework launches one task if it fits, or
 * declines and filters that agent). Dominant shares as bars with a table beside them; agents and
 * demands are editable, a bad value refused on its field.
 */
import { formatDecimal, formatPercent } from '../shared/kit';
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  agentFree,
  createMesosState,
  dominantShares,
  mesosStep,
  tasksByFramework,
  type MesosEvent,
  type MesosInput,
  type MesosState,
} from '../../domain/mesos';
import { PRESETS, type OfferSetup } from './presets';

interface Props {
  uid: string;
  preset?: keyof typeof PRESETS;
}

const MAX_ROUNDS = 200;
const pct = (x: number) => formatPercent(x, 1);
const num = (x: number) => formatDecimal(x, 2);

/** The setup as simulator inputs, or the first field that is not a usable number. */
function build(
  texts: Record<string, string>,
  setup: OfferSetup,
): { ok: true; start: MesosState } | { ok: false; field: string; message: string } {
  const inputs: MesosInput[] = [];
  const read = (key: string, label: string): number | string => {
    const t = (texts[key] ?? '').trim();
    const n = Number(t);
    if (t === '' || !Number.isFinite(n)) return `${label}: enter a number, such as 2 (received “${t}”).`;
    if (n < 0 || n > 10_000) return `${label}: use a number from 0 to 10,000.`;
    return n;
  };
  for (const a of setup.agents) {
    const cpus = read(`${a.id}.cpus`, `${a.id} CPUs`);
    if (typeof cpus === 'string') return { ok: false, field: `${a.id}.cpus`, message: cpus };
    const mem = read(`${a.id}.mem`, `${a.id} memory`);
    if (typeof mem === 'string') return { ok: false, field: `${a.id}.mem`, message: mem };
    inputs.push({ type: 'add-agent', id: a.id, resources: { cpus, mem } });
  }
  for (const f of setup.frameworks) {
    const cpus = read(`${f.id}.cpus`, `${f.id}'s task CPUs`);
    if (typeof cpus === 'string') return { ok: false, field: `${f.id}.cpus`, message: cpus };
    const mem = read(`${f.id}.mem`, `${f.id}'s task memory`);
    if (typeof mem === 'string') return { ok: false, field: `${f.id}.mem`, message: mem };
    if (cpus === 0 && mem === 0)
      return { ok: false, field: `${f.id}.cpus`, message: `${f.id}'s task must need some CPU or memory.` };
    inputs.push({ type: 'register-framework', id: f.id, demand: { cpus, mem } });
  }
  let s = createMesosState({ seed: 1 });
  for (const i of inputs) {
    const r = mesosStep(s, i);
    const e = r.events.find((x) => x.kind === 'error');
    if (e !== undefined) return { ok: false, field: '', message: (e as { message: string }).message };
    s = r.state;
  }
  return { ok: true, start: s };
}

/** Inputs a learner inserted before a round: an agent lost, a master failed. */
type Inserts = Readonly<Record<number, readonly MesosInput[]>>;

/** Every state from the start until the allocator is idle, with the events of each round. */
function rounds(start: MesosState, inserts: Inserts): { states: MesosState[]; events: (readonly MesosEvent[])[] } {
  const states = [start];
  const events: (readonly MesosEvent[])[] = [[]];
  for (let i = 0; i < MAX_ROUNDS; i++) {
    let s = states.at(-1)!;
    const got: MesosEvent[] = [];
    for (const input of inserts[i] ?? []) {
      const r = mesosStep(s, input);
      s = r.state;
      got.push(...r.events);
    }
    const r = mesosStep(s, { type: 'round' });
    states.push(r.state);
    events.push([...got, ...r.events]);
    const stuck = r.events.some((e) => e.kind === 'idle' || e.kind === 'error');
    if (stuck && !Object.keys(inserts).some((at) => Number(at) > i)) break;
  }
  return { states, events };
}

const res = (r: Readonly<Record<string, number>>) => `${num(r['cpus'] ?? 0)} CPUs, ${num(r['mem'] ?? 0)} GB`;

/** One round in words. */
function describe(events: readonly MesosEvent[]): string {
  const parts: string[] = [];
  for (const e of events) {
    if (e.kind === 'offered')
      parts.push(`The master offers ${e.offer.agent}'s free ${res(e.offer.resources)} to ${e.offer.framework}.`);
    else if (e.kind === 'accepted') parts.push(`${e.framework} accepts and launches ${e.tasks.join(', ')}.`);
    else if (e.kind === 'declined')
      parts.push(
        `${e.framework}'s task does not fit: it declines, and ${e.agent} is filtered for it for ${e.filterSeconds} s.`,
      );
    else if (e.kind === 'idle') parts.push(`${e.reason} The allocation is finished.`);
    else if (e.kind === 'error') parts.push(e.message);
    else if (e.kind === 'agent-lost') parts.push(`${e.agent} is lost.`);
    else if (e.kind === 'task-lost')
      parts.push(`${e.task} of ${e.framework} is lost (TASK_LOST); its resources are free again.`);
    else if (e.kind === 'offer-rescinded') parts.push(`Offer ${e.offerId} is rescinded.`);
    else if (e.kind === 'leader-elected')
      parts.push(
        `The leading master fails; ${e.master}, the first standby in line, is elected leader. Running tasks carry on.`,
      );
    else if (e.kind === 'no-leader')
      parts.push('The last master fails: no leader, so no offers until a master starts.');
  }
  return parts.join(' ');
}

function initialTexts(setup: OfferSetup): Record<string, string> {
  const t: Record<string, string> = {};
  for (const a of setup.agents) {
    t[`${a.id}.cpus`] = String(a.cpus);
    t[`${a.id}.mem`] = String(a.mem);
  }
  for (const f of setup.frameworks) {
    t[`${f.id}.cpus`] = String(f.cpus);
    t[`${f.id}.mem`] = String(f.mem);
  }
  return t;
}

export default function MesosOffers({ uid, preset = 'paper' }: Props) {
  const [presetId, setPresetId] = useState<string>(preset);
  const setup = (PRESETS[presetId] ?? PRESETS['paper']!).setup;
  const [texts, setTexts] = useState(() => initialTexts(setup));
  const [round, setRound] = useState(0);
  const [inserts, setInserts] = useState<Inserts>({});
  const built = useMemo(() => build(texts, setup), [texts, setup]);
  const lastGood = useRef<MesosState | null>(null);
  if (built.ok) lastGood.current = built.start;
  const start = built.ok ? built.start : (lastGood.current ?? createMesosState());
  const run = useMemo(() => rounds(start, inserts), [start, inserts]);
  const last = run.states.length - 1;
  const k = Math.min(round, last);
  const s = run.states[k]!;
  const shares = dominantShares(s);
  const counts = tasksByFramework(s);
  const go = (n: number) => setRound(Math.max(0, Math.min(last, n)));
  /** Inserts `input` before the next round (dropping later inserts: the future changes) and shows it. */
  const insert = (input: MesosInput) => {
    const kept: Record<number, readonly MesosInput[]> = {};
    for (const [at, list] of Object.entries(inserts)) if (Number(at) < k) kept[Number(at)] = list;
    kept[k] = [...(inserts[k] ?? []), input];
    setInserts(kept);
    setRound(k + 1);
  };
  const liveAgents = s.agents.filter((a) => a.alive);
  const standbys = s.masters.filter((m) => m.alive && m.id !== s.leader).map((m) => m.id);

  const field = (key: string, label: string) => {
    const id = `${uid}-${key.replace(/\W/g, '-')}`;
    const bad = !built.ok && built.field === key;
    return (
      <div class="mo-field" key={key}>
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={texts[key] ?? ''}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={bad ? `${uid}-error` : undefined}
          onInput={(e) => {
            setTexts({ ...texts, [key]: (e.currentTarget as HTMLInputElement).value });
            setInserts({});
            setRound(0);
          }}
        />
      </div>
    );
  };

  return (
    <div class="mo">
      <form class="mo-setup" onSubmit={(e) => e.preventDefault()}>
        <div class="mo-field">
          <label for={`${uid}-preset`}>Starting cluster</label>
          <select
            id={`${uid}-preset`}
            value={presetId}
            onChange={(e) => {
              const id = (e.currentTarget as HTMLSelectElement).value;
              setPresetId(id);
              setTexts(initialTexts((PRESETS[id] ?? PRESETS['paper']!).setup));
              setInserts({});
              setRound(0);
            }}
          >
            {Object.entries(PRESETS).map(([id, p]) => (
              <option key={id} value={id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Agents (free resources)</legend>
          {setup.agents.map((a) => [
            field(`${a.id}.cpus`, `${a.id}: CPUs`),
            field(`${a.id}.mem`, `${a.id}: memory (GB)`),
          ])}
        </fieldset>
        <fieldset>
          <legend>Frameworks (what one task needs)</legend>
          {setup.frameworks.map((f) => [
            field(`${f.id}.cpus`, `${f.id}: CPUs per task`),
            field(`${f.id}.mem`, `${f.id}: GB per task`),
          ])}
        </fieldset>
      </form>
      {!built.ok && (
        <p class="mo-error" id={`${uid}-error`} role="alert">
          {built.message} The rounds below are for the last valid values.
        </p>
      )}
      <div class="mo-controls" role="group" aria-label="Step through the offers">
        <button type="button" onClick={() => go(0)} disabled={k === 0}>
          Start
        </button>
        <button type="button" onClick={() => go(k - 1)} disabled={k === 0}>
          ◀ Back
        </button>
        <button type="button" onClick={() => go(k + 1)} disabled={k === last}>
          Next offer ▶
        </button>
        <button type="button" onClick={() => go(last)} disabled={k === last}>
          End
        </button>
      </div>
      <div class="mo-controls" role="group" aria-label="Make something fail before the next round">
        {liveAgents.map((a) => (
          <button type="button" key={a.id} onClick={() => insert({ type: 'remove-agent', id: a.id })}>
            Lose {a.id}
          </button>
        ))}
        <button
          type="button"
          onClick={() => s.leader !== null && insert({ type: 'fail-master', id: s.leader })}
          disabled={s.leader === null}
        >
          Fail the leading master
        </button>
        <button
          type="button"
          onClick={() => {
            setInserts({});
            setRound(0);
          }}
          disabled={Object.keys(inserts).length === 0}
        >
          Undo failures
        </button>
      </div>
      <p class="mo-masters">
        {s.leader === null ? 'No leading master.' : `Leading master: ${s.leader}.`}{' '}
        {standbys.length === 0 ? 'No standbys left.' : `Standbys, in election order: ${standbys.join(', ')}.`}
      </p>
      <p class="mo-round" aria-live="polite">
        <strong>
          Round {k} of {last}.
        </strong>{' '}
        {k === 0 ? 'No offers yet: every framework has a dominant share of 0%.' : describe(run.events[k] ?? [])}
      </p>
      <table class="mo-table">
        <caption>Frameworks after round {k}: tasks running and dominant share</caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col">Tasks</th>
            <th scope="col">Dominant share</th>
            <th scope="col">Dominant resource</th>
          </tr>
        </thead>
        <tbody>
          {shares.map((x) => (
            <tr key={x.framework}>
              <th scope="row">{x.framework}</th>
              <td>{counts[x.framework] ?? 0}</td>
              <td>{pct(x.share)}</td>
              <td>{x.resource === null ? '–' : x.resource === 'cpus' ? 'CPU' : 'memory'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="mo-bars" aria-hidden="true">
        {shares.map((x) => (
          <div class="mo-bar-row" key={x.framework}>
            <span>{x.framework}</span>
            <span class="mo-bar-track">
              <span class="mo-bar" style={{ width: `${Math.min(100, x.share * 100)}%` }} />
            </span>
            <span>{pct(x.share)}</span>
          </div>
        ))}
      </div>
      <table class="mo-table">
        <caption>Agents after round {k}: free resources</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Free</th>
          </tr>
        </thead>
        <tbody>
          {s.agents.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.id}</th>
              <td>{res(agentFree(s, a.id))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
