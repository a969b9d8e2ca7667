import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { sampleSeries, stateAt, type CqrsRunResult } from '../../domain/cqrs';
import { backlogChart, CHART_HEIGHT, COMPACT_CHART_HEIGHT, lagChart, staleChart } from './charts';
import { backlogSummary, backlogTable, lagSummary, lagTable, staleSummary, staleTable } from './chart-text';
import { Chart } from './Chart';
import { seconds } from './format';
import { layoutFor } from './layout';
import { Icon } from './Icon';
import { Picture } from './Picture';
import { PictureLegend } from './PictureLegend';
import { pictureView, RECENT_READS, type PictureView } from './picture';
import { SystemDetails } from './SystemDetails';
import { S } from './strings';
import {
  advance,
  coarseStep,
  nextEventTime,
  positionOf,
  prevEventTime,
  SCRUB_STEPS,
  timeOfPosition,
} from './timeline-nav';
import { SPEEDS } from './url';

/** While playing, the words under the picture change at most this often (ms). */
const TEXT_EVERY_MS = 200;

/** A request from the island: jump to a time and/or start playing. */
export interface PlayerCommand {
  token: number;
  t: number | null;
  play: boolean;
}

interface Props {
  uid: string;
  result: CqrsRunResult;
  speed: number;
  onSpeed: (speed: number) => void;
  reducedMotion: boolean;
  command: PlayerCommand;
  /** Always holds the time shown, for the pause button and the link. */
  timeRef: MutableRef<number>;
  /** Called when the time settles (stop, step, scrub) so the address can follow. */
  onSettle: () => void;
  /** Called when the learner uses a playback control. */
  onUser: () => void;
  /** Shown under the scrubber (the pause button). */
  children?: ComponentChildren;
  /** Called when the time shown reaches the end of the run (to reveal the prediction's outcome then). */
  onReachEnd?: () => void;
  /** The compact (projector) layout: shorter charts in their own column. */
  compact?: boolean;
  /** Shown first in the compact layout's left column (the scenarios and the prediction's outcome). */
  lead?: ComponentChildren;
}

/** Playback (rAF loop, steps, scrubber) over one run, the picture at the current time and the charts. */
export function Player({
  uid,
  result,
  speed,
  onSpeed,
  reducedMotion,
  command,
  timeRef,
  onSettle,
  onUser,
  children,
  onReachEnd,
  compact = false,
  lead,
}: Props) {
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [width, setWidth] = useState(720);
  // The charts' own width: the whole player normally, one column of it in the compact layout.
  const [chartWidth, setChartWidth] = useState(720);
  const box = useRef<HTMLDivElement>(null);
  const chartsBox = useRef<HTMLDivElement>(null);
  const endMs = result.extra.endMs;
  const shown = Math.min(Math.max(t, 0), endMs);
  timeRef.current = shown;

  useEffect(() => {
    if (command.token === 0) return;
    if (command.t !== null) setT(command.t);
    setPlaying(command.play);
  }, [command]);

  // Play: a requestAnimationFrame loop, or coarse jumps once a second under reduced motion.
  useEffect(() => {
    if (!playing) return undefined;
    if (reducedMotion) {
      const timer = setInterval(() => {
        setT((now) => {
          const next = coarseStep(Math.min(now, endMs), endMs);
          if (next.done) setPlaying(false);
          return next.t;
        });
      }, 1000);
      return () => clearInterval(timer);
    }
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const elapsed = now - last;
      last = now;
      setT((cur) => {
        const next = advance(Math.min(cur, endMs), elapsed, speed, endMs);
        if (next.done) setPlaying(false);
        return next.t;
      });
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, reducedMotion, speed, endMs]);

  useEffect(() => {
    if (!playing) onSettle();
  }, [playing]);

  useEffect(() => {
    const el = box.current;
    const charts = chartsBox.current;
    if (!el || !charts || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const w = Math.round(entry.contentRect.width);
        if (!w) continue;
        if (entry.target === el) setWidth(w);
        else setChartWidth(w);
      }
    });
    observer.observe(el);
    observer.observe(charts);
    return () => observer.disconnect();
  }, [compact]);

  const series = useMemo(() => sampleSeries(result), [result]);
  const chartHeight = compact ? COMPACT_CHART_HEIGHT : CHART_HEIGHT;
  const texts = useMemo(
    () => ({
      lag: lagSummary(result),
      backlog: backlogSummary(result),
      stale: staleSummary(result),
      lagTable: lagTable(series),
      backlogTable: backlogTable(series),
      staleTable: staleTable(series),
    }),
    [result, series],
  );
  const charts = useMemo(
    () => ({
      lag: lagChart(result, chartWidth, series, chartHeight),
      backlog: backlogChart(result, chartWidth, series, chartHeight),
      stale: staleChart(result, chartWidth, series, chartHeight),
    }),
    [result, chartWidth, series, chartHeight],
  );
  const layout = layoutFor(width);
  const snapshot = stateAt(result, shown, { recentReads: RECENT_READS });
  const view = pictureView(result, snapshot, layout, speed);
  // The words (status, reads, versions) follow at a readable pace while playing, and at once
  // otherwise: fewer text updates also keep the frames short.
  const words = useRef<{ at: number; view: PictureView; backlog: number } | null>(null);
  const now = performance.now();
  if (words.current === null || !playing || now - words.current.at >= TEXT_EVERY_MS) {
    words.current = { at: now, view, backlog: snapshot.backlog };
  }
  const text = words.current;
  const status = useMemo(
    () => (
      <p class="cqv-status" data-backlog={text.backlog}>
        {text.view.label}
      </p>
    ),
    [text],
  );
  const details = useMemo(() => <SystemDetails uid={uid} view={text.view} />, [text, uid]);

  const jump = (to: number) => {
    onUser();
    setPlaying(false);
    setT(to);
    onSettle();
  };
  const atEnd = shown >= endMs;
  useEffect(() => {
    if (atEnd) onReachEnd?.();
  }, [atEnd]);

  const controls = (
    <>
      <div class="cqv-transport" role="group" aria-label={S.playback}>
        <button type="button" onClick={() => jump(0)} disabled={shown <= 0}>
          <Icon name="start" /> {S.restart}
        </button>
        <button type="button" onClick={() => jump(prevEventTime(result.timeline, shown))} disabled={shown <= 0}>
          <Icon name="back" /> {S.stepBack}
        </button>
        <button
          type="button"
          class="cqv-primary"
          onClick={() => {
            onUser();
            if (!playing && atEnd) setT(0);
            setPlaying(!playing);
          }}
        >
          <Icon name={playing ? 'pause' : 'play'} /> {playing ? S.pause : S.play}
        </button>
        <button type="button" onClick={() => jump(nextEventTime(result.timeline, shown, endMs))} disabled={atEnd}>
          {S.stepForward} <Icon name="forward" />
        </button>
        <span class="cqv-speed">
          <label for={`${uid}-speed`}>{S.speed}</label>
          <select
            id={`${uid}-speed`}
            value={String(speed)}
            onChange={(e) => {
              onUser();
              onSpeed(Number((e.currentTarget as HTMLSelectElement).value));
            }}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {S.speedOption(s)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div class="cqv-scrub">
        <label for={`${uid}-time`}>{S.scrubber}</label>
        <input
          id={`${uid}-time`}
          type="range"
          min={0}
          max={SCRUB_STEPS}
          step={1}
          value={positionOf(shown, endMs)}
          aria-valuetext={S.scrubberValue(seconds(shown), seconds(endMs))}
          onInput={(e) => jump(timeOfPosition(Number((e.currentTarget as HTMLInputElement).value), endMs))}
        />
        <output class="cqv-time" for={`${uid}-time`} data-time-ms={Math.round(shown)}>
          {S.timeNow(seconds(shown), seconds(endMs))}
        </output>
      </div>
    </>
  );
  const chartsEl = (
    <div class="cqv-charts" ref={chartsBox}>
      <Chart
        id={`${uid}-lag`}
        title={S.lagChart}
        geometry={charts.lag}
        summary={texts.lag}
        table={texts.lagTable}
        t={shown}
      />
      <Chart
        id={`${uid}-backlog`}
        title={S.backlogChart}
        geometry={charts.backlog}
        summary={texts.backlog}
        table={texts.backlogTable}
        t={shown}
      />
      <Chart
        id={`${uid}-stale`}
        title={S.staleChart}
        geometry={charts.stale}
        summary={texts.stale}
        table={texts.staleTable}
        t={shown}
      />
    </div>
  );
  // The compact (projector) layout: what the widget leads with, the controls and the picture on
  // the left; the charts and the pause control on the right; the per-entity lists are left out.
  if (compact) {
    return (
      <div class="cqv-player cqv-cols" ref={box}>
        <div class="cqv-col">
          {lead}
          {controls}
          {reducedMotion && <p class="cqv-hint">{S.reducedMotion}</p>}
          <Picture uid={uid} view={view} layout={layout} label={text.view.label} />
          <PictureLegend />
          {status}
        </div>
        <div class="cqv-col">
          {chartsEl}
          {children}
        </div>
      </div>
    );
  }
  return (
    <div class="cqv-player" ref={box}>
      {controls}
      {reducedMotion && <p class="cqv-hint">{S.reducedMotion}</p>}
      <Picture uid={uid} view={view} layout={layout} label={text.view.label} />
      <PictureLegend />
      {status}
      {children}
      {details}
      <h4>{S.chartsTitle}</h4>
      {chartsEl}
    </div>
  );
}
