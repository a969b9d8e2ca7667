import type { HttpMessage, StepRecord } from '../../domain/access/index.ts';
import { ACTORS, laneRoles, pairs, type LaneRole } from './oauth-view.ts';
import { ACTOR_NAMES, OAUTH } from './strings.ts';

const ROLE_TEXT: Record<LaneRole, string> = {
  sends: OAUTH.sends,
  receives: OAUTH.receives,
  both: `${OAUTH.sends} / ${OAUTH.receives}`,
  idle: OAUTH.idle,
};

function Pairs({ title, list }: { title: string; list: [string, string][] }) {
  if (list.length === 0) return null;
  return (
    <>
      <h6>{title}</h6>
      <dl class="pp-kv">
        {list.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd class="pp-learner">{v}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Message({ title, message }: { title: string; message: HttpMessage }) {
  return (
    <div class="pp-http">
      <h5>{title}</h5>
      {message.method !== undefined && (
        <p class="pp-kv">
          <code class="pp-learner">
            {message.method} {message.url}
          </code>
        </p>
      )}
      {message.status !== undefined && (
        <p class="pp-kv">
          {OAUTH.status}: <code>{message.status}</code>
        </p>
      )}
      <Pairs title={OAUTH.headers} list={pairs(message.headers)} />
      <Pairs title={OAUTH.params} list={pairs(message.params)} />
      <Pairs title={OAUTH.body} list={pairs(message.body)} />
    </div>
  );
}

/** One step: who talks to whom (lanes), what is said (HTTP), the values at stake, and the verdict. */
export function FlowStep({ record, headingId }: { record: StepRecord; headingId?: string }) {
  const roles = laneRoles(record);
  return (
    <div class="pp-step" data-ok={record.ok ? 'true' : 'false'} data-step={record.step}>
      <h4 id={headingId} tabIndex={-1}>
        {record.title}
      </h4>
      <ul class="pp-lanes" aria-label={OAUTH.lanesLabel}>
        {ACTORS.map((a) => (
          <li key={a} data-role={roles[a]}>
            <span class="pp-lane-role">{ROLE_TEXT[roles[a]]}</span>
            {ACTOR_NAMES[a]}
          </li>
        ))}
      </ul>
      <p>{record.explanation}</p>
      {record.request && <Message title={OAUTH.request} message={record.request} />}
      {record.response && <Message title={OAUTH.response} message={record.response} />}
      {Object.keys(record.details).length > 0 && (
        <div class="pp-http">
          <Pairs title={OAUTH.details} list={pairs(record.details)} />
        </div>
      )}
      {record.ok ? (
        <p class="pp-result" data-ok="true">
          {OAUTH.stepOk}
        </p>
      ) : (
        <div class="pp-result" data-ok="false">
          <p>
            <strong>{OAUTH.stepFailed(record.failure?.reason ?? '')}</strong>
          </p>
          <p>{record.failure?.message}</p>
        </div>
      )}
    </div>
  );
}
