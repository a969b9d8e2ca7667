/** docker run/create/ps/start/stop/rm/logs/exec/port: the container commands. */
import type { CommandInput, CommandOutput, World } from '../../shell/types';
import { later } from '../../shell/world';
import type { Container, Mount, PortBinding, RestartPolicy } from '../docker-types';
import { findContainer } from '../engine';
import { shortId } from '../hex';
import { bindingText, commandText, humanDuration, portsText, statusText, table } from '../format';
import { all, has, last, parseArgs, type ParsedArgs } from './args';
import { applyTemplate } from './inspect';
import { argsError, daemonError, flagError, ok } from './output';
import { apply, dockerOf, ensureImage, errorOf } from './state';

const RUN_FLAGS = {
  values: [
    'p',
    'publish',
    'name',
    'e',
    'env',
    'v',
    'volume',
    'network',
    'restart',
    'w',
    'workdir',
    'u',
    'user',
    'entrypoint',
    'l',
    'label',
    'h',
    'hostname',
  ],
  bools: ['d', 'detach', 'rm', 'i', 'interactive', 't', 'tty', 'P', 'publish-all'],
  aliases: {
    p: 'publish',
    e: 'env',
    v: 'volume',
    d: 'detach',
    i: 'interactive',
    t: 'tty',
    w: 'workdir',
    u: 'user',
    l: 'label',
    h: 'hostname',
    P: 'publish-all',
  },
  stopAtPositional: true,
} as const;

/** `docker run`'s own error shape: "docker: <err>\n\nRun 'docker run --help' ...", exit 125. */
function runError(
  cmd: string,
  message: string,
  extra: { stderr?: string; world?: World } = {},
  code = 125,
): CommandOutput {
  return {
    stderr: `${extra.stderr ?? ''}docker: ${message}\n\nRun 'docker ${cmd} --help' for more information\n`,
    exitCode: code,
    ...(extra.world ? { world: extra.world } : {}),
  };
}

/** Parses '-p' values: '8080:80', '127.0.0.1:8080:80/udp', '80' (random host port). */
export function parsePublish(text: string, randomBase: number): PortBinding | string {
  const m = /^(?:(\d{1,3}(?:\.\d{1,3}){3}):)?(?:(\d*):)?(\d+)(?:\/(tcp|udp))?$/.exec(text);
  if (!m) return `invalid containerPort: ${text.slice(0, 40)}`;
  const container = Number(m[3]);
  if (container < 1 || container > 65535) return `invalid containerPort: ${m[3] ?? ''}`;
  const host = m[2] === undefined || m[2] === '' ? randomBase : Number(m[2]);
  if (host < 1 || host > 65535) return `invalid hostPort: ${m[2] ?? ''}`;
  return { hostIp: m[1] ?? '0.0.0.0', hostPort: host, containerPort: container, proto: m[4] === 'udp' ? 'udp' : 'tcp' };
}

/** Parses '-v' values: 'name:/path', '/host:/path', './x:/y[:ro]'. */
export function parseVolume(text: string): Mount | string {
  const [a = '', b, mode] = text.split(':');
  if (b === undefined || a === '' || b === '') return `invalid volume specification: '${text.slice(0, 60)}'`;
  if (!b.startsWith('/'))
    return `invalid volume specification: '${text.slice(0, 60)}': invalid mount config: invalid mount path: '${b}' mount path must be absolute`;
  if (mode !== undefined && !['ro', 'rw'].includes(mode)) return `invalid volume specification: '${text.slice(0, 60)}'`;
  if (/^[./~]/.test(a)) return { type: 'bind', source: a, target: b };
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(a))
    return `create ${a}: "${a}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
  return { type: 'volume', source: a, target: b };
}

const isPolicy = (p: string): p is RestartPolicy => ['no', 'always', 'unless-stopped', 'on-failure'].includes(p);

function restartOf(text: string | undefined): RestartPolicy | string {
  if (text === undefined) return 'no';
  const name = text.split(':')[0] ?? '';
  if (['no', 'always', 'unless-stopped', 'on-failure'].includes(name)) return name as RestartPolicy;
  return `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
}

/** docker run / docker create. */
export function runCommand(cmd: 'run' | 'create', words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, RUN_FLAGS);
  if (typeof args === 'string') return flagError(cmd, args);
  if (args.positional.length === 0) return argsError(cmd, 1);
  const [image = '', ...command] = args.positional;
  let world = input.world;
  const state = dockerOf(world);
  const ports: PortBinding[] = [];
  let random = 32768 + state.containers.length;
  for (const p of all(args, 'publish')) {
    const b = parsePublish(p, random++);
    if (typeof b === 'string') return runError(cmd, b);
    ports.push(b);
  }
  const mounts: Mount[] = [];
  for (const v of all(args, 'volume')) {
    const m = parseVolume(v);
    if (typeof m === 'string') return runError(cmd, `Error response from daemon: ${m}`);
    mounts.push(m);
  }
  const restart = restartOf(last(args, 'restart'));
  if (!isPolicy(restart)) return runError(cmd, restart);
  if (has(args, 'rm') && restart !== 'no') return runError(cmd, 'Conflicting options: --restart and --rm');
  const env = all(args, 'env').map((e) => (e.includes('=') ? e : `${e}=${input.world.env[e] ?? ''}`));
  let stderr = '';
  const pulled = ensureImage(world, image);
  if ('error' in pulled) {
    if (pulled.invalid) return runError(cmd, pulled.error);
    const tagText = /:[^/]+$/.test(image) || image.includes('@') ? image : `${image}:latest`;
    return runError(cmd, `Error response from daemon: ${pulled.error}`, {
      stderr: `Unable to find image '${tagText}' locally\n`,
    });
  }
  if (pulled.pulled)
    stderr = `Unable to find image '${/:[^/]+$/.test(image) ? image : `${image}:latest`}' locally\n${pulled.lines.slice(pulled.lines[0]?.startsWith('Using') ? 1 : 0).join('\n')}\n`;
  world = later(pulled.world, 400);
  const labels: Record<string, string> = {};
  for (const l of all(args, 'label')) labels[l.split('=')[0] ?? l] = l.split('=').slice(1).join('=');
  const name = last(args, 'name');
  const network = last(args, 'network');
  const r = apply(world, {
    kind: 'create',
    spec: {
      image,
      ...(name !== undefined ? { name } : {}),
      ...(network !== undefined ? { network } : {}),
      cmd: command,
      env,
      ports,
      mounts,
      restart,
      autoRemove: has(args, 'rm'),
      labels,
    },
    start: cmd === 'run',
    nowMs: world.clock.nowMs,
  });
  const err = errorOf(r.events);
  const created = r.events.find((e) => e.kind === 'created');
  if (err)
    return runError(cmd, `Error response from daemon: ${err}`, { stderr, ...(created ? { world: r.world } : {}) });
  const id = created?.kind === 'created' ? created.id : '';
  if (cmd === 'create' || has(args, 'detach')) return ok(`${id}\n`, r.world, stderr || undefined);
  // Attached: the container's output comes to the terminal (read from the start event: a --rm
  // container is already gone when it exits).
  const started = r.events.find((e) => e.kind === 'started');
  const lines = started?.kind === 'started' ? started.logs : [];
  const out = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  const exited = r.events.find((e) => e.kind === 'exited');
  if (exited?.kind === 'exited')
    return { stdout: out, ...(stderr ? { stderr } : {}), exitCode: exited.code, world: r.world };
  const shown = findContainer(dockerOf(r.world), id)?.name ?? shortId(id);
  const note = `(This simulated terminal does not stay attached: ${shown} keeps running. Use docker run -d to start it in the background, docker stop ${shown} to stop it.)\n`;
  return { stdout: out, stderr: `${stderr}${note}`, exitCode: 0, world: r.world };
}

const PS_HEADERS: Readonly<Record<string, string>> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  RunningFor: 'CREATED',
  CreatedAt: 'CREATED AT',
  Status: 'STATUS',
  State: 'STATE',
  Ports: 'PORTS',
  Names: 'NAMES',
  Networks: 'NETWORKS',
  Mounts: 'MOUNTS',
  Labels: 'LABELS',
};

function psFields(c: Container, nowMs: number): Record<string, string> {
  return {
    ID: shortId(c.id),
    Image: c.image,
    Command: commandText(c),
    RunningFor: `${humanDuration(nowMs - c.createdMs)} ago`,
    CreatedAt: new Date(c.createdMs)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' +0000 UTC'),
    Status: statusText(c, nowMs),
    State: c.status,
    Ports: portsText(c),
    Names: c.name,
    Networks: c.networks.join(','),
    Mounts: c.mounts.map((m) => m.source).join(','),
    Labels: Object.entries(c.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
  };
}

/** The containers a --filter keeps (status=, name=, ancestor=, label=). */
function filterOf(text: string): ((c: Container) => boolean) | string {
  const [key = '', value = ''] = text.split(/=(.*)/s);
  switch (key) {
    case 'status':
      return (c) => c.status === value;
    case 'name':
      return (c) => c.name.includes(value);
    case 'ancestor':
      return (c) => c.image === value || c.image.split(':')[0] === value;
    case 'label':
      return (c) =>
        value.includes('=')
          ? c.labels[value.split('=')[0] ?? ''] === value.split('=').slice(1).join('=')
          : value in c.labels;
    default:
      return `invalid filter '${key}'`;
  }
}

/** Lists containers as a table or a --format template. */
export function listContainers(containers: readonly Container[], nowMs: number, args: ParsedArgs): CommandOutput {
  if (has(args, 'quiet')) return ok(containers.map((c) => `${shortId(c.id)}\n`).join(''));
  const format = last(args, 'format') ?? 'table';
  if (format === 'json') return ok(containers.map((c) => `${JSON.stringify(psFields(c, nowMs))}\n`).join(''));
  const isTable = format.startsWith('table');
  const template = isTable
    ? format.slice(5).trim() ||
      '{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}'
    : format;
  const expanded = template.replace(/\\t/g, '\t');
  const rows: string[][] = [];
  if (isTable) {
    const header = applyTemplate(expanded, PS_HEADERS);
    if ('error' in header) return { stderr: `${header.error}\n`, exitCode: 1 };
    rows.push(header.text.split('\t'));
  }
  for (const c of containers) {
    const r = applyTemplate(expanded, psFields(c, nowMs));
    if ('error' in r) return { stderr: `${r.error}\n`, exitCode: 1 };
    rows.push(r.text.split('\t'));
  }
  if (!isTable) return ok(rows.map((r) => `${r.join('\t')}\n`).join(''));
  return ok(table(rows));
}

/** docker ps. */
export function psCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['format', 'f', 'filter', 'n', 'last'],
    bools: ['a', 'all', 'q', 'quiet', 'no-trunc', 's', 'size', 'l', 'latest'],
    aliases: { a: 'all', q: 'quiet', f: 'filter', n: 'last', s: 'size', l: 'latest' },
  });
  if (typeof args === 'string') return flagError('ps', args);
  if (args.positional.length > 0)
    return {
      stderr: `docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n`,
      exitCode: 1,
    };
  const state = dockerOf(input.world);
  let list = [...state.containers].reverse();
  if (!has(args, 'all')) list = list.filter((c) => c.status === 'running');
  for (const f of all(args, 'filter')) {
    const keep = filterOf(f);
    if (typeof keep === 'string') return daemonError(keep);
    list = [...state.containers]
      .reverse()
      .filter((c) => (has(args, 'all') || f.startsWith('status=') ? true : c.status === 'running'))
      .filter(keep);
  }
  if (has(args, 'latest')) list = list.slice(0, 1);
  return listContainers(list, input.world.clock.nowMs, args);
}

/** docker start / stop / rm / restart / kill for each named container. */
export function lifecycleCommand(
  cmd: 'start' | 'stop' | 'rm' | 'restart' | 'kill',
  words: readonly string[],
  input: CommandInput,
): CommandOutput {
  const args = parseArgs(words, {
    values: ['t', 'time', 's', 'signal'],
    bools: ['f', 'force', 'a', 'attach', 'i', 'interactive', 'v', 'volumes'],
    aliases: { f: 'force', a: 'attach', i: 'interactive', t: 'time', v: 'volumes', s: 'signal' },
  });
  if (typeof args === 'string') return flagError(cmd, args);
  if (args.positional.length === 0) return argsError(cmd, 1);
  let world = later(input.world, cmd === 'stop' || cmd === 'restart' ? 500 : 200);
  let stdout = '';
  const errors: string[] = [];
  for (const target of args.positional) {
    const steps =
      cmd === 'start'
        ? [{ kind: 'start' as const, target, nowMs: world.clock.nowMs }]
        : cmd === 'rm'
          ? [{ kind: 'rm' as const, target, force: has(args, 'force'), nowMs: world.clock.nowMs }]
          : cmd === 'restart'
            ? [
                { kind: 'stop' as const, target, nowMs: world.clock.nowMs },
                { kind: 'start' as const, target, nowMs: world.clock.nowMs },
              ]
            : [{ kind: 'stop' as const, target, nowMs: world.clock.nowMs }];
    let failed: string | null = null;
    let next = world;
    for (const s of steps) {
      const r = apply(next, s);
      failed = errorOf(r.events);
      if (failed) break;
      next = r.world;
    }
    if (failed) errors.push(failed);
    else {
      world = next;
      stdout += `${target}\n`;
    }
  }
  if (errors.length > 0) {
    const stderr = errors.map((e) => `Error response from daemon: ${e}\n`).join('');
    return { stdout, stderr, exitCode: 1, world };
  }
  return ok(stdout, world);
}

/** docker logs. */
export function logsCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['n', 'tail', 'since', 'until'],
    bools: ['f', 'follow', 't', 'timestamps', 'details'],
    aliases: { n: 'tail', f: 'follow', t: 'timestamps' },
  });
  if (typeof args === 'string') return flagError('logs', args);
  if (args.positional.length !== 1) return argsError('logs', 1, true);
  const target = args.positional[0] ?? '';
  const c = findContainer(dockerOf(input.world), target);
  if (!c) return daemonError(`No such container: ${target}`);
  const tail = last(args, 'tail');
  let lines = c.logs;
  if (tail !== undefined && tail !== 'all') {
    const n = Number(tail);
    if (!Number.isInteger(n) || n < 0)
      return flagError('logs', `invalid argument "${tail}" for "-n, --tail" flag: expected a number or "all"`);
    lines = n === 0 ? [] : lines.slice(-n);
  }
  return ok(lines.length > 0 ? `${lines.join('\n')}\n` : '');
}

/** docker port. */
export function portCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {});
  if (typeof args === 'string') return flagError('port', args);
  if (args.positional.length < 1) return argsError('port', 1);
  const target = args.positional[0] ?? '';
  const c = findContainer(dockerOf(input.world), target);
  if (!c) return daemonError(`No such container: ${target}`);
  const want = args.positional[1];
  const lines: string[] = [];
  if (c.status === 'running')
    for (const p of c.ports) {
      const key = `${p.containerPort}/${p.proto}`;
      if (want !== undefined && want !== key && want !== String(p.containerPort)) continue;
      const host = bindingText(p).split('->')[0] ?? '';
      lines.push(want === undefined ? `${key} -> ${host}` : host);
      if (p.hostIp === '0.0.0.0')
        lines.push(want === undefined ? `${key} -> [::]:${p.hostPort}` : `[::]:${p.hostPort}`);
    }
  if (want !== undefined && lines.length === 0)
    return {
      stderr: `Error: No public port '${want.includes('/') ? want : `${want}/tcp`}' published for ${target}\n`,
      exitCode: 1,
    };
  return ok(lines.map((l) => `${l}\n`).join(''));
}
