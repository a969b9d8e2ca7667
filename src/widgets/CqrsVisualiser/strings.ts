/** Every user-facing string of the CQRS lag visualiser, in one place for a later translation. */
import type { Consistency, LagConfig } from '../../domain/cqrs';
import type { NumberFieldId } from './fields';
import type { ReadStatus } from './picture';
import type { PresetId } from './presets';
import { formatDecimal } from '../shared/kit';

const n = (v: number): string => formatDecimal(v, 1);
const secs = (t: number): string => `${n(t / 1000)} s`;

export const S = {
  title: 'CQRS lag visualiser',
  noScript: 'The animation and the controls need JavaScript. The tables below were computed when the page was built.',
  staticConfigCaption: 'Settings of this scenario',
  staticMetricsSummary: 'Outcome of this scenario (computed when the page was built)',
  staticMetricsCaption: 'Outcome of the run',
  th: { setting: 'Setting', value: 'Value', measure: 'Measure' },
  presetsLegend: 'Start from a scenario',
  settingsSummary: 'Settings',
  compact: 'Projector layout (fits one screen)',
  compactHint: 'Esc leaves it.',
  loadLegend: 'Load',
  lagLegend: 'Bus lag',
  projectorLegend: 'Projector',
  consistencyLegend: 'Consistency strategy',
  faultsLegend: 'Faults',
  lagKind: 'Lag distribution',
  unlimited: 'Unlimited capacity',
  pauseButton: 'Pause projector now',
  pauseHint:
    'Starts at the time shown above. The run is simulated again; everything before that instant stays the same (the run is deterministic).',
  currentPause: (at: string, forS: string) => `Projector paused from ${at} for ${forS}.`,
  removePause: 'Remove the pause',
  noPause: 'No projector pause.',
  fieldsStale: 'A setting needs fixing: the picture and the numbers show the last valid run.',
  running: 'Running the simulation\u2026',
  playback: 'Playback',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Step back',
  stepForward: 'Step forward',
  restart: 'Back to the start',
  speed: 'Speed',
  speedOption: (x: number) => `${x}\u00d7`,
  scrubber: 'Time in the run',
  scrubberValue: (t: string, end: string) => `${t} of ${end}`,
  timeNow: (t: string, end: string) => `Time ${t} of ${end}`,
  reducedMotion: 'Reduced motion is on: Play jumps a twentieth of the run each second, without animation.',
  pictureTitle: 'The system',
  legendEvent: 'event on the bus',
  legendDuplicate: 'duplicate copy',
  legendQueue: 'waiting at the projector',
  legendService: 'being applied',
  recentReads: 'Recent reads, newest first',
  noReadsYet: 'No read yet.',
  entitiesTitle: 'Versions per entity: write store / read model',
  entityChip: (e: number, w: number, r: number) => `Entity ${e}: write v${w}, read v${r}`,
  entityStale: 'stale',
  entityFresh: 'up to date',
  moreEntities: (more: string, stale: string) => `and ${more} more entities (${stale} of them stale)`,
  resultsTitle: 'Outcome of the run',
  chartsTitle: 'Charts',
  lagChart: 'Lag over time',
  backlogChart: 'Backlog over time',
  staleChart: 'Share of stale reads so far',
  tableSummary: 'Chart data as a table',
  legendPause: 'projector paused',
  copy: 'Copy link to this run',
  copied: 'Link copied. Anyone who opens it sees this run at this moment.',
  copyFailed: 'Your browser did not allow copying. Select the address below and copy it:',
  linkLabel: 'Link to this run',
  urlNotice: (names: string) =>
    `Some settings in the link could not be used (${names}), so the scenario\u2019s values are shown for them.`,
  urlNoticeAll: 'The settings in the link did not make a valid run together, so the scenario is shown instead.',
  dismiss: 'Dismiss',
} as const;

/** Labels of the number fields. */
export const FIELD_LABELS: Readonly<Record<NumberFieldId, string>> = {
  seed: 'Random seed',
  duration: 'Duration (s)',
  writes: 'Writes per second',
  reads: 'Reads per second',
  entities: 'Entities',
  lagMs: 'Lag (ms)',
  lagMinMs: 'Shortest lag (ms)',
  lagMaxMs: 'Longest lag (ms)',
  lagMeanMs: 'Mean lag (ms)',
  projector: 'Events per second',
  duplicates: 'Duplicate rate (0 to 1)',
  pauseFor: 'Pause length (s)',
};

const shown = (text: string): string => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}\u2026` : text);

/** Messages of the form's own checks (range checks are the domain's messages). */
export const LIMITS = {
  empty: (label: string) => `${label} is empty: enter a number.`,
  notANumber: (label: string, text: string) =>
    `${label} must be a plain number such as 20 or 0.5, without units or separators (received ${shown(text)}).`,
  entities: (value: number, max: number) =>
    `Entities must be at most ${n(max)} in the visualiser, which draws each one (received ${n(value)}).`,
  events: (expected: number, max: number) =>
    `This run is too long for the visualiser: (writes + reads per second) \u00d7 duration must come to at most ${n(max)} events, because it records and draws each one (this run would have ${expected > 1e12 ? 'far more' : `about ${n(Math.round(expected))}`}).`,
  lagMaxBelowMin: (max: number, min: number) =>
    `Longest lag (ms) must be at least Shortest lag (ms) (${n(min)}) (received ${n(max)}).`,
  pauseFor: (text: string) => `Pause length must be more than 0 and at most 3600 seconds (received ${shown(text)}).`,
} as const;

/** The predict-first prompts. */
export const PREDICT = {
  legend: 'Predict first',
  waiting: 'Your answer is checked when the run reaches its end.',
  revealNow: 'Show the result now',
  intro: 'Before it runs: what do you expect?',
  run: 'Run it',
  skip: 'Skip and run',
  choose: 'Choose an answer first, or skip.',
  yourAnswer: (label: string) => `You predicted: ${label}.`,
  actual: (text: string, label: string) => `Actual: ${text} (${label}).`,
  /** Shown with the outcome once the run no longer is the scenario the learner predicted (issue 15). */
  changedSince:
    'That was the scenario as you predicted it. You have changed the run since (a projector pause or another setting), so the headline, charts and table below are for your version; load the scenario again to be asked afresh.',
  beforeChanges: 'Before your changes:',
  right: 'Your prediction matched.',
  wrong: 'Not what you predicted: watch the charts below to see why.',
  healthy: {
    question: 'What share of reads will be stale (older than the write store)?',
    low: 'Near 0 % (under 5 %)',
    mid: 'Around 10 % (5 % to 30 %)',
    high: 'A lot (30 % or more)',
    actual: (v: string) => `${v} of reads were stale`,
  },
  backlog: {
    question: 'How large will the queue in front of the projector grow?',
    low: 'It stays under 10 events',
    mid: 'It levels off between 10 and 100 events',
    high: 'It keeps growing past 100 events',
    actual: (v: string) => `the backlog peaked at ${v} events`,
  },
  spike: {
    question: 'How long will the slowest event take to reach the read model?',
    low: 'Under 0.5 s',
    mid: 'Between 0.5 s and 2 s',
    high: 'More than 2 s',
    actual: (v: string) => `the slowest event took ${v}`,
  },
  ryw: {
    question: 'After writing, how long will the writer typically (p50) wait before their read shows the write?',
    none: 'No wait at all',
    short: 'A short wait, under 0.5 s',
    long: 'Half a second or more',
    actual: (v: string) => `the writer waited ${v} (p50)`,
  },
} as const;

/** Words in the picture. */
export const PICTURE = {
  commands: 'Commands',
  sent: (v: string) => `${v} committed`,
  writeStore: 'Write store',
  versions: (v: string) => `${v} writes`,
  servesReads: 'serves every read',
  eventLog: 'Event log',
  lastEvent: (seq: number, e: number, v: number) => `#${seq}: entity ${e} v${v}`,
  emptyLog: 'empty',
  bus: 'Bus',
  busCount: (v: string) => `${v} in flight`,
  busHidden: (shown: string, all: string) => `showing ${shown} of ${all}`,
  projector: 'Projector',
  paused: 'PAUSED',
  waiting: (v: string) => `${v} waiting`,
  moreQueued: (v: string) => `+${v} more`,
  readModel: 'Read model',
  applied: (v: string) => `${v} applied`,
  staleEntities: (v: string) => `${v} entities behind`,
  readers: 'Readers',
  noReads: 'no read yet',
  lastRead: (s: ReadStatus) => `last: ${STATUS[s].icon} ${STATUS[s].word}`,
  reader: 'Reader',
  writer: 'Writer (own read)',
  fromReadModel: 'from the read model',
  fromWriteStore: 'from the write store',
  read: (who: string, e: number, v: number, where: string) => `${who} got entity ${e} v${v} ${where}`,
  staleDetail: (w: number) => `stale, the write store has v${w}`,
  waitedDetail: (waitMs: number) => `fresh after waiting ${n(waitMs)} ms`,
  freshDetail: 'fresh',
  label: (p: {
    t: number;
    writes: number;
    inFlight: number;
    backlog: number;
    paused: boolean;
    applied: number;
    stale: number;
    entities: number;
    last: ReadStatus | null;
  }) =>
    `At ${secs(p.t)}: ${n(p.writes)} events committed, ${n(p.inFlight)} on the bus, ${n(p.backlog)} waiting at the projector${p.paused ? ' (paused)' : ''}, ${n(p.applied)} applied to the read model; ${n(p.stale)} of ${n(p.entities)} entities are behind; ${p.last === null ? 'no read yet' : `last read ${STATUS[p.last].word}`}.`,
} as const;

/** How a read's outcome is shown: an icon and a word as well as a colour. */
export const STATUS: Readonly<Record<ReadStatus, { icon: string; word: string }>> = {
  fresh: { icon: '\u2713', word: 'fresh' },
  waited: { icon: '\u2713', word: 'fresh after a wait' },
  stale: { icon: '\u2717', word: 'stale' },
};

/** Words of the charts. */
export const CHARTS = {
  lagEvents: 'lag of each event',
  lagInterval: 'p95 of each interval',
  pLine: (p: string, v: string) => `${p} ${v}`,
  backlogLine: 'backlog at the projector',
  inFlightLine: 'copies on the bus',
  peak: (v: string, t: string) => `peak ${v} at ${t}`,
  staleLine: 'stale share so far',
  finalStale: (v: string) => `whole run ${v}`,
  lagSummary: (p50: string, p95: string, p99: string, max: string, events: string) =>
    `Lag p50 ${p50}, p95 ${p95}, p99 ${p99}, max ${max}, over ${events} events.`,
  backlogPeak: (v: string, t: string) => `The backlog peaked at ${v} events at ${t}.`,
  backlogPeakShort: (v: string, t: string) => `backlog peaked at ${v} events at ${t}`,
  noBacklog: 'No event ever had to wait at the projector.',
  noBacklogShort: 'no backlog',
  busMax: (v: string) => `At most ${v} copies were on the bus at once.`,
  staleSummary: (ratio: string, stale: string, reads: string) => `${ratio} of reads were stale (${stale} of ${reads}).`,
  followUpEventual: (ratio: string) => `Writers reading their own write at once saw it missing ${ratio} of the time.`,
  followUpRyw: (p50: string, p95: string, ratio: string) =>
    `Writers waited ${p50} (p50) and ${p95} (p95) to read their own write; ${ratio} of those reads were stale because of later writes by others.`,
  strong: (rate: string) => `Every read went to the write store: ${rate}, including the writers\u2019 own reads.`,
  headline: (p95: string, backlog: string, stale: string) =>
    `p95 lag ${p95}; ${backlog}; ${stale} of reads were stale.`,
  lagTableCaption: 'Lag of the events that became visible in each interval',
  backlogTableCaption: 'Backlog at the projector and copies on the bus',
  staleTableCaption: 'Reads and stale reads so far',
  th: {
    time: 'Time',
    p50: 'p50 lag',
    p95: 'p95 lag',
    backlog: 'Backlog',
    inFlight: 'On the bus',
    paused: 'Projector paused',
    reads: 'Reads so far',
    stale: 'Stale so far',
    share: 'Stale share',
  },
  none: 'none',
  yes: 'yes',
  no: 'no',
} as const;

/** Preset names and the description shown under the title. */
export const PRESET_TEXT: Readonly<Record<PresetId, { label: string; description: string }>> = {
  healthy: {
    label: 'Healthy',
    description:
      'A projector with plenty of spare capacity and a short bus delay: the read model trails the write model by a few tens of milliseconds.',
  },
  'projector-cant-keep-up': {
    label: 'Projector can\u2019t keep up',
    description:
      'Commands arrive at 60 a second but the projector applies only 50: events queue up in front of it for as long as the writes continue.',
  },
  'lag-spike': {
    label: 'Lag spike',
    description:
      'The healthy system, but the projector stops for 3 seconds at 8 s (a deployment, a long garbage collection): events pile up, then drain.',
  },
  'read-your-writes': {
    label: 'Read your writes',
    description:
      'After each write its author reads the same entity and waits until the read model shows their write; other readers still read whatever the read model holds.',
  },
};

/** Labels of the settings. */
export const CONFIG_LABELS = {
  seed: 'Random seed',
  duration: 'Duration',
  writes: 'Writes per second',
  reads: 'Reads per second',
  entities: 'Entities',
  lag: 'Bus lag',
  projector: 'Projector capacity',
  consistency: 'Consistency',
  pause: 'Projector pause',
  duplicates: 'Duplicate deliveries',
} as const;

/** Names of the consistency strategies. */
export const CONSISTENCY_LABELS: Readonly<Record<Consistency, string>> = {
  eventual: 'Eventual',
  'read-your-writes': 'Read your writes',
  strong: 'Strong (reads from the write store)',
};

/** Names of the lag kinds. */
export const LAG_KIND_LABELS: Readonly<Record<LagConfig['kind'], string>> = {
  constant: 'Constant',
  uniform: 'Uniform',
  exponential: 'Exponential',
};

/** Labels of the measures of a run. */
export const METRIC_LABELS = {
  writes: 'Writes',
  reads: 'Reads',
  staleReads: 'Stale reads',
  lagP50: 'Lag p50',
  lagP95: 'Lag p95',
  lagP99: 'Lag p99',
  lagMax: 'Lag max',
  maxBacklog: 'Largest backlog',
  followUpStale: 'Writer\u2019s own reads that were stale',
  followUpWait: 'Writer\u2019s wait for their own write (p50 / p95)',
  writeStoreReads: 'Reads served by the write store',
  duplicates: 'Duplicate copies delivered (skipped)',
  outOfOrder: 'Out-of-order copies skipped',
  drained: 'Read model caught up at',
} as const;

/** Phrases describing a setting's value. */
export const DESCRIBE = {
  lag: (lag: LagConfig, ms: (v: number) => string): string => {
    switch (lag.kind) {
      case 'constant':
        return `constant ${ms(lag.ms)}`;
      case 'uniform':
        return `uniform ${ms(lag.minMs)} to ${ms(lag.maxMs)}`;
      case 'exponential':
        return `exponential, mean ${ms(lag.meanMs)}`;
    }
  },
  unlimited: 'unlimited (no service time)',
  eventsPerSecond: (n: string) => `${n} events/s`,
  none: 'none',
  pause: (at: string, forS: string) => `from ${at} for ${forS}`,
  ofWhich: (n: string, pct: string) => `${n} (${pct})`,
  pair: (a: string, b: string) => `${a} / ${b}`,
  atTime: (n: string, t: string) => `${n} at ${t}`,
} as const;
