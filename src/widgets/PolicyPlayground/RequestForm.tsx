import { bankUsers } from '../../domain/access/doors/bank.ts';
import { ROW_TYPES, rowValue, type RowType } from './iam-rows.ts';
import { IP_KEY, MFA_KEY, clockMinutes, type IamAction, type IamState, type Origin } from './iam-state.ts';
import { formatClock, knownActions, knownResources } from './iam-options.ts';
import { IAM } from './strings.ts';
import type { IamFamily } from './iam-catalog.ts';

interface Props {
  uid: string;
  state: IamState;
  /** Where the policies come from: the bank's helpers are shown for the bank family only. */
  family: IamFamily;
  problems: Record<number, string>;
  dispatch: (action: IamAction) => void;
  /** False before the island is interactive (and without JavaScript): a read-only summary. */
  interactive?: boolean;
}

const ACTIONS = knownActions();
const RESOURCES = knownResources();
const TYPE_LABELS: Record<RowType, string> = {
  string: IAM.typeString,
  number: IAM.typeNumber,
  bool: IAM.typeBool,
  list: IAM.typeList,
};

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/**
 * The request as text: what the page shows before the playground is interactive, and without
 * JavaScript. A handful of elements instead of the form's hundred and more (issue 9's budget of
 * 1,200 elements for a lesson with three playgrounds).
 */
function RequestSummary({ state }: { state: IamState }) {
  const user = bankUsers.find((u) => u.id === state.userId);
  return (
    <div class="pp-request">
      <dl class="pp-request-summary">
        {user && (
          <>
            <dt>{IAM.user}</dt>
            <dd>{`${user.name}: ${user.title}`}</dd>
          </>
        )}
        <dt>{IAM.action}</dt>
        <dd class="pp-learner">{state.action}</dd>
        <dt>{IAM.resource}</dt>
        <dd class="pp-learner">{state.resource}</dd>
        <dt>{IAM.rowsTitle}</dt>
        <dd class="pp-learner">
          {state.rows
            .map(
              (r) =>
                `${r.key} = ${r.type === 'string' ? JSON.stringify(r.value) : r.type === 'list' ? `[${r.value}]` : r.value}`,
            )
            .join('; ')}
        </dd>
      </dl>
    </div>
  );
}

/** The Request panel: who, what, on which resource, and the context (helpers, then every key). */
export function RequestForm({ uid, state, family, problems, dispatch, interactive = true }: Props) {
  if (!interactive) return <RequestSummary state={state} />;
  const ip = rowValue(state.rows, IP_KEY);
  const mfa = rowValue(state.rows, MFA_KEY) === true;
  const minutes = clockMinutes(state.rows);
  const setIp = (value: string) => dispatch({ type: 'set-key', key: IP_KEY, rowType: 'string', value });
  const from = (origin: Origin) => dispatch({ type: 'origin', origin });
  return (
    <div class="pp-request">
      {family !== 'grammar' && (
        <p class="pp-field">
          <label for={`${uid}-user`}>{IAM.user}</label>
          <select id={`${uid}-user`} value={state.userId} onChange={(e) => dispatch({ type: 'user', id: valueOf(e) })}>
            {bankUsers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}: {u.title}
              </option>
            ))}
          </select>
        </p>
      )}
      <p class="pp-field">
        <label for={`${uid}-action`}>{IAM.action}</label>
        <input
          id={`${uid}-action`}
          type="text"
          list={`${uid}-actions`}
          spellcheck={false}
          autocomplete="off"
          value={state.action}
          onInput={(e) => dispatch({ type: 'action', value: valueOf(e) })}
        />
        <datalist id={`${uid}-actions`}>
          {ACTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </p>
      <p class="pp-field">
        <label for={`${uid}-resource`}>{IAM.resource}</label>
        <input
          id={`${uid}-resource`}
          type="text"
          list={`${uid}-resources`}
          spellcheck={false}
          autocomplete="off"
          value={state.resource}
          onInput={(e) => dispatch({ type: 'resource', value: valueOf(e) })}
        />
        <datalist id={`${uid}-resources`}>
          {RESOURCES.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </p>
      {family !== 'bank' && <p class="pp-hint">{family === 'roles' ? IAM.contextHintRoles : IAM.contextHintGrammar}</p>}
      {family === 'bank' && (
        <fieldset class="widget-group pp-group">
          <legend>{IAM.contextTitle}</legend>
          <p class="pp-hint">{IAM.contextHint}</p>
          <p class="pp-field">
            <label for={`${uid}-ip`}>{IAM.sourceIp}</label>
            <input
              id={`${uid}-ip`}
              type="text"
              spellcheck={false}
              autocomplete="off"
              value={typeof ip === 'string' ? ip : ''}
              onInput={(e) => setIp(valueOf(e))}
            />
          </p>
          <div class="pp-actions" role="group" aria-label={IAM.ipHelpers}>
            <button type="button" onClick={() => from('officeV4')}>
              {IAM.officeV4}
            </button>
            <button type="button" onClick={() => from('officeV6')}>
              {IAM.officeV6}
            </button>
            <button type="button" onClick={() => from('home')}>
              {IAM.home}
            </button>
            <button type="button" onClick={() => from('endpoint')}>
              {IAM.viaEndpoint}
            </button>
          </div>
          <p class="pp-check">
            <input
              id={`${uid}-mfa`}
              type="checkbox"
              checked={mfa}
              onChange={(e) =>
                dispatch({
                  type: 'set-key',
                  key: MFA_KEY,
                  rowType: 'bool',
                  value: String((e.currentTarget as HTMLInputElement).checked),
                })
              }
            />
            <label for={`${uid}-mfa`}>{IAM.mfa}</label>
          </p>
          <p class="pp-field">
            <label for={`${uid}-time`}>{IAM.time}</label>
            <span class="pp-slider">
              <input
                id={`${uid}-time`}
                type="range"
                min={0}
                max={1410}
                step={30}
                value={Math.round(minutes / 30) * 30}
                aria-valuetext={`${formatClock(minutes)} UTC`}
                onInput={(e) => dispatch({ type: 'time', minutes: Number(valueOf(e)) })}
              />
              <output for={`${uid}-time`}>{formatClock(minutes)}</output>
            </span>
          </p>
        </fieldset>
      )}
      <fieldset class="widget-group pp-group">
        <legend>{IAM.rowsTitle}</legend>
        <ol class="pp-rows">
          {state.rows.map((row, i) => {
            const n = i + 1;
            const problem = problems[row.id];
            const problemId = `${uid}-row-${row.id}-problem`;
            return (
              <li key={row.id} class="pp-row" data-problem={problem ? 'true' : 'false'}>
                <input
                  type="text"
                  class="pp-row-key"
                  aria-label={IAM.rowKey(n)}
                  {...(problem ? { 'aria-describedby': problemId } : {})}
                  spellcheck={false}
                  autocomplete="off"
                  value={row.key}
                  onInput={(e) => dispatch({ type: 'row', id: row.id, patch: { key: valueOf(e) } })}
                />
                <select
                  aria-label={IAM.rowType(n)}
                  value={row.type}
                  onChange={(e) => {
                    const type = valueOf(e) as RowType;
                    const value = type === 'bool' && row.value !== 'true' ? 'false' : row.value;
                    dispatch({ type: 'row', id: row.id, patch: { type, value } });
                  }}
                >
                  {ROW_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {TYPE_LABELS[t]}
                    </option>
                  ))}
                </select>
                {row.type === 'bool' ? (
                  <select
                    aria-label={IAM.rowValue(n)}
                    value={row.value}
                    onChange={(e) => dispatch({ type: 'row', id: row.id, patch: { value: valueOf(e) } })}
                  >
                    <option value="true">true</option>
                    <option value="false">false</option>
                  </select>
                ) : (
                  <input
                    type="text"
                    class="pp-row-value"
                    aria-label={IAM.rowValue(n)}
                    aria-invalid={problem ? 'true' : 'false'}
                    {...(problem ? { 'aria-describedby': problemId } : {})}
                    spellcheck={false}
                    autocomplete="off"
                    inputMode={row.type === 'number' ? 'decimal' : 'text'}
                    value={row.value}
                    onInput={(e) => dispatch({ type: 'row', id: row.id, patch: { value: valueOf(e) } })}
                  />
                )}
                <button type="button" onClick={() => dispatch({ type: 'remove-row', id: row.id })}>
                  <span aria-hidden="true">✕</span>
                  <span class="visually-hidden">{IAM.rowRemove(n, row.key.slice(0, 60))}</span>
                </button>
                {problem && (
                  <p id={problemId} class="pp-row-problem">
                    {problem}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => dispatch({ type: 'add-row' })}>
          {IAM.addRow}
        </button>
      </fieldset>
    </div>
  );
}
