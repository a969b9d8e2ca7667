/**
 * The registries the simulation talks to, under `world.tools.registry`: who is logged in where,
 * the repositories that exist, and the images pushed to them. Docker Hub's official images come
 * from the catalogue; everything the learner pushes lands here. Amazon ECR (the ECS work) reuses
 * this model: an ECR registry refuses a push to a repository that was not created first, as the
 * real one does ("name unknown: The repository with name '...' does not exist ..."), while
 * Docker Hub creates a repository on first push.
 */
import type { World } from '../shell/types';
import { toolState, withToolState } from '../shell/world';
import type { Image } from './docker-types';

/** One pushed tag. */
export interface PushedTag {
  readonly digest: string;
  readonly image: Image;
}

export interface RegistryState {
  /** Registry hosts -> user name logged in. */
  readonly logins: Readonly<Record<string, string>>;
  /** 'host/path' -> tags. A repository with no tags yet exists (created, not pushed). */
  readonly repositories: Readonly<Record<string, Readonly<Record<string, PushedTag>>>>;
}

export const REGISTRY_KEY = 'registry';

/** An empty registry model. */
export function emptyRegistry(): RegistryState {
  return { logins: {}, repositories: {} };
}

/** The registry state of a world. */
export function registryOf(world: World): RegistryState {
  return toolState(world, REGISTRY_KEY, emptyRegistry);
}

/** True for hosts that need a repository created before a push (Amazon ECR). */
export function requiresCreatedRepository(host: string): boolean {
  return /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/.test(host);
}

/** The world with an (empty) repository `host/name`; unchanged if it exists. */
export function createRepository(world: World, host: string, name: string): World {
  const r = registryOf(world);
  const key = `${host}/${name}`;
  if (r.repositories[key]) return world;
  return withToolState(world, REGISTRY_KEY, { ...r, repositories: { ...r.repositories, [key]: {} } });
}

/** True when `host/name` exists. */
export function repositoryExists(world: World, host: string, name: string): boolean {
  return registryOf(world).repositories[`${host}/${name}`] !== undefined;
}

/** True when the learner has logged in to `host`. */
export function isLoggedIn(world: World, host: string): boolean {
  return registryOf(world).logins[host] !== undefined;
}

/** The world after a successful `docker login host` as `user`. */
export function logIn(world: World, host: string, user: string): World {
  const r = registryOf(world);
  return withToolState(world, REGISTRY_KEY, { ...r, logins: { ...r.logins, [host]: user } });
}

/** The world with `image` stored as `host/path:tag`. */
export function storePushed(world: World, host: string, path: string, tag: string, pushed: PushedTag): World {
  const r = registryOf(world);
  const key = `${host}/${path}`;
  const tags = { ...(r.repositories[key] ?? {}), [tag]: pushed };
  return withToolState(world, REGISTRY_KEY, { ...r, repositories: { ...r.repositories, [key]: tags } });
}

/** A pushed image, if the registry holds `host/path:tag`. */
export function findPushed(world: World, host: string, path: string, tag: string): PushedTag | undefined {
  return registryOf(world).repositories[`${host}/${path}`]?.[tag];
}
