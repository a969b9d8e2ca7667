/**
 * One live simulation shared between islands on a page: a terminal publishes the shell's world
 * after every command, and a cluster view (or a quiz) subscribes to the same id. Each id is its
 * own atom, so two terminals with different ids are two separate simulations. Nothing here is
 * saved: a page load starts each simulation afresh from its lesson's setup.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { World } from '../domain/shell/types';

const atoms = new Map<string, WritableAtom<World | undefined>>();

/** The atom for simulation `id` (created on first use; `undefined` until a terminal publishes). */
export function simulationStore(id: string): WritableAtom<World | undefined> {
  let a = atoms.get(id);
  if (!a) {
    a = atom<World | undefined>(undefined);
    atoms.set(id, a);
  }
  return a;
}

/** Publishes a new world for simulation `id`; every subscriber re-renders. */
export function publishWorld(id: string, world: World): void {
  simulationStore(id).set(world);
}
