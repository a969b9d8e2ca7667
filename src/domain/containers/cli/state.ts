/** The docker tool's slice of the world, and pulling (shared by run, pull, build and compose). */
import type { World } from '../../shell/types';
import { later, toolState, withToolState } from '../../shell/world';
import type { DockerState, Image } from '../docker-types';
import { createEngine, dockerStep, type EngineEvent, type EngineInput } from '../engine';
import { shortId } from '../hex';
import { catalogueHasRepository, catalogueImage, findImage } from '../images';
import { familiarName, familiarTag, fullName, parseReference, type Reference } from '../reference';
import { findPushed, isLoggedIn, requiresCreatedRepository } from '../registry';

export const DOCKER_KEY = 'docker';

/** The engine of this world (a fresh one, seeded from the world, before the first command). */
export function dockerOf(world: World): DockerState {
  return toolState(world, DOCKER_KEY, () => createEngine(world.seed));
}

/** The world with the engine replaced. */
export function withDocker(world: World, state: DockerState): World {
  return withToolState(world, DOCKER_KEY, state);
}

/** Runs one engine step against the world. */
export function apply(world: World, input: EngineInput): { world: World; events: readonly EngineEvent[] } {
  const r = dockerStep(dockerOf(world), input);
  return { world: withDocker(world, r.state), events: r.events };
}

/** The first error event's message, if any. */
export function errorOf(events: readonly EngineEvent[]): string | null {
  const e = events.find((x) => x.kind === 'error');
  return e?.kind === 'error' ? e.message : null;
}

/** The image `ref` names in a registry (Docker Hub's catalogue or what was pushed), or the daemon's refusal. */
export function resolveRemote(world: World, ref: Reference): Image | string {
  const pushed = findPushed(world, ref.registry, ref.path, ref.tag);
  if (pushed)
    return { ...pushed.image, repoTags: [familiarTag(ref)], repoDigests: [`${familiarName(ref)}@${pushed.digest}`] };
  const hub = catalogueImage(ref);
  if (hub) return hub;
  if (catalogueHasRepository(ref))
    return `manifest for ${familiarTag(ref)} not found: manifest unknown: manifest unknown`;
  if (ref.registry !== 'docker.io' && requiresCreatedRepository(ref.registry) && !isLoggedIn(world, ref.registry))
    return `Head "https://${ref.registry}/v2/${ref.path}/manifests/${ref.tag}": no basic auth credentials`;
  return `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
}

/** The progress lines of a pull, as `docker pull` prints them. */
export function pullLines(image: Image, ref: Reference, explicitTag: boolean): string[] {
  const lines: string[] = [];
  if (!explicitTag) lines.push('Using default tag: latest');
  lines.push(`${ref.tag}: Pulling from ${ref.registry === 'docker.io' ? ref.path : ref.path}`);
  for (const l of image.layers) lines.push(`${shortId(l)}: Pull complete`);
  const digest = image.repoDigests[0]?.split('@')[1] ?? '';
  lines.push(`Digest: ${digest}`, `Status: Downloaded newer image for ${familiarTag(ref)}`);
  return lines;
}

/** Pulls `text` if it is not local. Returns the new world and the progress lines, or an error message. */
export function ensureImage(
  world: World,
  text: string,
): { world: World; lines: string[]; pulled: boolean } | { error: string; invalid: boolean } {
  const ref = parseReference(text);
  if (typeof ref === 'string') return { error: ref, invalid: true };
  if (findImage(dockerOf(world), text)) return { world, lines: [], pulled: false };
  const remote = resolveRemote(world, ref);
  if (typeof remote === 'string') return { error: remote, invalid: false };
  const added = apply(later(world, 1500 + remote.layers.length * 300), { kind: 'add-image', image: remote });
  return {
    world: added.world,
    lines: pullLines(remote, ref, /:[^/]+$/.test(text) || text.includes('@')),
    pulled: true,
  };
}

export { fullName, familiarTag, parseReference };
