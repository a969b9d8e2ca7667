import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OAuthScenarioId, OAuthStep } from '../../domain/access/doors/oauth.ts';
import { FlowStep } from './FlowStep.tsx';
import { IdTokenPanel } from './IdTokenPanel.tsx';
import { Frame, Picker } from './Frame.tsx';
import { Share } from './Share.tsx';
import type { IdTokenBreak } from './id-token-breaks.ts';
import type { IdTokenView } from './id-token.ts';
import { readOauthParams, writeOauthParams } from './oauth-url.ts';
import { clampCursor, stepItems, type FlowView, type ScenarioOption, type StepState } from './oauth-view.ts';
import { OAUTH, S, STEP_NAMES } from './strings.ts';
import { useLink } from './use-link.ts';

interface Props {
  uid: string;
  /** The lesson's scenario (an OAUTH_SCENARIOS id). */
  preset: OAuthScenarioId;
  /** That scenario's flow, run at build time. */
  initialFlow: FlowView;
  /** OAUTH_SCENARIOS and OAUTH_STEPS, as data: the island loads the domain (and jose) only on demand. */
  scenarios: ScenarioOption[];
  steps: OAuthStep[];
}

const STATE_TEXT: Record<StepState, string> = {
  done: OAUTH.stateDone,
  current: OAUTH.stateCurrent,
  failed: OAUTH.stateFailed,
  next: OAUTH.stateNext,
  unreached: OAUTH.stateUnreached,
};

/** The OAuth mode: step through a scenario's flow, then play with an ID token. */
export default function OauthPlayground({ uid, preset, initialFlow, scenarios, steps }: Props) {
  const [flow, setFlow] = useState<FlowView>(initialFlow);
  const [loading, setLoading] = useState(false);
  const [cursor, setCursor] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [brk, setBrk] = useState<IdTokenBreak | null>(null);
  const [token, setToken] = useState<IdTokenView | null>(null);
  const [tokenBusy, setTokenBusy] = useState(false);
  const run = useRef(0);
  const stepHeading = useRef<HTMLDivElement>(null);

  const load = async (id: OAuthScenarioId, at: number) => {
    const ticket = ++run.current;
    setLoading(true);
    const { runFlow } = await import('./oauth-runner.ts');
    const next = await runFlow(id);
    if (ticket !== run.current) return;
    setFlow(next);
    setCursor(clampCursor(at, next));
    setLoading(false);
  };
  const issue = async (b: IdTokenBreak) => {
    setBrk(b);
    setTokenBusy(true);
    const { issueAndValidate } = await import('./id-token.ts');
    setToken(await issueAndValidate(b));
    setTokenBusy(false);
  };

  const values = useMemo(() => writeOauthParams(flow.scenario, cursor, brk), [flow.scenario, cursor, brk]);
  const link = useLink(
    'oauth',
    (params) => {
      const read = readOauthParams(params, preset, scenarios);
      if (read.unknownPreset !== null) setNotice(S.urlUnknownPreset(read.unknownPreset));
      else if (read.rejected.length > 0) setNotice(S.urlNotice(read.rejected.join(', ')));
      if (read.scenario !== initialFlow.scenario) void load(read.scenario, read.cursor);
      else setCursor(clampCursor(read.cursor, initialFlow));
      if (read.idToken) void issue(read.idToken);
    },
    values,
  );

  // Focus stays on Next/Back (the step count is announced); when the button just pressed becomes
  // disabled (first or last step), focus moves to the step's title instead of being lost.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (document.activeElement instanceof HTMLButtonElement && !document.activeElement.disabled) return;
    stepHeading.current?.querySelector<HTMLElement>('h4')?.focus();
  }, [cursor]);
  const go = (to: number) => {
    link.touch();
    moved.current = true;
    setCursor(clampCursor(to, flow));
  };

  const scenario = scenarios.find((s) => s.id === flow.scenario);
  const items = stepItems(flow, cursor, steps);
  const record = flow.log[cursor];
  const atEnd = cursor >= flow.log.length - 1;
  const last = flow.log[flow.log.length - 1];
  return (
    <Frame
      link={link}
      title={OAUTH.title}
      intro={OAUTH.intro}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
      data={{ scenario: flow.scenario, busy: loading ? 'true' : 'false' }}
    >
      <Picker
        id={`${uid}-scenario`}
        label={OAUTH.scenario}
        value={flow.scenario}
        options={scenarios}
        interactive={link.ready}
        disabled={loading}
        onChoose={(id) => {
          link.touch();
          void load(id as OAuthScenarioId, 0);
        }}
      />
      <p class="pp-hint">{scenario?.description}</p>
      <h4 class="visually-hidden">{OAUTH.stepsTitle}</h4>
      <ol class="pp-steps">
        {items.map((item) => (
          <li
            key={item.key}
            data-state={item.state}
            {...(item.state === 'current' || item.state === 'failed' ? { 'aria-current': 'step' as const } : {})}
          >
            {STEP_NAMES[item.step]} <span class="visually-hidden">({STATE_TEXT[item.state]})</span>
            {item.state === 'failed' && <span aria-hidden="true"> ✗</span>}
            {item.state === 'done' && <span aria-hidden="true"> ✓</span>}
          </li>
        ))}
      </ol>
      {link.ready ? (
        <>
          <div class="pp-actions" role="group" aria-label={OAUTH.stepOf(cursor + 1, flow.log.length)}>
            <button type="button" onClick={() => go(cursor - 1)} disabled={loading || cursor === 0}>
              {OAUTH.back}
            </button>
            <button type="button" onClick={() => go(cursor + 1)} disabled={loading || atEnd}>
              {OAUTH.next}
            </button>
            <button type="button" onClick={() => go(0)} disabled={loading || cursor === 0}>
              {OAUTH.restart}
            </button>
          </div>
          <p class="pp-hint" aria-live="polite">
            {loading ? OAUTH.loading : OAUTH.stepOf(cursor + 1, flow.log.length)}
          </p>
          <div ref={stepHeading} class="pp-current-step" data-testid="pp-oauth-step">
            {record && <FlowStep record={record} />}
          </div>
        </>
      ) : (
        flow.log.map((r, i) => <FlowStep key={i} record={r} compact />)
      )}
      {(atEnd || !link.ready) && last && (
        <p class="pp-result" data-ok={flow.status === 'done' ? 'true' : 'false'} data-testid="pp-oauth-outcome">
          <strong>
            {flow.status === 'done'
              ? OAUTH.done
              : OAUTH.stopped(STEP_NAMES[flow.failure?.step ?? last.step], flow.failure?.reason ?? '')}
          </strong>
        </p>
      )}
      <IdTokenPanel
        uid={uid}
        brk={brk ?? 'none'}
        view={token}
        busy={tokenBusy}
        onIssue={(b) => {
          link.touch();
          void issue(b);
        }}
      />
      {/* Copying a link needs JavaScript: shown once the island is interactive. */}
      {link.ready && <Share uid={uid} link={link.link} note={null} />}
    </Frame>
  );
}
