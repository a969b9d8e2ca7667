/**
 * The OAuth walkthrough as the island shows it: the flow's log (from the domain's
 * runScenario), a cursor on it, the role of each party in the current step, and the state of
 * every step in the step list. Only types come from the domain: the island that uses this
 * file must not load the domain (and jose) before the learner asks for a new flow.
 */
import type { FlowState, OAuthActor, OAuthScenarioId, OAuthStep, StepRecord } from '../../domain/access/doors/oauth.ts';

/** A scenario as the select offers it (passed from the .astro file, so the island imports no domain code). */
export interface ScenarioOption {
  id: OAuthScenarioId;
  title: string;
  description: string;
}

/** What the island keeps of a finished flow (plain data: it is an island prop). */
export interface FlowView {
  scenario: OAuthScenarioId;
  log: StepRecord[];
  status: FlowState['status'];
  failure?: FlowState['failure'];
}

/** The four parties, in lane order. */
export const ACTORS: readonly OAuthActor[] = ['client', 'browser', 'authorization-server', 'resource-server'];

/** What a party does in a step. */
export type LaneRole = 'sends' | 'receives' | 'both' | 'idle';

/** The role of each party in a step. */
export function laneRoles(record: Pick<StepRecord, 'from' | 'to'>): Record<OAuthActor, LaneRole> {
  const roleOf = (actor: OAuthActor): LaneRole =>
    actor === record.from && actor === record.to
      ? 'both'
      : actor === record.from
        ? 'sends'
        : actor === record.to
          ? 'receives'
          : 'idle';
  return Object.fromEntries(ACTORS.map((a) => [a, roleOf(a)])) as Record<OAuthActor, LaneRole>;
}

/** The state of a step in the list. */
export type StepState = 'done' | 'current' | 'failed' | 'next' | 'unreached';

/** One entry of the step list. */
export interface StepItem {
  key: string;
  step: OAuthStep;
  title: string;
  state: StepState;
}

/**
 * The step list: every logged step (a replayed request appears twice), then the steps the
 * flow never reached. Steps after the cursor are 'next' until the failure is on screen.
 */
export function stepItems(flow: FlowView, cursor: number, steps: readonly OAuthStep[]): StepItem[] {
  const items: StepItem[] = flow.log.map((record, i) => ({
    key: `log-${i}`,
    step: record.step,
    title: record.title,
    state: i < cursor ? 'done' : i === cursor ? (record.ok ? 'current' : 'failed') : 'next',
  }));
  const from = Math.max(-1, ...flow.log.map((r) => steps.indexOf(r.step))) + 1;
  const revealed = cursor >= flow.log.length - 1;
  for (const step of flow.status === 'done' ? [] : steps.slice(from)) {
    items.push({
      key: `rest-${step}`,
      step,
      title: '',
      state: revealed && flow.status === 'failed' ? 'unreached' : 'next',
    });
  }
  return items;
}

/** A cursor kept inside the log. */
export function clampCursor(cursor: number, flow: FlowView): number {
  return Math.max(0, Math.min(flow.log.length - 1, Math.floor(Number.isFinite(cursor) ? cursor : 0)));
}

/** Key/value pairs of a record (headers, params, body, details), values as text. */
export function pairs(record: Record<string, string | number> | undefined): [string, string][] {
  return Object.entries(record ?? {}).map(([k, v]) => [k, String(v)]);
}
