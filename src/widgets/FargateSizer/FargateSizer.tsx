/**
 * Size a Fargate task: pick CPU, type memory and a task count; see whether Fargate offers the
 * pair (and the nearest sizes it does), its illustrative price per hour and month, and EC2
 * instances running the same tasks. Everything comes from src/domain/ecs (prices from
 * src/domain/serverless, re-exported there).
 */
import { formatDecimal, formatUsd } from '../shared/kit';
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  ec2Options,
  FARGATE_CPU_VALUES,
  fargateMemoryOptions,
  fargatePrice,
  INSTANCE_TYPES,
  isFargateSize,
  nearestFargateSizes,
} from '../../domain/ecs';

interface Props {
  uid: string;
  cpu?: number;
  memoryGB?: number;
  tasks?: number;
}

const usd = formatUsd;
const vcpu = (units: number) => `${formatDecimal(units / 1024, 3)} vCPU`;
const gb = (mib: number) => `${formatDecimal(mib / 1024, 3)} GB`;

type Read = { ok: true; memory: number; tasks: number } | { ok: false; field: 'memory' | 'tasks'; message: string };

function read(memText: string, tasksText: string): Read {
  const m = Number(memText.trim().replace(/\s*(gb|gib)$/i, ''));
  if (memText.trim() === '' || !Number.isFinite(m) || m <= 0 || m > 1024)
    return {
      ok: false,
      field: 'memory',
      message: `Memory: enter GB as a number such as 2 or 0.5 (received “${memText}”).`,
    };
  const mib = Math.round(m * 1024);
  if (Math.abs(mib - m * 1024) > 1e-6)
    return { ok: false, field: 'memory', message: 'Memory: use a whole number of MiB (0.5 GB steps are fine).' };
  const t = Number(tasksText.trim());
  if (tasksText.trim() === '' || !Number.isInteger(t) || t < 1 || t > 10_000)
    return {
      ok: false,
      field: 'tasks',
      message: `Tasks: enter a whole number from 1 to 10,000 (received “${tasksText}”).`,
    };
  return { ok: true, memory: mib, tasks: t };
}

export default function FargateSizer({ uid, cpu: cpu0 = 256, memoryGB = 4, tasks: tasks0 = 2 }: Props) {
  const [cpu, setCpu] = useState(cpu0);
  const [memText, setMemText] = useState(String(memoryGB));
  const [tasksText, setTasksText] = useState(String(tasks0));
  const r = useMemo(() => read(memText, tasksText), [memText, tasksText]);
  const last = useRef({ memory: memoryGB * 1024, tasks: tasks0 });
  if (r.ok) last.current = { memory: r.memory, tasks: r.tasks };
  const { memory, tasks } = last.current;
  const valid = isFargateSize(cpu, memory);
  const price = fargatePrice(cpu, memory, tasks);
  const near = valid ? [] : nearestFargateSizes(cpu, memory, 3);
  const ec2 = valid ? ec2Options(cpu, memory, tasks, INSTANCE_TYPES).slice(0, 3) : [];
  const allowed = fargateMemoryOptions(cpu);

  return (
    <div class="fz">
      <form class="fz-fields" onSubmit={(e) => e.preventDefault()}>
        <div class="fz-field">
          <label for={`${uid}-cpu`}>Task CPU</label>
          <select
            id={`${uid}-cpu`}
            value={String(cpu)}
            onChange={(e) => setCpu(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {FARGATE_CPU_VALUES.map((c) => (
              <option key={c} value={String(c)}>
                {vcpu(c)} ({c} units)
              </option>
            ))}
          </select>
        </div>
        <div class="fz-field">
          <label for={`${uid}-mem`}>Task memory (GB)</label>
          <input
            id={`${uid}-mem`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={memText}
            aria-invalid={!r.ok && r.field === 'memory' ? 'true' : undefined}
            aria-describedby={`${uid}-allowed${!r.ok && r.field === 'memory' ? ` ${uid}-error` : ''}`}
            onInput={(e) => setMemText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="fz-field">
          <label for={`${uid}-tasks`}>Tasks running all month</label>
          <input
            id={`${uid}-tasks`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={tasksText}
            aria-invalid={!r.ok && r.field === 'tasks' ? 'true' : undefined}
            aria-describedby={!r.ok && r.field === 'tasks' ? `${uid}-error` : undefined}
            onInput={(e) => setTasksText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </form>
      <p class="fz-allowed" id={`${uid}-allowed`}>
        With {vcpu(cpu)}, Fargate allows {allowed.length} memory sizes: {gb(allowed[0]!)} to {gb(allowed.at(-1)!)}
        {allowed.length > 2 ? ` in steps of ${gb(allowed[1]! - allowed[0]!)}` : ''}.
      </p>
      <div aria-live="polite">
        {!r.ok && (
          <p class="fz-error" id={`${uid}-error`} role="alert">
            {r.message} The result below is for the last valid values.
          </p>
        )}
        {valid && price.ok ? (
          <p class="fz-verdict fz-ok">
            <strong>
              {vcpu(cpu)} with {gb(memory)} is a Fargate size.
            </strong>{' '}
            {tasks} task{tasks === 1 ? '' : 's'}: about {usd(price.hourly)} an hour, {usd(price.monthly)} a 730-hour
            month (illustrative).
          </p>
        ) : (
          <div class="fz-verdict fz-bad">
            <p>
              <strong>
                Fargate does not offer {vcpu(cpu)} with {gb(memory)}.
              </strong>{' '}
              Registering it fails. The nearest sizes it offers:
            </p>
            <ul>
              {near.map((n) => (
                <li key={`${n.cpu}-${n.memory}`}>
                  <button
                    type="button"
                    onClick={() => {
                      setCpu(n.cpu);
                      setMemText(String(n.memory / 1024));
                    }}
                  >
                    Use {vcpu(n.cpu)} with {gb(n.memory)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {ec2.length > 0 && price.ok && (
          <table class="fz-table">
            <caption>The same {tasks} tasks on EC2 instances (awsvpc, no ENI trunking), cheapest first</caption>
            <thead>
              <tr>
                <th scope="col">Instance type</th>
                <th scope="col">Tasks per instance</th>
                <th scope="col">Instances</th>
                <th scope="col">A month</th>
                <th scope="col">Against Fargate</th>
              </tr>
            </thead>
            <tbody>
              {ec2.map((o) => (
                <tr key={o.instance}>
                  <th scope="row">{o.instance}</th>
                  <td>
                    {o.tasksPerInstance} (limit: {o.limitedBy === 'eni' ? 'network interfaces' : o.limitedBy})
                  </td>
                  <td>{o.instances}</td>
                  <td>{usd(o.monthly)}</td>
                  <td>
                    {o.monthly < price.monthly
                      ? `${usd(price.monthly - o.monthly)} cheaper`
                      : o.monthly > price.monthly
                        ? `${usd(o.monthly - price.monthly)} dearer`
                        : 'the same'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <p class="fz-note">
        Prices are illustrative: Fargate Linux/x86 and EC2 On-Demand in US East (N. Virginia), read 2026-11-27 and
        2026-12-03 from aws.amazon.com/fargate/pricing and aws.amazon.com/ec2/pricing/on-demand. EC2 also needs you to
        patch and scale the instances; Fargate does not.
      </p>
    </div>
  );
}
