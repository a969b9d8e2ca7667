/**
 * One live simulation shared between islands on a page: a terminal publishes the shell's world
 * after every command, and a cluster view (or a quiz) subscribes to the same id. Each id is its
 * own atom, so two terminals with different ids are two separate simulations. The terminal saves
 * what was typed (src/stores/terminal-session.ts) and replays it after a reload; the simulation is
 * deterministic, so the replay rebuilds the same world.
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

/** A command another island asks a terminal to run (a numbered request, so a repeat still runs). */
export interface CommandRequest {
  readonly seq: number;
  readonly line: string;
}

const commands = new Map<string, WritableAtom<CommandRequest | undefined>>();

/** The atom through which islands send commands to terminal `id` (the cluster view's drills). */
export function commandStore(id: string): WritableAtom<CommandRequest | undefined> {
  let a = commands.get(id);
  if (!a) {
    a = atom<CommandRequest | undefined>(undefined);
    commands.set(id, a);
  }
  return a;
}

/** Asks terminal `id` to run `line` as if typed there (it shows in the terminal, with its output). */
export function sendCommand(id: string, line: string): void {
  const a = commandStore(id);
  a.set({ seq: (a.get()?.seq ?? 0) + 1, line });
}
