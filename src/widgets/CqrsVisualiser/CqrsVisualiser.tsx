import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { CopyLink } from '../shared/CopyLink';
import { simulate, type CqrsRunResult } from '../../domain/cqrs';
import { headline } from './chart-text';
import { Player, type PlayerCommand } from './Player';
import { PREDICTIONS, outcomeOf } from './predictions';
import { PredictAsk, PredictOutcome } from './Predict';
import { PRESET_IDS, PRESETS, type PresetId } from './presets';
import { Settings } from './Settings';
import { PauseControl } from './PauseControl';
import { ResultsTable } from './ResultsTable';
import { StaticTables } from './StaticTables';
import { initialSettings, reduceSettings, sameConfig, type SettingsAction } from './state';
import type { StaticView } from './static-view';
import { PREDICT, PRESET_TEXT, S } from './strings';
import { clearParams, DEFAULT_SPEED, readParams, writeParams } from './url';

interface Props {
  /** Prefix of every element id: unique on the page. */
  uid: string;
  /** The lesson's starting scenario. */
  preset: PresetId;
  /** The starting scenario's tables, computed at build time (the view without JavaScript). */
  initial: StaticView;
}

const TYPING_DELAY_MS = 350;
const URL_DELAY_MS = 400;

type Predict = { state: 'asking' } | { state: 'answered'; preset: PresetId; choice: string | null } | { state: 'none' };

/** The CQRS lag visualiser island: settings in, simulate() once per change, playback over the result. */
export default function CqrsVisualiser({ uid, preset, initial }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [settings, dispatch] = useReducer(reduceSettings, preset, initialSettings);
  const [result, setResult] = useState<CqrsRunResult | null>(null);
  const [running, setRunning] = useState(false);
  const [predict, setPredict] = useState<Predict>({ state: 'asking' });
  const [speed, setSpeed] = useState(DEFAULT_SPEED);
  const [command, setCommand] = useState<PlayerCommand>({ token: 0, t: null, play: false });
  const [notice, setNotice] = useState<string | null>(null);
  // Counts the learner's changes, so an old "link copied" status is cleared by the next one.
  const [edits, setEdits] = useState(0);
  const [reducedMotion, setReducedMotion] = useState(false);
  // The prediction's outcome is revealed when the run reaches its end, not at 0 s (issue 15).
  const [revealed, setRevealed] = useState(false);
  // The compact layout for a projector: picture, controls and charts on one screen (issue 15).
  const [compact, setCompact] = useState(false);
  const root = useRef<HTMLElement>(null);
  const instance = useRef(1);
  const timeRef = useRef(0);
  const pending = useRef<Omit<PlayerCommand, 'token'> | null>(null);
  const touched = useRef(false);
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // On mount: which visualiser of the page this is, the address's run if it names one, motion preference.
  useEffect(() => {
    const el = root.current?.closest('[data-widget="cqrs-visualiser"]');
    const all = [...document.querySelectorAll('[data-widget="cqrs-visualiser"]')];
    instance.current = el ? all.indexOf(el) + 1 : 1;
    const read = readParams(location.search, preset, instance.current);
    if (read.found) {
      dispatch({ type: 'load', config: read.config, preset: read.preset });
      setSpeed(read.speed);
      pending.current = { t: read.t, play: false };
      setPredict({ state: 'none' });
      if (read.reset) setNotice(S.urlNoticeAll);
      else if (read.rejected.length > 0) setNotice(S.urlNotice(read.rejected.join(', ')));
    }
    const mq = matchMedia('(prefers-reduced-motion: reduce)');
    setReducedMotion(mq.matches);
    const onChange = () => setReducedMotion(mq.matches);
    mq.addEventListener('change', onChange);
    setHydrated(true);
    return () => mq.removeEventListener('change', onChange);
  }, [preset]);

  // Simulate the last good settings: at once for a click, after a pause in typing for text.
  useEffect(() => {
    if (!hydrated) return undefined;
    setRunning(true);
    const timer = setTimeout(
      () => {
        setResult(simulate(settings.good));
        setRunning(false);
        if (pending.current !== null) {
          const next = pending.current;
          pending.current = null;
          setCommand((c) => ({ token: c.token + 1, ...next }));
        }
      },
      settings.immediate ? 0 : TYPING_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [hydrated, settings.good]);

  const act = (action: SettingsAction) => {
    touched.current = true;
    setEdits((n) => n + 1);
    dispatch(action);
  };

  const writeUrl = (): string => {
    const search = writeParams(location.search, {
      instance: instance.current,
      preset: settings.preset,
      config: settings.good,
      t: timeRef.current,
      speed,
    });
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    return location.href;
  };
  const scheduleUrl = () => {
    if (!touched.current) return;
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(writeUrl, URL_DELAY_MS);
  };
  useEffect(scheduleUrl, [settings.good, speed]);
  useEffect(() => () => clearTimeout(urlTimer.current), []);

  const loadPreset = (id: PresetId) => {
    act({ type: 'preset', preset: id });
    // A fresh scenario starts with its question again: the address forgets the old run.
    touched.current = false;
    clearTimeout(urlTimer.current);
    history.replaceState(history.state, '', `${location.pathname}${clearParams(location.search)}${location.hash}`);
    pending.current = { t: 0, play: false };
    setPredict({ state: 'asking' });
  };

  const answer = (choice: string | null) => {
    setPredict({ state: 'answered', preset: settings.preset, choice });
    setRevealed(false);
    const go = { t: 0, play: !reducedMotion };
    if (running || result === null) pending.current = go;
    else setCommand((c) => ({ token: c.token + 1, ...go }));
    requestAnimationFrame(() =>
      root.current?.querySelector<HTMLElement>('.cqv-outcome, .cqv-transport button')?.focus(),
    );
  };

  // Esc leaves the compact layout, and focus stays on its button.
  useEffect(() => {
    if (!compact) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setCompact(false);
      requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.cqv-compact-toggle')?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [compact]);

  const outcome = useMemo(() => {
    if (predict.state !== 'answered' || predict.choice === null) return null;
    return outcomeOf(predict.preset, predict.choice, simulate(PRESETS[predict.preset], { timeline: false }));
  }, [predict]);

  const text = PRESET_TEXT[settings.preset];
  const invalid = Object.keys(settings.errors).some((k) => k !== 'pauseFor');

  if (!hydrated) {
    return (
      <section class="cqv" ref={root} aria-labelledby={`${uid}-title`}>
        <h3 id={`${uid}-title`}>
          {S.title}: {PRESET_TEXT[preset].label}
        </h3>
        <p class="cqv-hint">{PRESET_TEXT[preset].description}</p>
        <StaticTables uid={uid} view={initial} />
      </section>
    );
  }

  const asking = predict.state === 'asking';
  const presetsEl = (
    <div class="cqv-presets" role="group" aria-labelledby={`${uid}-presets`}>
      <p id={`${uid}-presets`} class="cqv-presets-title">
        {S.presetsLegend}
      </p>
      {PRESET_IDS.map((id) => (
        <button
          key={id}
          type="button"
          aria-pressed={sameConfig(settings.good, PRESETS[id]) ? 'true' : 'false'}
          onClick={() => loadPreset(id)}
        >
          {PRESET_TEXT[id].label}
        </button>
      ))}
    </div>
  );
  const outcomeEl = (
    <>
      {outcome && (revealed || reducedMotion) && (
        <PredictOutcome
          outcome={outcome}
          changed={predict.state === 'answered' && !sameConfig(settings.good, PRESETS[predict.preset])}
        />
      )}
      {outcome && !revealed && !reducedMotion && (
        <p class="cqv-hint cqv-reveal">
          {PREDICT.waiting}{' '}
          <button type="button" onClick={() => setRevealed(true)}>
            {PREDICT.revealNow}
          </button>
        </p>
      )}
    </>
  );
  return (
    <section
      class="cqv"
      ref={root}
      aria-labelledby={`${uid}-title`}
      data-ready={result !== null ? 'true' : 'false'}
      data-running={running ? 'true' : 'false'}
      data-compact={compact ? 'true' : undefined}
    >
      <div class="cqv-head">
        <h3 id={`${uid}-title`}>
          {S.title}: {text.label}
        </h3>
        <button
          type="button"
          class="cqv-compact-toggle"
          aria-pressed={compact ? 'true' : 'false'}
          aria-describedby={compact ? `${uid}-compact-hint` : undefined}
          onClick={() => setCompact(!compact)}
        >
          {S.compact}
        </button>
        {compact && (
          <span id={`${uid}-compact-hint`} class="cqv-hint">
            {S.compactHint}
          </span>
        )}
      </div>
      <p class="cqv-hint cqv-description">{text.description}</p>
      {notice && (
        <div class="notice cqv-notice" role="status">
          <p>{notice}</p>
          <button type="button" onClick={() => setNotice(null)}>
            {S.dismiss}
          </button>
        </div>
      )}
      {(!compact || asking || result === null) && presetsEl}
      {asking ? (
        <PredictAsk
          key={settings.preset}
          uid={uid}
          prediction={PREDICTIONS[settings.preset]}
          config={settings.good}
          onAnswer={answer}
        />
      ) : (
        <>
          {(!compact || result === null) && outcomeEl}
          <p class="cqv-running" role="status">
            {running ? S.running : ''}
          </p>
          {result && (
            <>
              <p class="cqv-headline" data-headline>
                {headline(result)}
              </p>
              <Player
                uid={uid}
                result={result}
                speed={speed}
                onSpeed={setSpeed}
                onUser={() => {
                  touched.current = true;
                  setEdits((n) => n + 1);
                }}
                reducedMotion={reducedMotion}
                command={command}
                timeRef={timeRef}
                onSettle={scheduleUrl}
                onReachEnd={() => setRevealed(true)}
                compact={compact}
                lead={
                  <>
                    {presetsEl}
                    {outcomeEl}
                  </>
                }
              >
                <PauseControl uid={uid} state={settings} dispatch={act} timeRef={timeRef} />
              </Player>
              <ResultsTable uid={uid} result={result} />
            </>
          )}
          <details class="cqv-settings-box" open>
            <summary>{S.settingsSummary}</summary>
            {invalid && <p class="cqv-stale-note">{S.fieldsStale}</p>}
            <Settings uid={uid} state={settings} dispatch={act} />
          </details>
          <CopyLink
            uid={uid}
            link={() => {
              touched.current = true;
              return writeUrl();
            }}
            strings={S}
            classes={{ wrap: 'cqv-share', status: 'cqv-copy-status' }}
            resetKey={edits}
          />
        </>
      )}
    </section>
  );
}
