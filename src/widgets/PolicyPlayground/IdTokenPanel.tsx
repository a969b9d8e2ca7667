import { useState } from 'preact/hooks';
import { ID_TOKEN_BREAKS, type IdTokenBreak } from './id-token-breaks.ts';
import type { IdTokenView } from './id-token.ts';
import { BREAK_LABELS, OAUTH } from './strings.ts';

interface Props {
  uid: string;
  brk: IdTokenBreak;
  /** Issued at least once (the section then re-issues on every change of `brk`). */
  view: IdTokenView | null;
  busy: boolean;
  onIssue: (brk: IdTokenBreak) => void;
}

/** The ID token section: issue, break one claim, read validateIdToken's verdict. */
/** The claim each broken scenario changes (the signature is not a claim). */
const CHANGED_CLAIM: Readonly<Record<IdTokenBreak, string | null>> = {
  none: null,
  'wrong-iss': 'iss',
  'wrong-aud': 'aud',
  expired: 'exp',
  'iat-future': 'iat',
  'wrong-nonce': 'nonce',
  'tampered-signature': null,
};

/** The payload's claims, one per row, the changed one marked, times also as UTC dates. */
function Claims({ payload, changed }: { payload: string; changed: string | null }) {
  let claims: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(payload);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    claims = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  return (
    <dl class="pp-claims">
      {Object.entries(claims).map(([k, v]) => {
        const time =
          (k === 'iat' || k === 'exp' || k === 'nbf' || k === 'auth_time') &&
          typeof v === 'number' &&
          Number.isFinite(v)
            ? new Date(v * 1000)
                .toISOString()
                .replace('T', ' ')
                .replace(/\.\d+Z$/, ' UTC')
            : null;
        return (
          <div key={k} data-changed={k === changed ? 'true' : undefined}>
            <dt>
              {k}
              {k === changed && <span class="pp-badge">{OAUTH.changedClaim}</span>}
            </dt>
            <dd class="pp-learner">
              {JSON.stringify(v)}
              {time && ` (${time})`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function IdTokenPanel({ uid, brk, view, busy, onIssue }: Props) {
  const [chosen, setChosen] = useState<IdTokenBreak>(brk);
  const current = view ? brk : chosen;
  return (
    <div class="widget-group pp-group pp-idtoken">
      <h4>{OAUTH.idTitle}</h4>
      <p class="pp-hint">{OAUTH.idIntro}</p>
      <fieldset class="pp-radios">
        <legend>{OAUTH.breakLabel}</legend>
        {ID_TOKEN_BREAKS.map((b) => (
          <label key={b}>
            <input
              type="radio"
              name={`${uid}-break`}
              value={b}
              checked={current === b}
              onChange={() => {
                setChosen(b);
                if (view) onIssue(b);
              }}
            />
            {BREAK_LABELS[b]}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => onIssue(current)} disabled={busy}>
        {OAUTH.issue}
      </button>
      <div role="status" class="pp-idtoken-out">
        {busy && <p>{OAUTH.loadingToken}</p>}
        {view && !busy && (
          <div class="pp-result" data-ok={view.result.ok ? 'true' : 'false'} data-testid="pp-idtoken-result">
            {view.result.ok ? (
              <p>
                <strong>{OAUTH.valid}</strong>
              </p>
            ) : (
              <>
                <p>
                  <strong>{OAUTH.invalid}</strong>: <code data-reason={view.result.reason}>{view.result.reason}</code>
                </p>
                <p>{view.result.message}</p>
              </>
            )}
          </div>
        )}
      </div>
      {view && (
        <>
          <h5>{OAUTH.header}</h5>
          <pre class="pp-jwt">{view.header ?? '—'}</pre>
          <h5>{OAUTH.payload}</h5>
          {view.payload ? <Claims payload={view.payload} changed={CHANGED_CLAIM[brk]} /> : <pre class="pp-jwt">—</pre>}
          <h5>{OAUTH.signature}</h5>
          <pre class="pp-jwt">{view.signature}</pre>
          <h5>{OAUTH.token}</h5>
          <pre class="pp-jwt">{view.token}</pre>
        </>
      )}
    </div>
  );
}
