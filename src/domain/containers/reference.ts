/**
 * Image references as Docker reads them: `nginx` is docker.io/library/nginx:latest, `learner/app:1`
 * is docker.io/learner/app:1, a name whose first part has a dot or a colon is a registry host.
 * Rules from distribution/reference (docker/cli vendors it), checked 2026-12-03.
 */

export const DEFAULT_REGISTRY = 'docker.io';

/** A parsed reference. */
export interface Reference {
  /** 'docker.io', '123456789012.dkr.ecr.eu-west-2.amazonaws.com', 'localhost:5000'. */
  readonly registry: string;
  /** 'library/nginx', 'learner/app'. */
  readonly path: string;
  readonly tag: string;
  /** 'sha256:...' when the reference pins a digest. */
  readonly digest: string | null;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Parses a reference; a string error message (as the daemon words it) when it is invalid. */
export function parseReference(text: string): Reference | string {
  if (text === '' || /\s/.test(text)) return 'invalid reference format';
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) return 'invalid reference format';
  }
  let tag = 'latest';
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return 'invalid reference format';
  }
  const parts = rest.split('/');
  let registry = DEFAULT_REGISTRY;
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    parts.shift();
  }
  if (parts.length === 0) return 'invalid reference format';
  for (const p of parts) {
    if (p !== p.toLowerCase() && COMPONENT.test(p.toLowerCase()))
      return `invalid reference format: repository name (${parts.join('/')}) must be lowercase`;
    if (!COMPONENT.test(p)) return 'invalid reference format';
  }
  const path = registry === DEFAULT_REGISTRY && parts.length === 1 ? `library/${parts[0] ?? ''}` : parts.join('/');
  return { registry, path, tag, digest };
}

/** The repository as Docker shows it: 'nginx', 'learner/app', 'host/app'. */
export function familiarName(ref: Reference): string {
  if (ref.registry !== DEFAULT_REGISTRY) return `${ref.registry}/${ref.path}`;
  return ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
}

/** 'nginx:latest', 'learner/app:1.0'. */
export function familiarTag(ref: Reference): string {
  return `${familiarName(ref)}:${ref.tag}`;
}

/** 'docker.io/library/nginx:latest'. */
export function fullName(ref: Reference): string {
  return `${ref.registry}/${ref.path}:${ref.tag}`;
}
