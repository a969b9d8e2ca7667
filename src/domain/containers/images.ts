/**
 * Images: made from the catalogue (what `docker pull` fetches), found by the references a learner
 * types (name, name:tag, a prefix of the id), and added to the engine with Docker's tag rules (a
 * tag moves to the newest image; the old image keeps its other tags or becomes dangling).
 */
import { DEFAULT_EPOCH_MS } from '../shared/clock';
import { catalogueEntry } from './catalogue';
import type { DockerState, Image } from './docker-types';
import { digestOf } from './hex';
import { familiarName, familiarTag, parseReference, type Reference } from './reference';

const DAY_MS = 86_400_000;

/** The image `ref` names on the simulated Docker Hub, or undefined when the Hub has no such image. */
export function catalogueImage(ref: Reference): Image | undefined {
  if (ref.registry !== 'docker.io' || !ref.path.startsWith('library/')) return undefined;
  const entry = catalogueEntry(ref.path.slice('library/'.length));
  if (!entry || !entry.tags.includes(ref.tag)) return undefined;
  const key = `${entry.name}:${ref.tag}`;
  const layers = Array.from({ length: entry.layerCount }, (_, i) => digestOf(`${key} layer ${i}`));
  return {
    id: digestOf(`${key} config`),
    repoTags: [key],
    repoDigests: [`${entry.name}@${digestOf(`${key} manifest`)}`],
    createdMs: DEFAULT_EPOCH_MS - 12 * DAY_MS - entry.name.length * DAY_MS,
    sizeBytes: Math.round(entry.sizeMB * 1e6),
    contentBytes: Math.round(entry.contentMB * 1e6),
    layers,
    config: entry.config,
    behaviour: entry.behaviour,
  };
}

/** True when the Hub has the repository (whatever the tag): tells "manifest unknown" from "pull access denied". */
export function catalogueHasRepository(ref: Reference): boolean {
  return (
    ref.registry === 'docker.io' && ref.path.startsWith('library/') && catalogueEntry(ref.path.slice(8)) !== undefined
  );
}

/** The local image `text` names: a tag ('nginx', 'nginx:1.29'), a full or short id, or undefined. */
export function findImage(state: DockerState, text: string): Image | undefined {
  const hex = text.replace(/^sha256:/, '');
  if (/^[a-f0-9]{4,64}$/.test(hex)) {
    const byId = state.images.find((i) => i.id.slice(7).startsWith(hex));
    if (byId) return byId;
  }
  const ref = parseReference(text);
  if (typeof ref === 'string') return undefined;
  if (ref.digest) return state.images.find((i) => i.repoDigests.includes(`${familiarName(ref)}@${ref.digest ?? ''}`));
  const tag = familiarTag(ref);
  return state.images.find((i) => i.repoTags.includes(tag));
}

/** The state with `image` added: its tags leave any other image; an image left with no tag and no container is dangling. */
export function addImage(state: DockerState, image: Image): DockerState {
  const others = state.images
    .filter((i) => i.id !== image.id)
    .map((i) => ({ ...i, repoTags: i.repoTags.filter((t) => !image.repoTags.includes(t)) }));
  const existing = state.images.find((i) => i.id === image.id);
  const merged: Image = existing
    ? {
        ...existing,
        repoTags: [...new Set([...existing.repoTags, ...image.repoTags])],
        repoDigests: [...new Set([...existing.repoDigests, ...image.repoDigests])],
      }
    : image;
  return { ...state, images: [...others, merged] };
}
