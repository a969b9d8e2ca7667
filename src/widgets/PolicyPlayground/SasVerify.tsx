import {
  SAS_PERMISSION_NAMES,
  SAS_PERMISSION_ORDER,
  sasFailureMessage,
  type SasFailureReason,
} from '../../domain/access/doors/sas.ts';
import type { SasAction, SasRequestForm } from './sas-state.ts';
import { clockHours, clockInstant, clockRange, daysFrom, formatUtc } from './sas-time.ts';
import { SAS, SAS_REASON_LABELS } from './strings.ts';

/** The outcome of verifySas, or null while it runs. */
export type SasResult = { ok: true } | { ok: false; reason: SasFailureReason } | null;

interface Props {
  uid: string;
  request: SasRequestForm;
  now: number;
  base: number;
  expiry: number;
  result: SasResult;
  expected: { ok: true } | { ok: false; reason: SasFailureReason };
  dispatch: (action: SasAction) => void;
}

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** The request presenting the token, the clock, the shortcut buttons and verifySas's verdict. */
export function SasVerify({ uid, request, now, base, expiry, result, expected, dispatch }: Props) {
  const set = (patch: Partial<SasRequestForm>) => dispatch({ type: 'request', patch });
  const range = clockRange(base, expiry);
  const hours = clockHours(now, base, range);
  const when = SAS.clockValue(formatUtc(now), daysFrom(now, base));
  return (
    <fieldset class="widget-group pp-group">
      <legend>{SAS.verifyTitle}</legend>
      <p class="pp-field">
        <label for={`${uid}-vres`}>{SAS.reqResource}</label>
        <input
          id={`${uid}-vres`}
          type="text"
          spellcheck={false}
          autocomplete="off"
          value={request.resource}
          onInput={(e) => set({ resource: valueOf(e) })}
        />
      </p>
      <p class="pp-field">
        <label for={`${uid}-vperm`}>{SAS.reqPermission}</label>
        <select id={`${uid}-vperm`} value={request.permission} onChange={(e) => set({ permission: valueOf(e) })}>
          {[...SAS_PERMISSION_ORDER].map((l) => (
            <option key={l} value={l}>
              {l}: {SAS_PERMISSION_NAMES[l]}
            </option>
          ))}
        </select>
      </p>
      <p class="pp-field">
        <label for={`${uid}-vip`}>{SAS.reqIp}</label>
        <input
          id={`${uid}-vip`}
          type="text"
          spellcheck={false}
          autocomplete="off"
          value={request.ip}
          onInput={(e) => set({ ip: valueOf(e) })}
        />
      </p>
      <p class="pp-field">
        <label for={`${uid}-vproto`}>{SAS.reqProtocol}</label>
        <select
          id={`${uid}-vproto`}
          value={request.protocol}
          onChange={(e) => set({ protocol: valueOf(e) as SasRequestForm['protocol'] })}
        >
          <option value="https">https</option>
          <option value="http">http</option>
          <option value="">{SAS.reqProtocolNone}</option>
        </select>
      </p>
      <p class="pp-field">
        <label for={`${uid}-clock`}>{SAS.clock}</label>
        <span class="pp-slider">
          <input
            id={`${uid}-clock`}
            type="range"
            min={range.min}
            max={range.max}
            step={1}
            value={hours}
            aria-valuetext={when}
            onInput={(e) => dispatch({ type: 'now', ms: clockInstant(Number(valueOf(e)), base) })}
          />
        </span>
        <output for={`${uid}-clock`}>{when}</output>
      </p>
      <div class="pp-actions">
        <button type="button" onClick={() => dispatch({ type: 'quick', what: 'past-expiry' })}>
          {SAS.pastExpiry}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'quick', what: 'delete' })}>
          {SAS.askDelete}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'quick', what: 'home' })}>
          {SAS.fromHome}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'quick', what: 'http' })}>
          {SAS.overHttp}
        </button>
      </div>
      <div
        class="pp-result"
        data-ok={result === null ? undefined : result.ok ? 'true' : 'false'}
        role="status"
        data-testid="pp-sas-result"
      >
        {result === null ? (
          <p>{SAS.working}</p>
        ) : result.ok ? (
          <p>
            <strong>{SAS.accepted}</strong>
          </p>
        ) : (
          <>
            <p>
              <strong>{SAS.rejected}</strong>:{' '}
              <code data-reason={result.reason}>{SAS_REASON_LABELS[result.reason]}</code>
            </p>
            <p>{sasFailureMessage(result.reason)}</p>
          </>
        )}
      </div>
      <p class="pp-hint">
        {SAS.expectedPreset}: {expected.ok ? SAS.accepted : `${SAS.rejected} (${SAS_REASON_LABELS[expected.reason]})`}
      </p>
    </fieldset>
  );
}
