import { parseSas } from '../../domain/access/doors/sas.ts';
import type { SasAction } from './sas-state.ts';
import { SAS, SAS_PARAM_HELP } from './strings.ts';

interface Props {
  uid: string;
  token: string;
  modified: boolean;
  dispatch: (action: SasAction) => void;
}

/** The presented token (editable), each parameter explained, and the tampering buttons. */
export function SasToken({ uid, token, modified, dispatch }: Props) {
  const parsed = parseSas(token);
  return (
    <div class="widget-group pp-group">
      <h4>{SAS.tokenTitle}</h4>
      <p class="pp-field">
        <label for={`${uid}-token`}>{SAS.tokenLabel}</label>
        <textarea
          id={`${uid}-token`}
          class="pp-token"
          rows={4}
          spellcheck={false}
          autocomplete="off"
          value={token}
          onInput={(e) => dispatch({ type: 'present', token: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </p>
      {modified && <p class="pp-note">{SAS.tokenModified}</p>}
      <div class="pp-actions" role="group" aria-label={SAS.tamperTitle}>
        <button type="button" onClick={() => dispatch({ type: 'quick', what: 'sig' })}>
          {SAS.tamperSig}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'quick', what: 'se' })}>
          {SAS.tamperSe}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'quick', what: 'sp' })}>
          {SAS.tamperSp}
        </button>
        <button type="button" disabled={!modified} onClick={() => dispatch({ type: 'restore' })}>
          {SAS.restore}
        </button>
      </div>
      <h5>{SAS.paramsTitle}</h5>
      {parsed.ok ? (
        <dl class="pp-params">
          {Object.entries(parsed.fields).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                <code class="pp-learner">{value}</code>
                <br />
                {SAS_PARAM_HELP[name]}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="pp-learner">{SAS.malformed(parsed.problem)}</p>
      )}
    </div>
  );
}
