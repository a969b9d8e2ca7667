/**
 * Runs an OAuth scenario with the domain. Imported dynamically (the flow issues an ID token,
 * so jose comes with it): the page's first view uses the flow computed at build time.
 */
import { runScenario, type OAuthScenarioId } from '../../domain/access/doors/oauth.ts';
import type { FlowView } from './oauth-view.ts';

/** The log and outcome of a scenario, as the island shows them. */
export async function runFlow(id: OAuthScenarioId): Promise<FlowView> {
  const state = await runScenario(id);
  return { scenario: id, log: state.log, status: state.status, ...(state.failure ? { failure: state.failure } : {}) };
}
