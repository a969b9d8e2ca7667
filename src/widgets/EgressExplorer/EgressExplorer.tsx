import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { Controls } from './Controls';
import { CopyLink } from '../shared/CopyLink';
import { Frozen } from '../shared/Frozen';
import { CostChart } from './CostChart';
import { PRESETS, type PresetId } from './presets';
import { Results } from './Results';
import { initialState, reduce, sameInputs, type ExplorerAction } from './state';
import { PRESET_LABELS, S } from './strings';
import { readParams, writeParams } from './url';
import { instanceIndex } from '../shared/kit';
import { scheduleOf, usesStrategies } from './model';
import { explorerView, type ExplorerView } from './view-model';
import { quietTimer, type QuietTimer } from './quiet';

interface Props {
  /** Prefix of every element id: unique on the page. */
  uid: string;
  /** The starting scenario (a link's parameters override it). */
  preset: PresetId;
  /** The example buttons to offer. */
  presets: PresetId[];
}

const URL_DELAY_MS = 300;
/**
 * While a slider moves, the working, the bill table, the chart's description and the screen
 * reader's announcement follow once it has rested this long; the totals and the chart follow
 * every step. (A held arrow key repeats about every 33 ms: each of those steps stays inside a
 * frame, and a screen reader reads the result once, not thirty times a second.)
 */
export const SETTLE_MS = 150;

/** The egress cost explorer island: state in, text and SVG out; every number comes from view-model.ts. */
export default function EgressExplorer({ uid, preset, presets }: Props) {
  const [state, dispatch] = useReducer(reduce, preset, initialState);
  const [strategiesOpen, setStrategiesOpen] = useState(usesStrategies(PRESETS[preset]));
  const [notice, setNotice] = useState<string | null>(null);
  const [chartWidth, setChartWidth] = useState(640);
  const [ready, setReady] = useState(false);
  const touched = useRef(false);
  const sliding = useRef(false);
  const chartBox = useRef<HTMLDivElement>(null);
  // Which explorer on the page this is: the second one keeps its scenario in eg2.* parameters.
  const root = useRef<HTMLElement>(null);
  const instance = useRef(1);

  // What the island shows once the sliders rest (see SETTLE_MS), and the latest state, read by
  // the timers below and by the copy link.
  const latest = useRef({ state, view: null as ExplorerView | null });
  const settledView = useRef<ExplorerView | null>(null);
  const [, rerender] = useState(0);
  // No effect follows a slider step: an effect costs the step an animation frame and a timeout
  // (about 0.8 ms with the CPU slowed 4x). Timers are set from the event instead, at most one at a
  // time: the details catch up once the slider has rested, the address once changes stop.
  const timers = useRef<{ settle: QuietTimer; url: QuietTimer } | null>(null);
  timers.current ??= {
    settle: quietTimer(SETTLE_MS, () => {
      if (settledView.current === latest.current.view) return;
      settledView.current = latest.current.view;
      rerender((n) => n + 1);
    }),
    url: quietTimer(URL_DELAY_MS, () => writeUrl(latest.current.state.good, instance.current)),
  };
  useEffect(() => () => Object.values(timers.current ?? {}).forEach((t) => t.cancel()), []);

  // Stable, so fields that did not change skip rendering (NumberField.shouldComponentUpdate).
  const act = useCallback((action: ExplorerAction) => {
    touched.current = true;
    sliding.current = action.type === 'slide';
    dispatch(action);
    if (sliding.current) timers.current?.settle.poke();
    timers.current?.url.poke();
  }, []);
  const link = useCallback(() => writeUrl(latest.current.state.good, instance.current), []);

  // A shared link wins over the lesson's example; a bad one falls back with a notice.
  useEffect(() => {
    instance.current = instanceIndex(root.current, 'section.egx');
    const read = readParams(location.search, PRESETS[preset], instance.current);
    if (read.found) {
      dispatch({ type: 'load', inputs: read.inputs });
      if (usesStrategies(read.inputs)) setStrategiesOpen(true);
      if (read.reset) setNotice(S.urlNoticeAll);
      else if (read.rejected.length > 0) setNotice(S.urlNotice(read.rejected.join(', ')));
    }
    setReady(true);
  }, [preset]);

  // Draw the chart at its real width so its text stays readable on a phone.
  useEffect(() => {
    const box = chartBox.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) setChartWidth(width);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const view = useMemo(() => explorerView(state.good), [state.good]);
  latest.current = { state, view };
  // While a slider moves, the details keep showing the scenario from before it started.
  if (!sliding.current || settledView.current === null) settledView.current = view;
  const settled = settledView.current;
  const currency = useMemo(() => scheduleOf(state.good).currency, [state.good]);
  const stale = Object.keys(state.errors).length > 0;
  const pressed = presets.map((id) => sameInputs(state.good, PRESETS[id]) && !stale);

  return (
    <section ref={root} class="egx" aria-labelledby={`${uid}-title`} data-ready={ready ? 'true' : 'false'}>
      <h3 id={`${uid}-title`}>{S.title}</h3>
      <p class="egx-hint">{S.intro}</p>
      {notice && (
        <div class="notice egx-notice" role="status">
          <p>{notice}</p>
          <button type="button" onClick={() => setNotice(null)}>
            {S.dismiss}
          </button>
        </div>
      )}
      {presets.length > 0 && (
        <Frozen deps={[uid, act, ...presets, ...pressed]}>
          <div class="egx-presets" role="group" aria-labelledby={`${uid}-presets`}>
            <p id={`${uid}-presets`} class="egx-presets-title">
              {S.presetsLegend}
            </p>
            {presets.map((id, i) => (
              <button
                key={id}
                type="button"
                aria-pressed={pressed[i] ? 'true' : 'false'}
                onClick={() => {
                  act({ type: 'load', inputs: PRESETS[id] });
                  setStrategiesOpen(usesStrategies(PRESETS[id]));
                }}
              >
                {PRESET_LABELS[id]}
              </button>
            ))}
          </div>
        </Frozen>
      )}
      <div class="egx-body">
        <Controls
          uid={uid}
          state={state}
          dispatch={act}
          strategiesOpen={strategiesOpen}
          onStrategiesToggle={setStrategiesOpen}
          cdnCurrency={currency}
          pricingNote={view.pricing}
        />
        <Results uid={uid} view={view} settled={settled} stale={stale} />
      </div>
      <div ref={chartBox} class="egx-chart-box">
        <h4>{S.chartTitle}</h4>
        <CostChart uid={uid} data={view.chart} settled={settled.chart} width={chartWidth} />
      </div>
      {/* Drawn again when the scenario settles (an old "Copied" status clears then), not every step. */}
      <Frozen deps={[uid, link, settled]}>
        <CopyLink
          uid={uid}
          link={link}
          strings={S}
          classes={{ wrap: 'egx-share', status: 'egx-copy-status' }}
          resetKey={settled}
        />
      </Frozen>
    </section>
  );
}

/** Puts the scenario in the address bar now and returns the full link. */
function writeUrl(inputs: Parameters<typeof writeParams>[1], instance: number): string {
  const url = `${location.pathname}${writeParams(location.search, inputs, instance)}${location.hash}`;
  history.replaceState(history.state, '', url);
  return location.href;
}
