import { SAS_PERMISSION_NAMES, SAS_PERMISSION_ORDER } from '../../domain/access/doors/sas.ts';
import type { SasAction, SasForm } from './sas-state.ts';
import { SAS } from './strings.ts';

interface Props {
  uid: string;
  form: SasForm;
  signError: string | null;
  dispatch: (action: SasAction) => void;
  /** False before the island is interactive (and without JavaScript): the values as text. */
  interactive?: boolean;
}

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** The generator: resource, permissions, validity, IP range and protocol of the token to sign. */
export function SasGenerate({ uid, form, signError, dispatch, interactive = true }: Props) {
  if (!interactive)
    return (
      <div class="widget-group pp-group">
        <p class="pp-pairs-title">{SAS.generateTitle}</p>
        <dl class="pp-request-summary">
          <dt>{SAS.resource}</dt>
          <dd class="pp-learner">{form.resource}</dd>
          <dt>{SAS.permissions}</dt>
          <dd>{[...form.perms].map((l) => `${SAS_PERMISSION_NAMES[l] ?? l} (${l})`).join(', ')}</dd>
          <dt>{SAS.start}</dt>
          <dd>{form.start}</dd>
          <dt>{SAS.expiry}</dt>
          <dd>{form.expiry}</dd>
          <dt>{SAS.ip}</dt>
          <dd class="pp-learner">{form.ip}</dd>
          <dt>{SAS.protocol}</dt>
          <dd>{form.protocol}</dd>
        </dl>
      </div>
    );
  const set = (patch: Partial<SasForm>) => dispatch({ type: 'form', patch });
  const toggle = (letter: string, on: boolean) => {
    const letters = new Set(form.perms);
    if (on) letters.add(letter);
    else letters.delete(letter);
    set({ perms: [...SAS_PERMISSION_ORDER].filter((l) => letters.has(l)).join('') });
  };
  const errorId = `${uid}-sign-error`;
  return (
    <fieldset class="widget-group pp-group">
      <legend>{SAS.generateTitle}</legend>
      <p class="pp-field">
        <label for={`${uid}-res`}>{SAS.resource}</label>
        <input
          id={`${uid}-res`}
          type="text"
          spellcheck={false}
          autocomplete="off"
          value={form.resource}
          onInput={(e) => set({ resource: valueOf(e) })}
        />
      </p>
      <fieldset class="pp-perms">
        <legend>{SAS.permissions}</legend>
        {[...SAS_PERMISSION_ORDER].map((l) => (
          <label key={l}>
            <input
              type="checkbox"
              checked={form.perms.includes(l)}
              onChange={(e) => toggle(l, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              <code>{l}</code> {SAS_PERMISSION_NAMES[l]}
            </span>
          </label>
        ))}
      </fieldset>
      <p class="pp-field">
        <label for={`${uid}-st`}>{SAS.start}</label>
        <input id={`${uid}-st`} type="datetime-local" value={form.start} onInput={(e) => set({ start: valueOf(e) })} />
      </p>
      <p class="pp-field">
        <label for={`${uid}-se`}>{SAS.expiry}</label>
        <input
          id={`${uid}-se`}
          type="datetime-local"
          value={form.expiry}
          onInput={(e) => set({ expiry: valueOf(e) })}
        />
      </p>
      <p class="pp-field">
        <label for={`${uid}-sip`}>{SAS.ip}</label>
        <input
          id={`${uid}-sip`}
          type="text"
          spellcheck={false}
          autocomplete="off"
          value={form.ip}
          onInput={(e) => set({ ip: valueOf(e) })}
        />
      </p>
      <p class="pp-field">
        <label for={`${uid}-spr`}>{SAS.protocol}</label>
        <select
          id={`${uid}-spr`}
          value={form.protocol}
          onChange={(e) => set({ protocol: valueOf(e) as SasForm['protocol'] })}
        >
          <option value="">{SAS.protocolAny}</option>
          <option value="https">{SAS.protocolHttps}</option>
          <option value="https,http">{SAS.protocolBoth}</option>
        </select>
      </p>
      <p class="pp-hint">{SAS.demoKey}</p>
      <p id={errorId} class="pp-row-problem pp-learner" role="status">
        {signError}
      </p>
    </fieldset>
  );
}
