import type { HttpMessage, StepRecord } from '../../domain/access/doors/oauth.ts';
import { ACTORS, laneRoles, pairs, type LaneRole } from './oauth-view.ts';
import { ACTOR_NAMES, OAUTH } from './strings.ts';

const ROLE_TEXT: Record<LaneRole, string> = {
  sends: OAUTH.sends,
  receives: OAUTH.receives,
  both: `${OAUTH.sends} / ${OAUTH.receives}`,
  idle: OAUTH.idle,
};

/**
 * A titled list of names and values. The title's level follows the heading it sits under (h6
 * under a message's h5, h5 directly under the step's h4) so headings never skip a level; the
 * class keeps both looking the same.
 */
function Pairs({ title, list, level }: { title: string; list: [string, string][]; level: 'h5' | 'h6' }) {
  if (list.length === 0) return null;
  const Heading = level;
  return (
    <>
      <Heading class="pp-pairs-title">{title}</Heading>
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
      <Pairs title={OAUTH.headers} list={pairs(message.headers)} level="h6" />
      <Pairs title={OAUTH.params} list={pairs(message.params)} level="h6" />
      <Pairs title={OAUTH.body} list={pairs(message.body)} level="h6" />
    </div>
  );
}

/**
 * One step: who talks to whom (lanes), what is said (HTTP), the values at stake, and the verdict.
 * `compact` (the whole flow listed before the playground is interactive, and without JavaScript)
 * keeps the title, the explanation and the verdict: the HTTP detail of every step at once would
 * put hundreds of elements on the page before the learner asks for any (issue 9).
 */
export function FlowStep({
  record,
  headingId,
  compact = false,
}: {
  record: StepRecord;
  headingId?: string;
  compact?: boolean;
}) {
  const roles = laneRoles(record);
  if (compact)
    return (
      <div class="pp-step" data-ok={record.ok ? 'true' : 'false'} data-step={record.step}>
        <h4 id={headingId}>{record.title}</h4>
        <p>{record.explanation}</p>
        {!record.ok && (
          <p class="pp-result" data-ok="false">
            <strong>{OAUTH.stepFailed(record.failure?.reason ?? '')}</strong> {record.failure?.message}
          </p>
        )}
      </div>
    );
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
          <Pairs title={OAUTH.details} list={pairs(record.details)} level="h5" />
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
