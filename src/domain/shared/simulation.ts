/**
 * The shape every simulator shares (Docker engine, Kubernetes cluster, ECS, Mesos, automation):
 * a pure `step(state, input) -> { state, events }`. State is a plain value (no module-scope
 * state, no classes with hidden fields), so two terminals on one page are two simulations, a
 * run can be saved and restored, and any run is replayed exactly from its inputs.
 */

/** What one step returns: the next state and the events it emitted, oldest first. */
export interface StepResult<S, E> {
  readonly state: S;
  readonly events: readonly E[];
}

/** A pure transition. It must not mutate `state`. */
export type Step<S, I, E> = (state: S, input: I) => StepResult<S, E>;

/** Runs `inputs` in order from `initial`; the events of every step, in order. */
export function replay<S, I, E>(step: Step<S, I, E>, initial: S, inputs: readonly I[]): StepResult<S, E> {
  let state = initial;
  const events: E[] = [];
  for (const input of inputs) {
    const r = step(state, input);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}
