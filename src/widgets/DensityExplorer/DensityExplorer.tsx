/**
 * Containers vs VMs on one host: ten labelled fields in, how many instances fit each way out
 * (by CPU, by memory, which runs out first), all from hostDensity in src/domain/containers.
 * A field the domain refuses shows the domain's message beside it; the result stays the last
 * valid one and says so.
 */
import { formatDecimal } from '../shared/kit';
import { useMemo, useRef, useState } from 'preact/hooks';
import { hostDensity, type HostDensity, type HostDensityInput, type ModelFit } from '../../domain/containers';
import { parseNumber } from '../../quiz/parse-number';
import { DEFAULTS, FIELDS, type DensityField } from './fields';

interface Props {
  uid: string;
  initial?: Partial<HostDensityInput>;
}

type Texts = Record<DensityField, string>;

const show = (n: number) => formatDecimal(n, 3);

/** Reads every field; the first problem names its field. */
function evaluate(
  texts: Texts,
):
  | { ok: true; input: HostDensityInput; result: HostDensity }
  | { ok: false; field: DensityField | null; message: string } {
  const input: Partial<Record<DensityField, number>> = {};
  for (const f of FIELDS) {
    const r = parseNumber(texts[f.id], [f.unit, f.unit.toLowerCase()], 1e9);
    if (!r.ok) return { ok: false, field: f.id, message: r.message };
    if (r.value < 0) return { ok: false, field: f.id, message: 'It cannot be negative.' };
    input[f.id] = r.value;
  }
  try {
    const full = input as HostDensityInput;
    return { ok: true, input: full, result: hostDensity(full) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const field = FIELDS.find((f) => message.startsWith(f.id) || message.includes(` ${f.id} `))?.id ?? null;
    return { ok: false, field, message: friendly(message) };
  }
}

/** The domain's message with field ids replaced by the labels the learner sees. */
function friendly(message: string): string {
  let m = message;
  for (const f of FIELDS) m = m.split(f.id).join(`"${f.label}"`);
  return m.charAt(0).toUpperCase() + m.slice(1) + '.';
}

const limitText = (m: ModelFit) =>
  m.limitedBy === 'both'
    ? 'CPU and memory run out together'
    : m.limitedBy === 'cpu'
      ? 'CPU runs out first'
      : 'memory runs out first';

export default function DensityExplorer({ uid, initial }: Props) {
  const start = { ...DEFAULTS, ...initial };
  const [texts, setTexts] = useState<Texts>(
    () => Object.fromEntries(FIELDS.map((f) => [f.id, String(start[f.id])])) as Texts,
  );
  const lastGood = useRef<HostDensity>(hostDensity(start));
  const check = useMemo(() => evaluate(texts), [texts]);
  if (check.ok) lastGood.current = check.result;
  const r = check.ok ? check.result : lastGood.current;
  const max = Math.max(1, r.vms.fit, r.containers.fit);
  const groups = [...new Set(FIELDS.map((f) => f.group))];
  const rows: [string, ModelFit][] = [
    ['Virtual machines', r.vms],
    ['Containers', r.containers],
  ];
  return (
    <div class="dx">
      <form class="dx-fields" onSubmit={(e) => e.preventDefault()}>
        {groups.map((g) => (
          <fieldset key={g}>
            <legend>{g}</legend>
            {FIELDS.filter((f) => f.group === g).map((f) => {
              const bad = !check.ok && check.field === f.id;
              const id = `${uid}-${f.id}`;
              return (
                <div class="dx-field" key={f.id}>
                  <label for={id}>{f.label}</label>
                  <input
                    id={id}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={texts[f.id]}
                    aria-invalid={bad ? 'true' : undefined}
                    aria-describedby={bad ? `${uid}-error` : undefined}
                    onInput={(e) => setTexts({ ...texts, [f.id]: (e.currentTarget as HTMLInputElement).value })}
                  />
                </div>
              );
            })}
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => setTexts(Object.fromEntries(FIELDS.map((f) => [f.id, String(start[f.id])])) as Texts)}
        >
          Back to the lesson’s values
        </button>
      </form>
      <div class="dx-out" aria-live="polite">
        {!check.ok && (
          <p class="dx-error" id={`${uid}-error`} role="alert">
            {check.message} The results below are for the last valid values.
          </p>
        )}
        <p class="dx-summary">
          Left for instances: {show(r.available.vcpus)} vCPUs and {show(r.available.gb)} GB.{' '}
          <strong>
            {r.containers.fit} containers against {r.vms.fit} VMs
          </strong>
          {r.extra > 0
            ? `: ${r.extra} more instances as containers.`
            : r.extra < 0
              ? `: ${-r.extra} fewer as containers.`
              : ': the same number.'}
        </p>
        <table class="dx-table">
          <caption>How many instances fit, and why</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Per instance</th>
              <th scope="col">Fit by CPU</th>
              <th scope="col">Fit by memory</th>
              <th scope="col">Fit</th>
              <th scope="col">Limit</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, m]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>
                  {show(m.perInstance.vcpus)} vCPU, {show(m.perInstance.gb)} GB
                </td>
                <td>{m.byCpu}</td>
                <td>{m.byMemory}</td>
                <td>
                  <strong>{m.fit}</strong>
                </td>
                <td>{limitText(m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="dx-bars" aria-hidden="true">
          {rows.map(([name, m]) => (
            <div class="dx-bar-row" key={name}>
              <span class="dx-bar-label">{name}</span>
              <span class="dx-bar" style={{ width: `${(100 * m.fit) / max}%` }} data-model={name} />
              <span class="dx-bar-value">{m.fit}</span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
