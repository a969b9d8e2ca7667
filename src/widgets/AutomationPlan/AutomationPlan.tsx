/**
 * Plan and apply with drift: edit the desired resources (YAML), plan to see the diff, apply,
 * change a resource "in the console" (drift), plan again. All from src/domain/automation. The
 * YAML is kept in the URL (#plan=...), so a link shows the same file.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apply, createCloud, drift, formatPlan, parseConfig, plan, type Cloud } from '../../domain/automation';

interface Props {
  uid: string;
  initial: string;
}

const HASH = 'plan=';

function fromUrl(): string | null {
  if (typeof location === 'undefined') return null;
  const h = location.hash.slice(1);
  if (!h.startsWith(HASH)) return null;
  try {
    return decodeURIComponent(h.slice(HASH.length));
  } catch {
    return null;
  }
}

export default function AutomationPlan({ uid, initial }: Props) {
  const [text, setText] = useState(initial);
  const [cloud, setCloud] = useState<Cloud>(() => createCloud(7));
  const [message, setMessage] = useState(
    'Nothing applied yet: the cloud is empty. Plan to see what apply would create.',
  );
  const [driftAddress, setDriftAddress] = useState('');
  const [driftProp, setDriftProp] = useState('');
  const [driftValue, setDriftValue] = useState('');
  const [driftError, setDriftError] = useState<string | null>(null);

  useEffect(() => {
    const t = fromUrl();
    if (t !== null) setText(t);
  }, []);
  useEffect(() => {
    if (typeof history === 'undefined' || typeof location === 'undefined') return;
    const next = `#${HASH}${encodeURIComponent(text)}`;
    if (location.hash !== next) history.replaceState(null, '', `${location.pathname}${location.search}${next}`);
  }, [text]);

  const parsed = useMemo(() => parseConfig(text), [text]);
  const current = parsed.ok ? plan(parsed.config, cloud) : null;
  const addresses = Object.keys(cloud.resources);
  const target = addresses.includes(driftAddress) ? driftAddress : (addresses[0] ?? '');

  return (
    <div class="ap">
      <div class="ap-edit">
        <label for={`${uid}-yaml`}>Desired resources (YAML)</label>
        <textarea
          id={`${uid}-yaml`}
          rows={14}
          spellcheck={false}
          value={text}
          aria-invalid={parsed.ok ? undefined : 'true'}
          aria-describedby={parsed.ok ? undefined : `${uid}-errors`}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {!parsed.ok && (
          <div id={`${uid}-errors`} role="alert">
            <ul class="ap-errors">
              {parsed.errors.map((e, i) => (
                <li key={i}>
                  {e.path === '' ? '' : <code>{e.path}</code>} {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="ap-buttons">
          <button
            type="button"
            disabled={!parsed.ok}
            onClick={() => {
              if (!parsed.ok) return;
              const r = apply(parsed.config, cloud);
              setCloud(r.cloud);
              setMessage(
                r.log.length === 0 ? 'Apply complete: nothing to change.' : `Apply complete. ${r.log.join(' ')}`,
              );
            }}
          >
            Apply
          </button>
          <button
            type="button"
            onClick={() => {
              setCloud(createCloud(7));
              setText(initial);
              setMessage('Back to the lesson’s file, with an empty cloud.');
            }}
          >
            Reset
          </button>
        </div>
      </div>
      <div class="ap-out">
        <h4 id={`${uid}-plan-h`}>Plan</h4>
        <pre class="ap-plan" aria-labelledby={`${uid}-plan-h`} aria-live="polite" tabIndex={0}>
          {current === null ? 'Fix the file to see a plan.' : formatPlan(current)}
        </pre>
        <p class="ap-status" aria-live="polite">
          {message}
        </p>
        <table class="ap-table">
          <caption>What exists in the cloud now ({addresses.length} resources)</caption>
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">Id</th>
              <th scope="col">Properties</th>
            </tr>
          </thead>
          <tbody>
            {addresses.map((a) => (
              <tr key={a}>
                <th scope="row">{a}</th>
                <td>{cloud.resources[a]!.id}</td>
                <td>
                  <code>{JSON.stringify(cloud.resources[a]!.properties)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <fieldset class="ap-drift" disabled={addresses.length === 0}>
          <legend>Drift: change a resource outside the tool (as someone in the console would)</legend>
          <div class="ap-field">
            <label for={`${uid}-d-res`}>Resource</label>
            <select
              id={`${uid}-d-res`}
              value={target}
              onChange={(e) => setDriftAddress((e.currentTarget as HTMLSelectElement).value)}
            >
              {addresses.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
          <div class="ap-field">
            <label for={`${uid}-d-prop`}>Property</label>
            <input
              id={`${uid}-d-prop`}
              type="text"
              autoComplete="off"
              value={driftProp}
              aria-invalid={driftError !== null ? 'true' : undefined}
              aria-describedby={driftError !== null ? `${uid}-d-err` : undefined}
              onInput={(e) => setDriftProp((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="ap-field">
            <label for={`${uid}-d-val`}>New value</label>
            <input
              id={`${uid}-d-val`}
              type="text"
              autoComplete="off"
              value={driftValue}
              onInput={(e) => setDriftValue((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="ap-buttons">
            <button
              type="button"
              onClick={() => {
                const prop = driftProp.trim();
                if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prop)) {
                  setDriftError('Property: write a property name such as size or cidr.');
                  return;
                }
                const r = drift(cloud, target, { [prop]: driftValue });
                if (!r.ok) {
                  setDriftError(r.error.message);
                  return;
                }
                setDriftError(null);
                setCloud(r.cloud);
                setMessage(
                  `Someone changed ${prop} of ${target} to "${driftValue}" outside the tool. Look at the plan.`,
                );
              }}
            >
              Change it
            </button>
            <button
              type="button"
              onClick={() => {
                const r = drift(cloud, target, null);
                if (!r.ok) return;
                setCloud(r.cloud);
                setMessage(`Someone deleted ${target} outside the tool. Look at the plan.`);
              }}
            >
              Delete it
            </button>
          </div>
          {driftError !== null && (
            <p class="ap-error" id={`${uid}-d-err`} role="alert">
              {driftError}
            </p>
          )}
        </fieldset>
      </div>
    </div>
  );
}
