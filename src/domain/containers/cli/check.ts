/**
 * Guided-task checks answered from the engine's state (never from the text typed):
 *   { tool: 'docker', kind: 'container-running', image: 'nginx', publish?: '8080:80', name?: 'web' }
 *   { tool: 'docker', kind: 'container-stopped', image?|name? }   exists, not running
 *   { tool: 'docker', kind: 'container-removed', image?|name? }   no container left
 *   { tool: 'docker', kind: 'image-present', image: 'nginx' }     pulled or built
 *   { tool: 'docker', kind: 'image-built', tag: 'flask-app:1.0' } built here (not pulled)
 *   { tool: 'docker', kind: 'image-pushed', ref: 'learner/flask-app:1.0' }
 *   { tool: 'docker', kind: 'compose-up', services: ['web', 'db'], project?: 'app' }
 *   { tool: 'docker', kind: 'compose-down', project?: 'app' }
 *   { tool: 'docker', kind: 'network-exists' | 'volume-exists', name: 'app-net' }
 */
import type { TaskCheck, World } from '../../shell/types';
import type { Container } from '../docker-types';
import { catalogueImage, findImage } from '../images';
import { familiarName, familiarTag, parseReference } from '../reference';
import { findPushed } from '../registry';
import { PROJECT_LABEL, SERVICE_LABEL } from './compose';
import { dockerOf } from './state';

const FIELDS: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  'container-running': { required: ['image'], optional: ['publish', 'name'] },
  'container-stopped': { required: [], optional: ['image', 'name'] },
  'container-removed': { required: [], optional: ['image', 'name'] },
  'image-present': { required: ['image'], optional: [] },
  'image-built': { required: ['tag'], optional: [] },
  'image-pushed': { required: ['ref'], optional: [] },
  'compose-up': { required: ['services'], optional: ['project'] },
  'compose-down': { required: [], optional: ['project'] },
  'network-exists': { required: ['name'], optional: [] },
  'volume-exists': { required: ['name'], optional: [] },
};

/** A message when `check` is malformed for the docker tool, else null. */
export function validateDockerCheck(check: TaskCheck): string | null {
  const spec = FIELDS[check.kind];
  if (!spec) return `docker check kind '${check.kind}' is unknown; expected one of ${Object.keys(FIELDS).join(', ')}`;
  for (const f of spec.required) if (check[f] === undefined) return `docker check '${check.kind}' needs '${f}'`;
  for (const f of Object.keys(check))
    if (!['tool', 'kind', ...spec.required, ...spec.optional].includes(f))
      return `docker check '${check.kind}' does not take '${f}' (it takes ${[...spec.required, ...spec.optional].join(', ') || 'no parameters'})`;
  for (const f of ['image', 'tag', 'ref', 'name', 'project', 'publish'])
    if (check[f] !== undefined && typeof check[f] !== 'string')
      return `docker check '${check.kind}': '${f}' must be a string`;
  if (
    check.kind === 'compose-up' &&
    (!Array.isArray(check['services']) ||
      !check['services'].every((s) => typeof s === 'string') ||
      check['services'].length === 0)
  )
    return `docker check 'compose-up': 'services' must be a non-empty list of service names`;
  if (typeof check['publish'] === 'string' && !/^\d{1,5}:\d{1,5}(\/(tcp|udp))?$/.test(check['publish']))
    return `docker check '${check.kind}': 'publish' must look like '8080:80' (received '${check['publish']}')`;
  for (const f of ['image', 'tag', 'ref'])
    if (typeof check[f] === 'string' && typeof parseReference(check[f]) === 'string')
      return `docker check '${check.kind}': '${f}' is not a valid image reference ('${check[f]}')`;
  return null;
}

/** 'nginx' and 'nginx:latest' and 'docker.io/library/nginx' name the same image. */
function sameImage(a: string, b: string): boolean {
  const ra = parseReference(a);
  const rb = parseReference(b);
  if (typeof ra === 'string' || typeof rb === 'string') return a === b;
  return familiarTag(ra) === familiarTag(rb);
}

function matches(c: Container, check: TaskCheck): boolean {
  if (typeof check['name'] === 'string' && c.name !== check['name']) return false;
  if (typeof check['image'] === 'string' && !sameImage(c.image, check['image'])) return false;
  return true;
}

/** True when the world satisfies `check`; false (never throws) for a check it does not understand. */
export function dockerCheck(world: World, check: TaskCheck): boolean {
  if (validateDockerCheck(check) !== null) return false;
  const state = dockerOf(world);
  switch (check.kind) {
    case 'container-running':
      return state.containers.some((c) => {
        if (c.status !== 'running' || !matches(c, check)) return false;
        if (typeof check['publish'] !== 'string') return true;
        const [host = '', container = ''] = check['publish'].split(/[:/]/);
        return c.ports.some((p) => String(p.hostPort) === host && String(p.containerPort) === container);
      });
    case 'container-stopped':
      return state.containers.some((c) => c.status !== 'running' && matches(c, check));
    case 'container-removed':
      return !state.containers.some((c) => matches(c, check));
    case 'image-present':
      return findImage(state, String(check['image'])) !== undefined;
    case 'image-built': {
      const image = findImage(state, String(check['tag']));
      const ref = parseReference(String(check['tag']));
      if (!image || typeof ref === 'string') return false;
      return catalogueImage(ref)?.id !== image.id;
    }
    case 'image-pushed': {
      const ref = parseReference(String(check['ref']));
      return (
        typeof ref !== 'string' &&
        findPushed(world, ref.registry, ref.path, ref.tag) !== undefined &&
        familiarName(ref) !== ''
      );
    }
    case 'compose-up': {
      const services = check['services'] as readonly string[];
      const project = typeof check['project'] === 'string' ? check['project'] : undefined;
      return services.every((s) =>
        state.containers.some(
          (c) =>
            c.status === 'running' &&
            c.labels[SERVICE_LABEL] === s &&
            (project === undefined || c.labels[PROJECT_LABEL] === project),
        ),
      );
    }
    case 'compose-down': {
      const project = typeof check['project'] === 'string' ? check['project'] : undefined;
      return !state.containers.some(
        (c) => c.labels[PROJECT_LABEL] !== undefined && (project === undefined || c.labels[PROJECT_LABEL] === project),
      );
    }
    case 'network-exists':
      return state.networks.some((n) => n.name === check['name']);
    case 'volume-exists':
      return state.volumes.some((v) => v.name === check['name']);
    default:
      return false;
  }
}
