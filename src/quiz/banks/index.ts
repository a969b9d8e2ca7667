import type { QuizBank } from '../types';

/**
 * Every quiz bank, loaded on demand so a lesson's island pulls in only its own questions
 * (and the domain module that grades them).
 */
export const bankLoaders: Record<string, () => Promise<QuizBank>> = {
  'data-requirements': () => import('./data-requirements').then((m) => m.bank),
  'access-why-the-perimeter-moved': () => import('./access-why-the-perimeter-moved').then((m) => m.bank),
  'access-rbac': () => import('./access-rbac').then((m) => m.bank),
  'access-abac': () => import('./access-abac').then((m) => m.bank),
  'access-identity-providers': () => import('./access-identity-providers').then((m) => m.bank),
  'access-keys-and-sas': () => import('./access-keys-and-sas').then((m) => m.bank),
  'access-oauth-and-oidc': () => import('./access-oauth-and-oidc').then((m) => m.bank),
  'access-choosing-a-method': () => import('./access-choosing-a-method').then((m) => m.bank),
  'access-case-study': () => import('./access-case-study').then((m) => m.bank),
  'egress-bills': () => import('./egress-bills').then((m) => m.bank),
  'egress-tiers': () => import('./egress-tiers').then((m) => m.bank),
  'egress-strategies': () => import('./egress-strategies').then((m) => m.bank),
  'cqrs-pattern': () => import('./cqrs-pattern').then((m) => m.bank),
  'cqrs-requirements': () => import('./cqrs-requirements').then((m) => m.bank),
  'cqrs-consistency': () => import('./cqrs-consistency').then((m) => m.bank),
  'cqrs-synchronisation': () => import('./cqrs-synchronisation').then((m) => m.bank),
  'cqrs-benefits-and-costs': () => import('./cqrs-benefits-and-costs').then((m) => m.bank),
  'containers-evolution': () => import('./containers-evolution').then((m) => m.bank),
  'containers-vocabulary': () => import('./containers-vocabulary').then((m) => m.bank),
  'containers-running': () => import('./containers-running').then((m) => m.bank),
  'containers-compose': () => import('./containers-compose').then((m) => m.bank),
  'containers-vs-vms': () => import('./containers-vs-vms').then((m) => m.bank),
  'deploy-docker': () => import('./deploy-docker').then((m) => m.bank),
  'deploy-kubernetes': () => import('./deploy-kubernetes').then((m) => m.bank),
  'deploy-lambda': () => import('./deploy-lambda').then((m) => m.bank),
  'deploy-choosing': () => import('./deploy-choosing').then((m) => m.bank),
  'orch-kubernetes': () => import('./orch-kubernetes').then((m) => m.bank),
  'orch-ecs': () => import('./orch-ecs').then((m) => m.bank),
  'orch-automation': () => import('./orch-automation').then((m) => m.bank),
  'orch-mesos-and-choosing': () => import('./orch-mesos-and-choosing').then((m) => m.bank),
};

/** Loads a bank by id; an unknown id is an authoring error with the known ids listed. */
export async function loadBank(id: string): Promise<QuizBank> {
  const loader = bankLoaders[id];
  if (!loader) throw new Error(`Unknown quiz bank "${id}". Known banks: ${Object.keys(bankLoaders).join(', ')}`);
  return loader();
}
