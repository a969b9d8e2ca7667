/** docker network ls/create/rm and docker volume ls/create/rm. */
import type { CommandInput, CommandOutput } from '../../shell/types';
import { shortId } from '../hex';
import { table } from '../format';
import { has, parseArgs } from './args';
import { argsError, flagError, ok } from './output';
import { apply, dockerOf, errorOf } from './state';

function unknownSub(group: string, sub: string): CommandOutput {
  return {
    stderr: `docker: unknown command: docker ${group} ${sub.slice(0, 40)}\n\nUsage:  docker ${group} COMMAND\n\nRun 'docker ${group} --help' for more information\n`,
    exitCode: 1,
  };
}

/** docker network ... */
export function networkCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const [sub = '', ...rest] = words;
  const state = dockerOf(input.world);
  switch (sub) {
    case 'ls':
    case 'list': {
      const args = parseArgs(rest, {
        values: ['f', 'filter', 'format'],
        bools: ['q', 'quiet', 'no-trunc'],
        aliases: { q: 'quiet', f: 'filter' },
      });
      if (typeof args === 'string') return flagError('network ls', args);
      if (has(args, 'quiet')) return ok(state.networks.map((n) => `${shortId(n.id)}\n`).join(''));
      return ok(
        table([
          ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
          ...state.networks.map((n) => [shortId(n.id), n.name, n.driver, 'local']),
        ]),
      );
    }
    case 'create': {
      const args = parseArgs(rest, {
        values: ['d', 'driver', 'subnet', 'label'],
        bools: ['internal', 'attachable'],
        aliases: { d: 'driver' },
      });
      if (typeof args === 'string') return flagError('network create', args);
      if (args.positional.length !== 1) return argsError('network create', 1, true);
      const r = apply(input.world, { kind: 'network-create', name: args.positional[0] ?? '' });
      const err = errorOf(r.events);
      if (err) return { stderr: `Error response from daemon: ${err}\n`, exitCode: 1 };
      const made = r.events.find((e) => e.kind === 'network-created');
      return ok(`${made?.kind === 'network-created' ? made.id : ''}\n`, r.world);
    }
    case 'rm':
    case 'remove': {
      const args = parseArgs(rest, { bools: ['f', 'force'], aliases: { f: 'force' } });
      if (typeof args === 'string') return flagError('network rm', args);
      if (args.positional.length === 0) return argsError('network rm', 1);
      let world = input.world;
      let stdout = '';
      let stderr = '';
      for (const name of args.positional) {
        const r = apply(world, { kind: 'network-rm', name });
        const err = errorOf(r.events);
        if (err) stderr += `Error response from daemon: ${err}\n`;
        else {
          world = r.world;
          stdout += `${name}\n`;
        }
      }
      return { stdout, ...(stderr ? { stderr } : {}), exitCode: stderr ? 1 : 0, world };
    }
    default:
      return unknownSub('network', sub);
  }
}

/** docker volume ... */
export function volumeCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const [sub = '', ...rest] = words;
  const state = dockerOf(input.world);
  switch (sub) {
    case 'ls':
    case 'list': {
      const args = parseArgs(rest, {
        values: ['f', 'filter', 'format'],
        bools: ['q', 'quiet'],
        aliases: { q: 'quiet', f: 'filter' },
      });
      if (typeof args === 'string') return flagError('volume ls', args);
      if (has(args, 'quiet')) return ok(state.volumes.map((v) => `${v.name}\n`).join(''));
      return ok(table([['DRIVER', 'VOLUME NAME'], ...state.volumes.map((v) => ['local', v.name])]));
    }
    case 'create': {
      const args = parseArgs(rest, {
        values: ['d', 'driver', 'label', 'name', 'o', 'opt'],
        aliases: { d: 'driver', o: 'opt' },
      });
      if (typeof args === 'string') return flagError('volume create', args);
      const name = args.positional[0] ?? args.flags['name']?.[0] ?? state.idCount.toString(16).padStart(64, 'a');
      if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name))
        return {
          stderr: `Error response from daemon: create ${name.slice(0, 60)}: "${name.slice(0, 60)}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n`,
          exitCode: 1,
        };
      const r = apply(input.world, { kind: 'volume-create', name, nowMs: input.world.clock.nowMs });
      return ok(`${name}\n`, r.world);
    }
    case 'rm':
    case 'remove': {
      const args = parseArgs(rest, { bools: ['f', 'force'], aliases: { f: 'force' } });
      if (typeof args === 'string') return flagError('volume rm', args);
      if (args.positional.length === 0) return argsError('volume rm', 1);
      let world = input.world;
      let stdout = '';
      let stderr = '';
      for (const name of args.positional) {
        const r = apply(world, { kind: 'volume-rm', name });
        const err = errorOf(r.events);
        if (err) stderr += `Error response from daemon: ${err}\n`;
        else {
          world = r.world;
          stdout += `${name}\n`;
        }
      }
      return { stdout, ...(stderr ? { stderr } : {}), exitCode: stderr ? 1 : 0, world };
    }
    default:
      return unknownSub('volume', sub);
  }
}
